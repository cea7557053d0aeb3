"""Event-time TLINKs (cTAKES ``TemporalTextRelation``) within a sentence.

CONTAINS ("diagnosed with X in 2015"), BEGINS-ON ("X since 2019", "started Y on 3/2"),
ENDS-ON ("stopped Y in May"), BEFORE ("prior to"), OVERLAP (durations and frequencies:
"X x 7 days", "Y q6h"); see :mod:`ctakes_py.temporal.tlink`. A medication's BEGINS-ON /
ENDS-ON time also becomes its ``startDate`` / ``endDate``.
"""
from __future__ import annotations

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..temporal.cas import (
    DEFAULT_EVENT_TYPES,
    TEMPORAL_TEXT_RELATION,
    TIME_MENTION,
    event_mentions,
    new_tlink,
    read_timexes,
    sentence_index,
)
from ..temporal.tlink import Span, TLinker, load_tlink_cues
from ..typesystem import MEDICATION_MENTION, RELATION_ARGUMENT
from .timex import DEFAULT_LEXICON, lexicon_folder


class TemporalLinks(Annotator):
    """Links event mentions to the time expressions of their sentence."""

    parameters = (
        Parameter("eventTypes", "String", default=list(DEFAULT_EVENT_TYPES), multi_valued=True,
                  description="Mention types that can be linked (subtypes included)."),
        Parameter("setMedicationDates", "Boolean", default=True,
                  description="Set MedicationMention.startDate/endDate from BEGINS-ON/ENDS-ON links."),
    )
    resources = (
        ExternalResource("temporalLexicon", "Folder with tlink_cues.tsv.", default=DEFAULT_LEXICON),
    )
    inputs = (TIME_MENTION,)
    outputs = (TEMPORAL_TEXT_RELATION, RELATION_ARGUMENT)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.linker = TLinker(load_tlink_cues(lexicon_folder(context) / "tlink_cues.tsv"))

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        timexes = read_timexes(cas)
        events = event_mentions(cas, self.eventTypes)
        by_sentence: dict[tuple[int, int], tuple[list, list]] = {}
        sentences = sentence_index(cas)
        for fs in events:
            s = sentences.at(fs.begin)
            if s is not None:
                by_sentence.setdefault(s[:2], ([], []))[0].append(fs)
        for pair in timexes:
            s = sentences.at(pair[1].begin)
            if s is not None and s[:2] in by_sentence:
                by_sentence[s[:2]][1].append(pair)
        relations = []
        for sentence, (evs, tms) in by_sentence.items():
            spans = [Span(e.begin, e.end, e.type.name == MEDICATION_MENTION) for e in evs]
            links = self.linker.link(text, sentence, spans, [t for _, t in tms])
            for link in links:
                event, time = evs[link.event], tms[link.timex][0]
                relations.append(new_tlink(cas, time, event, link.category) if link.time_first
                                 else new_tlink(cas, event, time, link.category))
                self._medication_dates(event, time, link.category)
        cas.add_all(relations)

    def _medication_dates(self, event, time, category: str) -> None:
        if not self.setMedicationDates or event.type.name != MEDICATION_MENTION:
            return
        if category == "BEGINS-ON" and event.startDate is None:
            event.startDate = time
        elif category == "ENDS-ON" and event.endDate is None:
            event.endDate = time
