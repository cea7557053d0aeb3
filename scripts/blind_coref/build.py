#!/usr/bin/env python3
"""Render src/blind_NN.mk (inline markup) to blind_NN.txt/.ann/.phenotype.json and cohort.json.

Markup:  [[span|P:cluster]]                      Person mention of a declared cluster
         [[span|C:concept:owners:attrs]]          Condition; concept code or '-', owners = comma list
                                                  of clusters (empty = no specific person), attrs in N/U/H
Header:  #role CLUSTER ROLE   (ROLE = patient | family role | '-' for non-relatives)
         #expect JSON        (hand-written expected phenotype, checked against the computed one)
Offsets come from the position at which each span is written into the output (no string search).
Coref is chain style; Has_Condition Arg1 follows GUIDELINES.md (nearest mention of the owner in the
same sentence, else nearest preceding mention, else first following one).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = {
    "t2dm": "type 2 diabetes mellitus", "htn": "hypertension", "bc": "breast cancer",
    "cc": "colon cancer", "cad": "coronary artery disease", "asthma": "asthma", "copd": "COPD",
    "dep": "depression", "af": "atrial fibrillation", "ckd": "chronic kidney disease",
    "hypot": "hypothyroidism", "stroke": "stroke", "hf": "heart failure", "hld": "hyperlipidemia",
    "obes": "obesity",
}
VOCAB_ORDER = list(VOCAB.values())
ROLE_ORDER = ["mother", "father", "sister", "brother", "son", "daughter", "spouse",
              "maternal grandmother", "maternal grandfather", "maternal aunt", "maternal uncle",
              "paternal grandmother", "paternal grandfather", "paternal aunt", "paternal uncle"]
ATTR = {"N": "Negated", "U": "Uncertain", "H": "Historical"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([PC]):([^\]]*)\]\]")
ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|vs)\.)$")


def sentence_spans(text):
    """Sentence boundaries: newline, or [.!?] followed by whitespace (not after Dr./Mr./Mrs./Ms./St.)."""
    bounds, start = [], 0
    for i, ch in enumerate(text):
        end = None
        if ch == "\n":
            end = i
        elif ch in ".!?" and i + 1 < len(text) and text[i + 1] in " \t" and not ABBREV.search(text[start:i + 1]):
            end = i + 1
        if end is not None:
            bounds.append((start, end))
            start = i + 1
    bounds.append((start, len(text)))
    return bounds


def parse(path):
    roles, expect, body = {}, None, None
    lines = open(path, encoding="utf-8").read().split("\n")
    for k, line in enumerate(lines):
        if line == "---":
            body = "\n".join(lines[k + 1:])
            break
        if line.startswith("#role "):
            _, cl, role = line.split(" ", 2)
            roles[cl] = role
        elif line.startswith("#expect "):
            expect = json.loads(line[len("#expect "):])
    assert body is not None and expect is not None, path
    body = body.rstrip("\n") + "\n"
    out, ents, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        start = sum(len(s) for s in out)
        span, kind, rest = m.group(1), m.group(2), m.group(3)
        out.append(span)
        e = {"start": start, "end": start + len(span), "text": span}
        if kind == "P":
            assert rest in roles, (path, rest)
            e.update(type="Person", cluster=rest)
        else:
            concept, owners, attrs = rest.split(":")
            assert concept == "-" or concept in VOCAB, (path, concept)
            owners = [o for o in owners.split(",") if o]
            for o in owners:
                assert o in roles, (path, o)
            assert set(attrs) <= set(ATTR), (path, attrs)
            e.update(type="Condition", concept=concept, owners=owners, attrs=attrs)
        ents.append(e)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, path
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (path, e)
    return roles, expect, text, ents


def build(path):
    name = os.path.basename(path)[:-3]
    roles, expect, text, ents = parse(path)
    ents.sort(key=lambda e: e["start"])
    for i, e in enumerate(ents, 1):
        e["id"] = "T%d" % i
    sents = sentence_spans(text)

    def sent_of(off):
        return next(k for k, (a, b) in enumerate(sents) if a <= off < b or (off == b))

    persons = [e for e in ents if e["type"] == "Person"]
    rels = []
    # Coref chains
    coref = []
    by_cluster = {}
    for p in persons:
        by_cluster.setdefault(p["cluster"], []).append(p)
    for p in persons:
        chain = by_cluster[p["cluster"]]
        k = chain.index(p)
        if k > 0:
            coref.append((p["id"], chain[k - 1]["id"]))
    for a1, a2 in coref:
        rels.append("Coref Arg1:%s Arg2:%s" % (a1, a2))
    lines_rel = ["R%d\t%s" % (i, r) for i, r in enumerate(rels, 1)]
    nr, na = len(rels), 0
    hc_review = []
    for c in [e for e in ents if e["type"] == "Condition"]:
        cs = sent_of(c["start"])
        for o in c["owners"]:
            ms = by_cluster[o]
            same = [m for m in ms if sent_of(m["start"]) == cs]
            if same:
                def dist(m):
                    return (c["start"] - m["end"]) if m["end"] <= c["start"] else (m["start"] - c["end"])

                arg1 = min(same, key=lambda m: (dist(m), m["start"] > c["start"]))
            else:
                prev = [m for m in ms if m["end"] <= c["start"]]
                arg1 = prev[-1] if prev else [m for m in ms if m["start"] >= c["end"]][0]
            nr += 1
            lines_rel.append("R%d\tHas_Condition Arg1:%s Arg2:%s" % (nr, arg1["id"], c["id"]))
            hc_review.append((c["text"], o, arg1["text"], arg1["start"], "same" if same else "other"))
        for a in "NUH":
            if a in c["attrs"]:
                na += 1
                lines_rel.append("A%d\t%s %s" % (na, ATTR[a], c["id"]))
    ann = ["%s\t%s %d %d\t%s" % (e["id"], e["type"], e["start"], e["end"], e["text"]) for e in ents]
    # phenotype
    pheno = {"patient": set()}
    fam = {}
    for cl, role in roles.items():
        if role not in ("patient", "-"):
            assert role in ROLE_ORDER, (path, role)
            fam.setdefault(role, set())
    for c in ents:
        if c["type"] != "Condition" or c["concept"] == "-" or "N" in c["attrs"] or "U" in c["attrs"]:
            continue
        for o in c["owners"]:
            role = roles[o]
            if role == "patient":
                pheno["patient"].add(VOCAB[c["concept"]])
            elif role != "-":
                fam[role].add(VOCAB[c["concept"]])
    result = {"patient": sorted(pheno["patient"]),
              "family": {r: sorted(fam[r]) for r in ROLE_ORDER if r in fam}}

    def norm(d):
        return (sorted(d["patient"]), {k: sorted(v) for k, v in d["family"].items()})

    if norm(result) != norm(expect):
        sys.exit("%s: computed phenotype %s != expected %s" % (name, result, expect))
    # every declared cluster must be mentioned
    for cl in roles:
        assert cl in by_cluster, (name, cl)
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(HERE, name + ".ann"), "w", encoding="utf-8") as f:
        f.write("\n".join(ann + lines_rel) + "\n")
    with open(os.path.join(HERE, name + ".phenotype.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(result, indent=1))
    # roles keyed by the T-id of each cluster's first mention (used by verify.py)
    with open(os.path.join(HERE, "src", name + ".roles.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps({by_cluster[cl][0]["id"]: role for cl, role in roles.items()}, indent=1))
    return name, result, hc_review, text, sents


def main():
    docs = []
    review = "--review" in sys.argv
    for path in sorted(glob.glob(os.path.join(HERE, "src", "blind_*.mk"))):
        name, result, hc, text, sents = build(path)
        docs.append(result)
        if review:
            print("=====", name)
            for t, o, a, off, how in hc:
                print("  %-28s owner=%-6s Arg1=%-16s (%s)" % (t, o, a, how))
    counts = {c: sum(1 for d in docs if c in d["patient"]) for c in VOCAB_ORDER}
    with open(os.path.join(HERE, "cohort.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"n_documents": len(docs), "patient_counts": counts}, indent=1))
    print("built %d documents" % len(docs))


if __name__ == "__main__":
    main()
