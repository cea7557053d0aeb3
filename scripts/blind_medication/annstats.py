"""Counts over a folder of brat ``blind_*.ann`` files, shared by the blind sets' make_readme.py scripts."""
import collections
import glob
import os


def count(folder):
    """Entity/relation/attribute counters, entities per document, Drug strings, lines per note."""
    ent, rel, att = collections.Counter(), collections.Counter(), collections.Counter()
    per_doc, drugs, lines = [], [], []
    for ap in sorted(glob.glob(os.path.join(folder, "blind_*.ann"))):
        n = 0
        with open(ap[:-4] + ".txt", encoding="utf-8") as f:
            lines.append(f.read().count("\n"))
        for l in open(ap, encoding="utf-8"):
            p = l.rstrip("\n").split("\t")
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
        for l in open(ap, encoding="utf-8"):
            p = l.rstrip("\n").split("\t")
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
