"""Person mention annotator: one ``ctakes_py.type.PersonMention`` (a cTAKES ``Markable``)
per pronoun, name, patient description, kinship or role noun phrase that refers to one
person ("she", "Mrs. Greene", "84 yo F", "her mother", "the patient's wife", "Dr. Ito").

The patterns (:mod:`ctakes_py.coref.mentions`) are compiled once from the word lists in
``lexicons/coref`` (bound as the ``lexicon`` resource). Sentences, when present, let a
predicate nominal ("Pt is a 38F") be recognized as such rather than as a mention.
"""
from __future__ import annotations

from pathlib import Path

from cassis import Cas

from ..annotator import Annotator, ExternalResource, UimaContext
from ..coref.lexicon import DEFAULT_FOLDER, CorefLexicon
from ..coref.mentions import MentionDetector
from ..resources import resolve_location
from ..typesystem import SENTENCE

PERSON_MENTION = "ctakes_py.type.PersonMention"


def resource_path(context: UimaContext, key: str, default: str) -> Path | None:
    """The bound resource, else the declared default location (run outside a descriptor)."""
    path = context.resources.get(key)
    if path is None:
        path = resolve_location(default)
    return Path(path) if path is not None else None


class PersonMentions(Annotator):
    """Finds person mentions and writes them as ``ctakes_py.type.PersonMention``."""

    resources = (ExternalResource("lexicon", "Folder with kinship.tsv, roles.tsv, patient_terms.tsv and "
                                  "reporting_verbs.txt.", default=DEFAULT_FOLDER),)
    inputs = (SENTENCE,)
    outputs = (PERSON_MENTION,)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.detector = MentionDetector(CorefLexicon.load(resource_path(context, "lexicon", DEFAULT_FOLDER)))

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        starts = sorted(s.begin for s in cas.select(SENTENCE))
        mention_type = cas.typesystem.get_type(PERSON_MENTION)
        cas.add_all([mention_type(begin=m.begin, end=m.end, mentionKind=m.kind, gender=m.gender,
                                  relation=m.relation or None)
                     for m in self.detector.detect(text, starts)])
