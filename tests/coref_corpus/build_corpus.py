"""Build the brat corpus under this folder from the inline-markup sources in ``source/``.

Markup (one note per ``=== NAME`` block):

- ``[[text|E]]``: a Person mention of entity ``E`` (``pat`` is the patient);
- ``{{text|E|FLAGS|CODE}}``: a Condition owned by ``E`` (``E1+E2`` for two owners, ``-``
  for none); FLAGS is ``.`` or letters N (Negated), U (Uncertain), H (Historical); CODE
  names the normalized concept (omitted for conditions outside the 15-term vocabulary);
- ``@roles E=role ...``: family roles (``_`` stands for a space); entities without a role
  are the patient or non-relatives; ``@patient_id ID``: notes sharing an id are one patient.

Relations follow GUIDELINES.md: ``Coref`` links each later mention to the most recent
preceding mention of its entity; ``Has_Condition`` takes the owner's mention nearest to
the condition in its sentence, else the nearest preceding one, else the first following.

Run: ``python tests/coref_corpus/build_corpus.py`` (rewrites train/ and heldout/).
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = {
    "dm2": "type 2 diabetes mellitus", "htn": "hypertension", "bc": "breast cancer",
    "cc": "colon cancer", "cad": "coronary artery disease", "asthma": "asthma", "copd": "COPD",
    "dep": "depression", "af": "atrial fibrillation", "ckd": "chronic kidney disease",
    "hypothyroid": "hypothyroidism", "stroke": "stroke", "hf": "heart failure",
    "hld": "hyperlipidemia", "obesity": "obesity",
}
VOCABULARY = list(CODES.values())
MARK = re.compile(r"\[\[([^|\]]+)\|(\w+)\]\]|\{\{([^|}]+)\|([\w+\-]+)(?:\|([.NUH]+))?(?:\|(\w+))?\}\}")
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
ATTRS = {"N": "Negated", "U": "Uncertain", "H": "Historical"}


def parse_blocks(source: str) -> list[tuple[str, dict[str, str], str]]:
    blocks = []
    for chunk in re.split(r"^=== ", source, flags=re.M)[1:]:
        name, _, body = chunk.partition("\n")
        headers, lines = {}, []
        for line in body.splitlines():
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                headers[key] = value.strip()
            else:
                lines.append(line)
        blocks.append((name.strip(), headers, "\n".join(lines).strip("\n") + "\n"))
    return blocks


def strip_markup(marked: str) -> tuple[str, list[dict]]:
    out, items, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        if m.group(1) is not None:
            surface = m.group(1)
            items.append({"kind": "Person", "begin": length, "end": length + len(surface),
                          "entity": m.group(2)})
        else:
            surface = m.group(3)
            owners = [] if m.group(4) == "-" else m.group(4).split("+")
            flags = (m.group(5) or ".").replace(".", "")
            items.append({"kind": "Condition", "begin": length, "end": length + len(surface),
                          "owners": owners, "flags": flags, "code": m.group(6)})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), items


def sentence_of(text: str) -> list[int]:
    """Sentence number of every character offset."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    index, k = [], 0
    for i in range(len(text) + 1):
        while k < len(ends) and i >= ends[k]:
            k += 1
        index.append(k)
    return index


def owner_mention(persons: list[dict], entity: str, cond: dict, sent: list[int]) -> dict:
    mine = [p for p in persons if p["entity"] == entity]
    if not mine:
        raise ValueError(f"condition owner {entity!r} has no mention")
    same = [p for p in mine if sent[p["begin"]] == sent[cond["begin"]]]
    if same:
        return min(same, key=lambda p: min(abs(p["begin"] - cond["end"]), abs(cond["begin"] - p["end"])))
    before = [p for p in mine if p["end"] <= cond["begin"]]
    return before[-1] if before else mine[0]


def build_document(name: str, headers: dict[str, str], marked: str) -> tuple[str, str, dict]:
    text, items = strip_markup(marked)
    for n, item in enumerate(items, start=1):
        item["id"] = f"T{n}"
    lines = [f"{i['id']}\t{i['kind']} {i['begin']} {i['end']}\t{text[i['begin']:i['end']]}" for i in items]
    persons = [i for i in items if i["kind"] == "Person"]
    rel, att = 0, 0
    last: dict[str, dict] = {}
    for p in persons:
        if p["entity"] in last:
            rel += 1
            lines.append(f"R{rel}\tCoref Arg1:{p['id']} Arg2:{last[p['entity']]['id']}")
        last[p["entity"]] = p
    sent = sentence_of(text)
    roles = dict(pair.split("=") for pair in headers.get("roles", "").split())
    roles = {k: v.replace("_", " ") for k, v in roles.items()}
    phenotype = {"patient": set(), "family": {role: set() for role in roles.values()}}
    for cond in (i for i in items if i["kind"] == "Condition"):
        for owner in cond["owners"]:
            rel += 1
            arg1 = owner_mention(persons, owner, cond, sent)
            lines.append(f"R{rel}\tHas_Condition Arg1:{arg1['id']} Arg2:{cond['id']}")
            if cond["code"] and not set(cond["flags"]) & {"N", "U"}:
                concept = CODES[cond["code"]]
                if owner == "pat":
                    phenotype["patient"].add(concept)
                elif owner in roles:
                    phenotype["family"][roles[owner]].add(concept)
        for flag in cond["flags"]:
            att += 1
            lines.append(f"A{att}\t{ATTRS[flag]} {cond['id']}")
    result = {"patient": sorted(phenotype["patient"]),
              "family": {role: sorted(v) for role, v in phenotype["family"].items()}}
    return text, "\n".join(lines) + "\n", result


def build_split(split: str) -> None:
    source = (HERE / "source" / f"{split}.src").read_text(encoding="utf-8")
    out = HERE / split
    out.mkdir(exist_ok=True)
    patients: dict[str, set[str]] = defaultdict(set)
    rows, notes = [], []
    for name, headers, marked in parse_blocks(source):
        text, ann, phenotype = build_document(name, headers, marked)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.ann").write_text(ann, encoding="utf-8")
        (out / f"{name}.phenotype.json").write_text(json.dumps(phenotype, indent=1) + "\n", encoding="utf-8")
        patient_id = headers.get("patient_id", name)
        rows.append((name, patient_id))
        notes.append({"id": name, "patient_id": patient_id, "text": text})
        patients[patient_id].update(phenotype["patient"])
    counts = {c: sum(c in found for found in patients.values()) for c in VOCABULARY}
    cohort = {"n_documents": len(rows), "n_patients": len(patients), "patient_counts": counts}
    (out / "cohort.json").write_text(json.dumps(cohort, indent=1) + "\n", encoding="utf-8")
    with open(out / "patients.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["document_id", "patient_id"])
        writer.writerows(rows)
    with open(out / "notes.jsonl", "w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note) + "\n")


if __name__ == "__main__":
    for split in ("train", "heldout"):
        build_split(split)
