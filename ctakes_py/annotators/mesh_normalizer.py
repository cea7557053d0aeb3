"""MeSH ids for chemical and disease mentions an NER found without codes (BC5CDR CID).

For every MedicationMention (kind ``Chemical``) and DiseaseDisorderMention (kind
``Disease``) whose discoveryTechnique is one of ``techniques`` and that has no MeSH code,
looks its text up in a :class:`~ctakes_py.relation.normalization.MeshNames` table (JSON,
built by ``scripts/train_relations.py cid`` from BC5CDR train, NCBI-disease, MeSH and the
lexicon's MeSH cross-references), else takes the id of a same-span mention with an ``MSH``
code (a dictionary match), of another mention of the document with the same normalized
text, or of the long form of a defined abbreviation; the id is added to the mention's
``ontologyConceptArr`` as a UmlsConcept (codingScheme ``MSH``), one per id of a composite
``A|B`` entry (``hemorrhagic cystitis``: hemorrhage and cystitis).
"""
from __future__ import annotations

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..relation.normalization import load_names, resolve_document
from ..typesystem import DISEASE_DISORDER_MENTION, IDENTIFIED_ANNOTATION, MEDICATION_MENTION, UMLS_CONCEPT

MESH = "MSH"


def _mesh_code(fs) -> str:
    array = fs.ontologyConceptArr
    for c in (array.elements if array is not None and array.elements else []):
        if getattr(c, "codingScheme", "") == MESH and getattr(c, "code", None):
            return c.code
    return ""


class MeshNormalizer(Annotator):
    """Adds MeSH UmlsConcepts to uncoded chemical/disease mentions (see the module docstring)."""

    parameters = (
        Parameter("techniques", "Integer", multi_valued=True, default=(3,),
                  description="discoveryTechnique values of the mentions to normalize (3: CRF); empty: all."),
    )
    resources = (ExternalResource("names", "MeSH names table (JSON, ctakes-py-mesh-names).",
                                  default="models/cid/mesh_names.json"),)
    inputs = (MEDICATION_MENTION, DISEASE_DISORDER_MENTION)
    outputs = (UMLS_CONCEPT,)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.names = load_names(context.get_resource("names"))
        self.wanted = set(self.techniques or ())
        ts = context.typesystem
        self._concept, self._array = ts.get_type(UMLS_CONCEPT), ts.get_type("uima.cas.FSArray")

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        kinds = {MEDICATION_MENTION: "Chemical", DISEASE_DISORDER_MENTION: "Disease"}
        span_codes: dict[tuple[int, int, str], str] = {}
        targets = []
        for m in sorted(cas.select(IDENTIFIED_ANNOTATION), key=lambda a: (a.begin, a.end)):
            kind = kinds.get(m.type.name)
            if kind is None:
                continue
            code = _mesh_code(m)
            if code:
                span_codes.setdefault((m.begin, m.end, kind), code)
            elif not self.wanted or m.discoveryTechnique in self.wanted:
                targets.append((m, kind))
        # table lookup first (it follows BC5CDR's conventions), then a same-span dictionary code
        known = [(m, k, self.names.lookup(k, text[m.begin:m.end]) or span_codes.get((m.begin, m.end, k), ""))
                 for m, k in targets]
        found = resolve_document(self.names, known, text)
        for m, kind in targets:
            mesh = found.get(id(m))
            if mesh:
                array = m.ontologyConceptArr
                have = list(array.elements) if array is not None and array.elements else []
                codes = [self._concept(code=code, codingScheme=MESH) for code in mesh.split("|")]
                m.ontologyConceptArr = self._array(elements=have + codes)
