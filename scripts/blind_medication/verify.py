#!/usr/bin/env python3
"""Independent check of blind_NN.txt/.ann: reads only the brat files (not the markup sources).
Checks: text[start:end] == span text; no whitespace/edge problems; entity types valid;
relations are <Type>-Drug with Arg1 of that Type and Arg2 a Drug; attributes only Negated/
Discontinued on Drug entities; every non-Drug entity takes part in >=1 relation; no overlaps."""
import glob
import os
import sys

# The folder to build/check: the first argument, else this script's own folder.
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TYPES = {"Drug", "Strength", "Dosage", "Route", "Frequency", "Duration", "Form", "Reason", "ADE"}
bad = 0
n_ent = 0
n_rel = 0
n_att = 0
files = 0
for tp in sorted(glob.glob(os.path.join(HERE, "blind_*.txt"))):
    name = os.path.basename(tp)[:-4]
    text = open(tp, encoding="utf-8").read()
    ann = open(tp[:-4] + ".ann", encoding="utf-8").read().splitlines()
    files += 1
    ents, used, errs = {}, set(), []
    for line in ann:
        tid, body = line.split("\t", 1)[0], line.split("\t")[1:]
        if tid.startswith("T"):
            typ, s, e = body[0].split(" ")
            s, e = int(s), int(e)
            span = body[1]
            if typ not in TYPES:
                errs.append(f"{tid} bad type {typ}")
            if text[s:e] != span:
                errs.append(f"{tid} offset mismatch {text[s:e]!r} != {span!r}")
            if span != span.strip() or not span:
                errs.append(f"{tid} whitespace edge {span!r}")
            if span[-1] in ".,;:" or span[0] in ".,;:(":
                errs.append(f"{tid} punctuation edge {span!r}")
            ents[tid] = (typ, s, e, span)
            n_ent += 1
        elif tid.startswith("R"):
            rt, a1, a2 = body[0].split(" ")
            a1 = a1.split(":")[1]
            a2 = a2.split(":")[1]
            if a1 not in ents or a2 not in ents:
                errs.append(f"{tid} dangling arg")
                continue
            if rt != ents[a1][0] + "-Drug":
                errs.append(f"{tid} {rt} Arg1 is {ents[a1][0]}")
            if ents[a2][0] != "Drug":
                errs.append(f"{tid} Arg2 not Drug")
            used.add(a1)
            n_rel += 1
        elif tid.startswith("A"):
            at, t = body[0].split(" ")
            if at not in ("Negated", "Discontinued"):
                errs.append(f"{tid} bad attr {at}")
            if ents.get(t, ("",))[0] != "Drug":
                errs.append(f"{tid} attr on non-Drug")
            n_att += 1
    for tid, (typ, s, e, span) in ents.items():
        if typ != "Drug" and tid not in used:
            errs.append(f"{tid} {typ} {span!r} unlinked")
    spans = sorted((s, e, t) for t, (_, s, e, _) in ents.items())
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            errs.append(f"overlap {t1} {t2}")
    status = "OK" if not errs else "FAIL"
    print(f"{name}: {len(ents)} entities checked, text[start:end]==span for all: {status}")
    for x in errs:
        print("   ", x)
    bad += len(errs)
print(f"TOTAL: {files} files, {n_ent} entities, {n_rel} relations, {n_att} attributes, {bad} errors")
sys.exit(1 if bad else 0)
