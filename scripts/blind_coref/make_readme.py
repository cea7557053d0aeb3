#!/usr/bin/env python3
"""Recompute the counts from the .ann/.txt/.phenotype.json files and rewrite README.md."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "blind_*.txt")))
ent, rel, att, per_doc, lines = collections.Counter(), collections.Counter(), collections.Counter(), [], []
roles = collections.Counter()
for n in names:
    k = 0
    for line in open(os.path.join(HERE, n + ".ann"), encoding="utf-8").read().splitlines():
        f = line.split("\t")
        typ = f[1].split(" ")[0]
        if f[0][0] == "T":
            ent[typ] += 1
            k += 1
        elif f[0][0] == "R":
            rel[typ] += 1
        else:
            att[typ] += 1
    per_doc.append(k)
    lines.append(len(open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")))
    for r in json.load(open(os.path.join(HERE, n + ".phenotype.json")))["family"]:
        roles[r] += 1
coh = json.load(open(os.path.join(HERE, "cohort.json")))

def table(head, c):
    return "| %s | Count |\n|---|---|\n" % head + "".join("| %s | %d |\n" % (k, c[k]) for k in sorted(c))

TEMPLATE = open(os.path.join(HERE, "src", "README.template.md"), encoding="utf-8").read()
counts = (
    "- Documents: %d (lines per note: min %d, max %d)\n" % (len(names), min(lines), max(lines))
    + "- Entities: %d (per document: min %d, max %d, mean %.1f)\n\n"
    % (sum(per_doc), min(per_doc), max(per_doc), sum(per_doc) / len(per_doc))
    + table("Entity type", ent) + "\n" + table("Relation type", rel) + "\n" + table("Attribute", att) + "\n"
    + "| Normalized condition | Documents whose patient has it |\n|---|---|\n"
    + "".join("| %s | %d |\n" % (k, v) for k, v in coh["patient_counts"].items()) + "\n"
    + "| Family role in phenotype.json | Documents |\n|---|---|\n"
    + "".join("| %s | %d |\n" % (k, roles[k]) for k in sorted(roles))
)
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(TEMPLATE.replace("{{COUNTS}}", counts))
print(counts)
