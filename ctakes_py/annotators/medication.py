"""Medication attributes (the cTAKES drug NER equivalent): drugs with strength, dosage,
form, route, frequency, duration and status change.

Runs after the dictionary lookup (it reads its ``MedicationMention`` annotations) or on its
own. With ``findDrugs`` (default) the rule-based drug finder of
:mod:`ctakes_py.medication.drugs` completes and cleans the dictionary's drugs: it adds
abbreviations, drug classes, regimens, stem-shaped names and list-item heads
(``discoveryTechnique`` 3), extends names (``metformin ER``), joins products
(``amoxicillin-clavulanate``) and removes generic words (``meds``) that the dictionary
marked as drugs. Then every attribute is found with compiled regexes and linked to its
drug (:mod:`ctakes_py.medication.linking`), and written as cTAKES modifiers, mention
features and ``<Kind>-Drug`` relations (:mod:`ctakes_py.medication.cas`).

Works on narrative ("started on lisinopril 10 mg daily for 2 weeks") and on list lines
("1. Lisinopril 10 mg daily.", "metformin 500mg 2 tabs qpm", "Sig: One (1) Tablet PO BID").
Drugs are found whatever their assertion ("No aspirin").

For drug literature (off by default), ``literatureDoses`` also marks qualitative doses and
literature amounts (:mod:`ctakes_py.medication.literature`: "ibuprofen overdose",
"high-dose methotrexate", "60 mg/m2"; the drug of an "X overdose" then stays a drug) and
``unlinkedDoses`` writes the strength and dosage modifiers no drug was linked to, for a relation
model (models/dosage) to pair.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..medication.cas import MEDICATION_MENTION, MODIFIERS, link, modifier, new_medication
from ..medication.drugs import DICTIONARY, DrugSpan
from ..medication.extractor import MedicationExtractor
from ..medication.patterns import DOSAGE, STRENGTH
from ..medication.vocabulary import load_vocabulary
from ..resources import resolve_location
from ..typesystem import BINARY_TEXT_RELATION, RELATION_ARGUMENT

DEFAULT_VOCABULARY = "lexicons/medication"

_REFSEM = [m[2] for m in MODIFIERS.values()]


class MedicationAttributes(Annotator):
    """Finds medication attributes and links them to MedicationMentions."""

    parameters = (
        Parameter("findDrugs", "Boolean", default=True,
                  description="Complete and clean the drug mentions with the rule-based drug finder "
                              "(vocabulary terms, stems, list-item heads, span fixes); false: use "
                              "only the MedicationMentions already in the CAS."),
        Parameter("useStems", "Boolean", default=True,
                  description="Drug finder: take words ending in a drug-name stem (-pril, -mycin...) as drugs."),
        Parameter("useHeads", "Boolean", default=True,
                  description="Drug finder: take the word(s) before an unattached strength/dose as a drug."),
        Parameter("removeRejected", "Boolean", default=True,
                  description="Remove MedicationMentions the drug finder rejects (generic words such as "
                              "'meds', lab uses such as 'acetaminophen level')."),
        Parameter("createRelations", "Boolean", default=True,
                  description="Also write each attribute->drug link as a BinaryTextRelation "
                              "'<Kind>-Drug' (needed for several links of one kind)."),
        Parameter("literatureDoses", "Boolean", default=False,
                  description="Also find the dose expressions of drug literature as Dosage modifiers: "
                              "qualitative doses ('overdose', 'high-dose', 'a low dose of'; "
                              "dose_qualifiers.tsv) and amounts per body weight, body surface or day "
                              "('60 mg/m2', '5.0 microg/kg', 'between 4.6 and 40.8 mg/kg/d'); the drug of "
                              "an overdose then stays a drug."),
        Parameter("unlinkedDoses", "Boolean", default=False,
                  description="Also write strength and dosage modifiers that no drug was linked to "
                              "(without a relation), for a trained relation model to pair."),
    )
    resources = (
        ExternalResource("vocabulary", "Folder of medication word lists (routes, forms, frequencies, "
                                       "units, drug terms...).", default=DEFAULT_VOCABULARY),
    )
    inputs = ()
    outputs = (MEDICATION_MENTION, *[m[0] for m in MODIFIERS.values()], *_REFSEM,
               BINARY_TEXT_RELATION, RELATION_ARGUMENT)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        vocab = load_vocabulary(self._vocabulary_folder(context))
        self.extractor = MedicationExtractor(vocab, find_drugs=bool(self.findDrugs),
                                             use_stems=bool(self.useStems), use_heads=bool(self.useHeads),
                                             literature_doses=bool(self.literatureDoses))
        self.typesystem = context.typesystem

    @staticmethod
    def _vocabulary_folder(context: UimaContext) -> Path:
        """The bound folder, else the declared default (annotators built in Python)."""
        if "vocabulary" in context.resources:
            return Path(context.resources["vocabulary"])
        found = resolve_location(DEFAULT_VOCABULARY)
        return Path(found) if found is not None else context.get_resource("vocabulary")

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        existing_fs = sorted(cas.select(MEDICATION_MENTION), key=lambda m: (m.begin, m.end))
        existing = [DrugSpan(m.begin, m.end, DICTIONARY, m) for m in existing_fs]
        result = self.extractor.extract(text, existing)
        drug_fs = self._write_drugs(cas, result.drugs, existing_fs)
        self._write_attributes(cas, text, result, drug_fs)

    def _write_drugs(self, cas: Cas, drugs: list[DrugSpan], existing_fs: list[Any]) -> list[Any]:
        ts = self.typesystem
        kept_ids = set()
        out, new = [], []
        for d in drugs:
            fs = d.fs
            if fs is None:
                fs = new_medication(ts, d.begin, d.end)
                new.append(fs)
            else:
                kept_ids.add(id(fs))
                if (fs.begin, fs.end) != (d.begin, d.end):
                    cas.remove(fs)  # re-index under the new offsets
                    fs.begin, fs.end = d.begin, d.end
                    cas.add(fs)
                _merge_concepts(ts, fs, d.merged)
            out.append(fs)
        merged_ids = {id(o) for d in drugs for o in d.merged}
        for fs in existing_fs:
            if id(fs) not in kept_ids and (self.removeRejected or id(fs) in merged_ids):
                cas.remove(fs)
        cas.add_all(new)
        return out

    def _write_attributes(self, cas: Cas, text: str, result: Any, drug_fs: list[Any]) -> None:
        ts = self.typesystem
        made: dict[Any, Any] = {}
        relations = []
        for index in sorted(result.links.by_drug):
            drug = drug_fs[index]
            for a in result.attributes_of(index):
                fs = made.get(a)
                if fs is None:
                    fs = made[a] = modifier(ts, a, text)
                feature = MODIFIERS[a.kind][1]
                if getattr(drug, feature, None) is None:
                    setattr(drug, feature, fs)
                if self.createRelations:
                    relations.append(link(ts, fs, drug, a.kind))
        if self.unlinkedDoses:
            for a in result.links.unlinked:
                if a.kind in (STRENGTH, DOSAGE) and a not in made:
                    made[a] = modifier(ts, a, text)
        cas.add_all(list(made.values()))
        cas.add_all(relations)


def _merge_concepts(ts: Any, target: Any, others: list[Any]) -> None:
    """Concepts of annotations folded into ``target`` (``amoxicillin`` + ``clavulanate``)."""
    extra = [c for o in others if o.ontologyConceptArr is not None for c in (o.ontologyConceptArr.elements or [])]
    if not extra:
        return
    have = list(target.ontologyConceptArr.elements or []) if target.ontologyConceptArr is not None else []
    target.ontologyConceptArr = ts.get_type("uima.cas.FSArray")(elements=have + extra)
