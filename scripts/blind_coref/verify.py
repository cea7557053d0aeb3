#!/usr/bin/env python3
"""Independent check of blind_NN.txt/.ann/.phenotype.json and cohort.json.

Reads only the rendered files (plus src/blind_NN.roles.json: role of each coreference cluster, keyed
by the T-id of its first mention). Does not use the concept labels of the markup: normalization is
redone from the span text with the table below, written separately from the markup.
Exit status 1 on any error; heuristic warnings (possibly unannotated pronouns / kinship words) are
printed for manual review.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = ["type 2 diabetes mellitus", "hypertension", "breast cancer", "colon cancer",
         "coronary artery disease", "asthma", "COPD", "depression", "atrial fibrillation",
         "chronic kidney disease", "hypothyroidism", "stroke", "heart failure", "hyperlipidemia",
         "obesity"]
# surface form (lower-cased span) -> normalized concept; None = annotated Condition outside the vocabulary
SURFACE = {
    # type 2 diabetes mellitus (unspecified diabetes included; type 1 / gestational / prediabetes excluded)
    "dmii": "type 2 diabetes mellitus", "dm2": "type 2 diabetes mellitus", "t2dm": "type 2 diabetes mellitus",
    "type 2 diabetes": "type 2 diabetes mellitus", "type 2 dm": "type 2 diabetes mellitus",
    "diabetes": "type 2 diabetes mellitus", "diabetic": "type 2 diabetes mellitus",
    "t1dm": None, "gestational diabetes": None, "prediabetes": None, "diabetic retinopathy": None,
    "diabetic ketoacidosis": None, "dka": None,
    # hypertension
    "htn": "hypertension", "hypertension": "hypertension", "high blood pressure": "hypertension",
    "pulmonary hypertension": None,
    # cancers
    "breast cancer": "breast cancer", "colon cancer": "colon cancer", "colon ca": "colon cancer",
    "lung cancer": None, "ovarian cancer": None, "prostate cancer": None, "pancreatic cancer": None,
    "hereditary breast and ovarian cancer syndrome": None, "atypical ductal hyperplasia": None,
    # CAD
    "cad": "coronary artery disease", "premature cad": "coronary artery disease",
    "mi": "coronary artery disease", "nstemi": "coronary artery disease",
    "heart attack": "coronary artery disease", "acs": None, "st depression": None,
    # lungs
    "asthma": "asthma", "copd": "COPD", "emphysema": "COPD", "copd exacerbations": "COPD",
    "asthma-copd overlap": "COPD", "alpha-1 antitrypsin deficiency": None, "osa": None,
    "rsv bronchiolitis": None,
    # depression
    "depression": "depression", "depressed": "depression", "mdd": "depression",
    "major depressive disorder": "depression", "depressive episode": "depression",
    "post-stroke depression": "depression",
    # AF
    "af": "atrial fibrillation", "afib": "atrial fibrillation", "a-fib": "atrial fibrillation",
    "atrial fibrillation": "atrial fibrillation", "paroxysmal af": "atrial fibrillation",
    "paroxysmal atrial fibrillation": "atrial fibrillation",
    # CKD
    "ckd 3b": "chronic kidney disease", "ckd 4": "chronic kidney disease", "ckd": "chronic kidney disease",
    "ckd stage 3a": "chronic kidney disease", "esrd": "chronic kidney disease", "aki": None,
    "anemia of ckd": None,
    # thyroid
    "hypothyroidism": "hypothyroidism", "graves disease": None, "secondary hyperparathyroidism": None,
    # stroke
    "stroke": "stroke", "cva": "stroke", "ischemic stroke": "stroke", "tia": None,
    # heart failure
    "hfref": "heart failure", "hfpef": "heart failure", "chf": "heart failure",
    "hfref exacerbation": "heart failure", "chf exacerbation": "heart failure",
    # lipids, weight
    "hld": "hyperlipidemia", "hyperlipidemia": "hyperlipidemia", "high cholesterol": "hyperlipidemia",
    "hypercholesterolemia": "hyperlipidemia",
    "obesity": "obesity", "obese": "obesity", "overweight": None,
}
NONVOCAB = """dyspnea orthopnea|macular degeneration|loose stools|nausea|lightheaded|fever|vomiting|
blood in the stool|tearful|cough|eczema|allergic rhinitis|lung cancer|wheezing|eczematous patches|
generalized anxiety disorder|low mood|anhedonia|early morning awakening|decreased appetite|fatigue|si|hi|
avh|suicidal ideation|anxiety|migraines|alcohol use disorder|schizophrenia|delusions|bipolar ii disorder|
right lower quadrant pain|periumbilical pain|anorexia|diarrhea|hematochezia|dysuria|ibd|celiac disease|
rlq tenderness|guarding|rebound tenderness|appendicitis|perforation|chest pain|chest pressure|diaphoresis|
shortness of breath|leg swelling|hemoptysis|jvd|murmur|aortic dissection|pe|short of breath|fainting|
left-sided weakness|alzheimer's dementia|polyuria|nocturia|blurred vision|hypoglycemia|snoring|
pauses in breathing|polydipsia|headaches|acanthosis nigricans|hepatomegaly|nafld|right hemiparesis|
expressive aphasia|osteoporosis|right facial droop|oropharyngeal dysphagia|gerd|ankle swelling|
abdominal pain|lethargic|confused|kussmaul respirations|dry mucous membranes|breast lumps|
nipple discharge|breast pain|migraine without aura|muscle cramps|pulmonary edema|peripheral artery disease|
hyperkalemia|dyspnea|orthopnea|diaphoretic"""
for s in re.split(r"\|", NONVOCAB.replace("\n", "")):
    SURFACE.setdefault(s.strip(), None)
PRON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
KIN = {"mother", "mom", "father", "dad", "sister", "brother", "son", "daughter", "wife", "husband",
       "aunt", "uncle", "grandmother", "grandfather", "grandson", "roommate", "patient", "pt", "client"}
ROLES = {"patient", "-", "mother", "father", "sister", "brother", "son", "daughter", "spouse",
         "maternal grandmother", "maternal grandfather", "maternal aunt", "maternal uncle",
         "paternal grandmother", "paternal grandfather", "paternal aunt", "paternal uncle"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def check(name):
    text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    ents, rels, attrs = {}, [], []
    for line in open(os.path.join(HERE, name + ".ann"), encoding="utf-8").read().splitlines():
        fields = line.split("\t")
        tid = fields[0]
        if tid.startswith("T"):
            typ, s, e = fields[1].split(" ")
            s, e = int(s), int(e)
            if tid in ents:
                err("%s: duplicate %s" % (name, tid))
            if typ not in ("Person", "Condition"):
                err("%s: bad type %s" % (name, typ))
            if text[s:e] != fields[2]:
                err("%s: %s span mismatch %r != %r" % (name, tid, text[s:e], fields[2]))
            if fields[2] != fields[2].strip():
                err("%s: %s has surrounding whitespace" % (name, tid))
            ents[tid] = (typ, s, e, fields[2])
        elif tid.startswith("R"):
            typ, a1, a2 = fields[1].split(" ")
            rels.append((tid, typ, a1[5:], a2[5:]))
        elif tid.startswith("A"):
            typ, t = fields[1].split(" ")
            attrs.append((typ, t))
        else:
            err("%s: bad line %r" % (name, line))
    # overlapping entities
    spans = sorted(ents.values(), key=lambda v: v[1])
    for x, y in zip(spans, spans[1:]):
        if y[1] < x[2]:
            err("%s: overlapping spans %r %r" % (name, x, y))
    # relations
    nxt = {}
    hc = []
    for rid, typ, a1, a2 in rels:
        if a1 not in ents or a2 not in ents:
            err("%s: %s argument missing" % (name, rid))
            continue
        if typ == "Coref":
            if ents[a1][0] != "Person" or ents[a2][0] != "Person":
                err("%s: %s Coref between non-Persons" % (name, rid))
            if not ents[a2][1] < ents[a1][1]:
                err("%s: %s Coref Arg1 not later than Arg2" % (name, rid))
            if a1 in nxt:
                err("%s: %s has two antecedents" % (name, a1))
            nxt[a1] = a2
        elif typ == "Has_Condition":
            if ents[a1][0] != "Person" or ents[a2][0] != "Condition":
                err("%s: %s Has_Condition types wrong" % (name, rid))
            if (a1, a2) in hc:
                err("%s: duplicate Has_Condition" % name)
            hc.append((a1, a2))
        else:
            err("%s: unknown relation %s" % (name, typ))
    attr = {}
    for typ, t in attrs:
        if typ not in ("Negated", "Uncertain", "Historical"):
            err("%s: bad attribute %s" % (name, typ))
        if t not in ents or ents[t][0] != "Condition":
            err("%s: attribute on non-Condition %s" % (name, t))
        attr.setdefault(t, set()).add(typ)
    # clusters (union-find over Coref)
    parent = {t: t for t in ents if ents[t][0] == "Person"}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    for a1, a2 in nxt.items():
        parent[find(a1)] = find(a2)
    clusters = {}
    for t in sorted(parent, key=lambda t: ents[t][1]):
        clusters.setdefault(find(t), []).append(t)
    # chain style: antecedent = immediately preceding mention of the same cluster
    for members in clusters.values():
        for k, t in enumerate(members):
            if k == 0 and t in nxt:
                err("%s: first mention %s has an antecedent" % (name, t))
            if k > 0 and nxt.get(t) != members[k - 1]:
                err("%s: %s antecedent is not the preceding mention" % (name, t))
    # roles
    roles = json.load(open(os.path.join(HERE, "src", name + ".roles.json"), encoding="utf-8"))
    role_of = {}
    for root, members in clusters.items():
        r = [roles[t] for t in members if t in roles]
        if len(r) != 1:
            err("%s: cluster %s has roles %s" % (name, [ents[t][3] for t in members], r))
            continue
        if r[0] not in ROLES:
            err("%s: unknown role %s" % (name, r[0]))
        role_of[root] = r[0]
    if list(role_of.values()).count("patient") != 1:
        err("%s: expected exactly one patient cluster" % name)
    # phenotype recomputation
    pat, fam = set(), {r: set() for r in role_of.values() if r not in ("patient", "-")}
    for a1, a2 in hc:
        if attr.get(a2, set()) & {"Negated", "Uncertain"}:
            continue
        surf = ents[a2][3].lower()
        if surf not in SURFACE:
            err("%s: Condition surface %r not in verify table" % (name, surf))
            continue
        concept = SURFACE[surf]
        if concept is None:
            continue
        role = role_of.get(find(a1))
        if role == "patient":
            pat.add(concept)
        elif role not in (None, "-"):
            fam[role].add(concept)
    for t, v in ents.items():
        if v[0] == "Condition" and v[3].lower() not in SURFACE:
            err("%s: Condition surface %r not in verify table" % (name, v[3]))
    got = json.load(open(os.path.join(HERE, name + ".phenotype.json"), encoding="utf-8"))
    if sorted(got["patient"]) != sorted(pat):
        err("%s: patient phenotype %s != recomputed %s" % (name, got["patient"], sorted(pat)))
    if {k: sorted(v) for k, v in got["family"].items()} != {k: sorted(v) for k, v in fam.items()}:
        err("%s: family phenotype %s != recomputed %s" % (name, got["family"], fam))
    for c in got["patient"] + [c for v in got["family"].values() for c in v]:
        if c not in VOCAB:
            err("%s: %s not in vocabulary" % (name, c))
    # heuristic: pronouns / kinship words not covered by a Person span
    covered = [(v[1], v[2]) for v in ents.values() if v[0] == "Person"]
    for m in re.finditer(r"[A-Za-z']+", text):
        w = m.group(0).lower()
        if w.endswith("'s"):
            w = w[:-2]
        if (w in PRON or w in KIN) and not any(s <= m.start() < e for s, e in covered):
            ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " | ")
            warnings.append("%s: uncovered %r: ...%s..." % (name, m.group(0), ctx))
    n_lines = len(text.rstrip("\n").split("\n"))
    return got, len(ents), n_lines


def main():
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "blind_*.txt")))
    docs = []
    for n in names:
        got, ne, nl = check(n)
        docs.append(got)
        print("%s: %d entities, %d lines" % (n, ne, nl))
    coh = json.load(open(os.path.join(HERE, "cohort.json"), encoding="utf-8"))
    want = {c: sum(1 for d in docs if c in d["patient"]) for c in VOCAB}
    if coh["n_documents"] != len(docs) or coh["patient_counts"] != want or list(coh["patient_counts"]) != VOCAB:
        err("cohort.json mismatch: %s vs %s" % (coh, want))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d documents, %d errors, %d warnings" % (len(docs), len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
