"""Counts over a folder of brat ``blind_*.ann`` files, shared by the blind sets' make_readme.py scripts."""
import collections
import glob
import os
import subprocess
import sys


def count(folder):
    """Entity/relation/attribute counters, entities per document, Drug strings, lines per note."""
    ent, rel, att = collections.Counter(), collections.Counter(), collections.Counter()
    per_doc, drugs, lines = [], [], []
    for ap in sorted(glob.glob(os.path.join(folder, "blind_*.ann"))):
        n = 0
        with open(ap[:-4] + ".txt", encoding="utf-8") as f:
            lines.append(f.read().count("\n"))
        for line in open(ap, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("T"):
                t = p[1].split()[0]
                ent[t] += 1
                n += 1
                if t == "Drug":
                    drugs.append(p[2].lower())
            elif p[0].startswith("R"):
                rel[p[1].split()[0]] += 1
            elif p[0].startswith("A"):
                att[p[1].split()[0]] += 1
        per_doc.append(n)
    return ent, rel, att, per_doc, drugs, lines


def drug_strings(paths):
    """Lower-cased Drug span texts of the given .ann files."""
    s = set()
    for ap in paths:
        for line in open(ap, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("T") and p[1].startswith("Drug "):
                s.add(p[2].lower())
    return s


def decisions(here, folders):
    """The annotation-decision sections of the given blind sets (each set's own
    ``decisions.md``, in order), as one block for a README."""
    parts = []
    for folder in folders:
        with open(os.path.join(here, "..", folder, "decisions.md"), encoding="utf-8") as f:
            parts.append(f.read().rstrip("\n"))
    return "\n\n".join(parts)


def table(title, c):
    """A Markdown count table of counter ``c`` with a total row."""
    s = f"| {title} | Count |\n|---|---|\n"
    for k in sorted(c):
        s += f"| {k} | {c[k]} |\n"
    return s + f"| **Total** | {sum(c.values())} |\n"


def counts_section(counts, check_line, notes=""):
    """The README's "Counts" section from :func:`count`'s result (``notes``: e.g.
    "`blind_17` .. `blind_32`; ", written before the lines-per-note figures)."""
    ent, rel, att, per_doc, drugs, lines = counts
    ndoc = len(per_doc)
    return f"""## Counts (computed by `make_readme.py` from the .ann files)

- Documents: {ndoc} ({notes}lines per note: min {min(lines)}, max {max(lines)})
- Entities: {sum(per_doc)} (per document: min {min(per_doc)}, max {max(per_doc)}, mean {sum(per_doc)/ndoc:.1f})
- Drug mentions: {ent['Drug']} (mean {ent['Drug']/ndoc:.1f} per note), distinct Drug strings: {len(set(drugs))}

{table('Entity type', ent)}
{table('Relation type', rel)}
{table('Attribute', att)}
Offset check (`verify.py`): every entity satisfies `text[start:end] == span text`, every relation is
`<Type>-Drug` with Arg1 of that type and Arg2 a Drug, attributes sit on Drug entities, every non-Drug
entity is linked to at least one Drug, and no spans overlap. Last run: `{check_line}`."""


def survey(here, previous=()):
    """What every set's make_readme.py computes first, for the set in folder ``here``:
    (count(here), Drug strings shared with the dev notes, {earlier set folder: (its .ann
    file count, Drug strings shared with it)} for ``previous``, last line of verify.py)."""
    counts = count(here)
    drugs = set(counts[4])
    dev = drug_strings(glob.glob(os.path.join(here, "..", "..", "..", "shared", "data", "medication_dev", "*.ann")))
    prev = {}
    for folder in previous:
        paths = glob.glob(os.path.join(here, "..", folder, "blind_*.ann"))
        prev[folder] = (len(paths), sorted(drugs & drug_strings(paths)))
    check = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "verify.py"),
                            here], capture_output=True, text=True)
    return counts, sorted(drugs & dev), prev, check.stdout.strip().splitlines()[-1]


FILES_SECTION = """## Files

- `blind_NN.txt` / `blind_NN.ann` - note text (UTF-8) and brat annotations (0-based, end-exclusive
  character offsets), same scheme as `shared/data/medication_dev/GUIDELINES.md`.
- `src/blind_NN.mk` - the same notes with inline markup (`«span|Type>drugkey»`), the source of truth.
- `../blind_medication/build.py FOLDER` - renders `src/*.mk` to `.txt` + `.ann`. \
Offsets are taken from the position at which
  each span is written into the rendered text (no string search, so repeated strings such as a drug
  named three times cannot be mis-assigned).
- `../blind_medication/verify.py FOLDER` - independent check that reads only the `.txt`/`.ann` pairs.
- `make_readme.py` - recomputes the counts below and rewrites this file.

Rebuild (from this folder): `python3 ../blind_medication/build.py . && \
python3 ../blind_medication/verify.py . && python3 make_readme.py`"""
