#!/usr/bin/env python3
"""Build blind_NN.txt / blind_NN.ann (brat standoff) from inline-markup sources in src/.

Markup (guillemets never occur in the notes themselves):
  «span|Drug»                 Drug mention (auto key)
  «span|Drug:key»             Drug mention with key (for linking)
  «span|Drug:key:neg»         ... with Negated attribute  (:disc -> Discontinued)
  «span|Str>key1,key2»        attribute entity linked to Drug mention(s) key1, key2
Attribute codes: Str Strength, Dos Dosage, Rte Route, Frq Frequency, Dur Duration,
                 Frm Form, Rsn Reason, ADE ADE.
Lines containing " ;; " are table rows: cells are padded to aligned columns.
Offsets come from the position of each span in the rendered text (no string search),
so repeated strings cannot be confused.
"""
import glob
import os
import re
import sys

# The folder to build/check: the first argument, else this script's own folder.
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CODES = {"Drug": "Drug", "Str": "Strength", "Dos": "Dosage", "Rte": "Route", "Frq": "Frequency",
         "Dur": "Duration", "Frm": "Form", "Rsn": "Reason", "ADE": "ADE"}
ATTRS = {"neg": "Negated", "disc": "Discontinued"}
MARK = re.compile(r"«([^«»|]+)\|([A-Za-z]+)(?::([A-Za-z0-9_]+)(?::([a-z]+))?|>([A-Za-z0-9_,]+))?»")
VIS = re.compile(r"«([^«»|]+)\|[^«»]*»")


def pad_tables(src):
    lines = src.split("\n")
    rows = [i for i, line in enumerate(lines) if " ;; " in line]
    if not rows:
        return src
    cells = {i: lines[i].split(" ;; ") for i in rows}
    ncol = max(len(c) for c in cells.values())
    width = [0] * ncol
    for c in cells.values():
        for j, cell in enumerate(c[:-1]):
            width[j] = max(width[j], len(VIS.sub(r"\1", cell)))
    for i, c in cells.items():
        out = ""
        for j, cell in enumerate(c):
            if j < len(c) - 1:
                out += cell + " " * (width[j] - len(VIS.sub(r"\1", cell)) + 3)
            else:
                out += cell
        lines[i] = out
    return "\n".join(lines)


def build(src_text, name):
    src = pad_tables(src_text)
    text, ents, auto = [], [], 0
    last = 0
    out_len = 0
    for m in MARK.finditer(src):
        chunk = src[last:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        span, code, key, attr, links = m.groups()
        if code not in CODES:
            sys.exit(f"{name}: unknown type {code} in {m.group(0)}")
        if span != span.strip():
            sys.exit(f"{name}: whitespace at span edge: {span!r}")
        e = {"type": CODES[code], "start": out_len, "end": out_len + len(span), "span": span}
        if code == "Drug":
            if links:
                sys.exit(f"{name}: Drug with links {m.group(0)}")
            if key is None:
                auto += 1
                key = f"_auto{auto}"
            e["key"] = key
            if attr:
                if attr not in ATTRS:
                    sys.exit(f"{name}: unknown attribute {attr}")
                e["attr"] = ATTRS[attr]
        else:
            if not links:
                sys.exit(f"{name}: unlinked attribute entity {m.group(0)}")
            e["links"] = links.split(",")
        ents.append(e)
        text.append(span)
        out_len += len(span)
        last = m.end()
    text.append(src[last:])
    text = "".join(text)
    for ch in "«»":
        if ch in text:
            i = text.index(ch)
            sys.exit(f"{name}: leftover markup near {text[max(0,i-40):i+40]!r}")
    if not text.endswith("\n"):
        text += "\n"
    ents.sort(key=lambda e: (e["start"], e["end"]))
    keys = {}
    for i, e in enumerate(ents, 1):
        e["tid"] = f"T{i}"
        if e["type"] == "Drug":
            if e["key"] in keys:
                sys.exit(f"{name}: duplicate drug key {e['key']}")
            keys[e["key"]] = e
    lines, rels, attrs = [], [], []
    for e in ents:
        lines.append(f"{e['tid']}\t{e['type']} {e['start']} {e['end']}\t{e['span']}")
    for e in ents:
        for k in e.get("links", []):
            if k not in keys:
                sys.exit(f"{name}: unknown drug key {k} for {e['span']!r}")
            rels.append((f"{e['type']}-Drug", e["tid"], keys[k]["tid"]))
    for i, (rt, a1, a2) in enumerate(rels, 1):
        lines.append(f"R{i}\t{rt} Arg1:{a1} Arg2:{a2}")
    for e in ents:
        if "attr" in e:
            attrs.append((e["attr"], e["tid"]))
    for i, (a, t) in enumerate(attrs, 1):
        lines.append(f"A{i}\t{a} {t}")
    return text, "\n".join(lines) + "\n"


def main():
    srcs = sorted(glob.glob(os.path.join(HERE, "src", "blind_*.mk")))
    for p in srcs:
        name = os.path.basename(p)[:-3]
        with open(p, encoding="utf-8") as f:
            src = f.read()
        text, ann = build(src.rstrip("\n") + "\n", name)
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(HERE, name + ".ann"), "w", encoding="utf-8") as f:
            f.write(ann)
        print(f"built {name}: {text.count(chr(10))} lines, {ann.count(chr(10))} ann lines")


if __name__ == "__main__":
    main()
