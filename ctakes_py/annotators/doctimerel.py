"""DocTimeRel (BEFORE, OVERLAP, AFTER, BEFORE/OVERLAP) for every event-like mention.

Runs after the time expressions, sections, sentences and assertion (it reads ``historyOf``
and polarity). Labels come from a logistic-regression model when the ``model`` resource
is bound and readable (trained on annotated notes; JSON weights), otherwise from the rules
of :func:`ctakes_py.temporal.doctimerel.rule_label`. The label goes where cTAKES keeps it:
``EventMention.event.properties.docTimeRel``.
"""
from __future__ import annotations

from datetime import date

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..document import CREATION_TIME, get_metadata
from ..temporal.cas import (
    DEFAULT_EVENT_TYPES,
    EVENT_PROPERTIES,
    REFSEM_EVENT,
    TIME_MENTION,
    event_mentions,
    kind_of,
    read_timexes,
    section_index,
    sentence_index,
    set_doctimerel,
)
from ..temporal.dct import document_creation_time
from ..temporal.doctimerel import (
    DocTimeRelLexicon,
    EventContext,
    LinearModel,
    features,
    load_doctimerel_lexicon,
    rule_label,
    with_rule,
)
from ..temporal.lexicon import load_temporal_lexicon
from .timex import DCT_PARAMETERS, LEXICON_RESOURCE, lexicon_folder, resource_path

MODEL_DEFAULT = "lexicons/temporal/doctimerel_model.json"


class DocTimeRel(Annotator):
    """Relation of each event to the document creation time."""

    parameters = DCT_PARAMETERS + (
        Parameter("eventTypes", "String", default=list(DEFAULT_EVENT_TYPES), multi_valued=True,
                  description="Mention types that get a DocTimeRel (subtypes included)."),
        Parameter("useModel", "Boolean", default=False,
                  description="Use the trained model (the 'model' resource) instead of the rules; on the "
                              "42-note corpus it is no better than the rules, so off by default."),
    )
    resources = (
        LEXICON_RESOURCE,
        ExternalResource("model", "DocTimeRel logistic-regression weights (JSON) trained by "
                                  "scripts/evaluate_temporal.py train.", optional=True,
                         default=MODEL_DEFAULT),
    )
    inputs = (TIME_MENTION,)
    outputs = (REFSEM_EVENT, EVENT_PROPERTIES)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        folder = lexicon_folder(context)
        self.lexicon = load_temporal_lexicon(folder)
        self.cues = load_doctimerel_lexicon(folder)
        self.model = None
        if self.useModel:
            path = resource_path(context, "model", MODEL_DEFAULT)
            if path is not None and path.is_file():
                self.model = LinearModel.load(path)

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        dct, _ = document_creation_time(text, get_metadata(cas).get(CREATION_TIME), self.lexicon,
                                        self.defaultCreationTime or None, bool(self.useHeaderDate))
        events = event_mentions(cas, self.eventTypes)
        for fs, f in zip(events, event_features(cas, events, dct, self.cues)):
            label = self.model.predict(with_rule(f)) if self.model else rule_label(f)
            set_doctimerel(cas, fs, label)


def event_features(cas: Cas, events: list, dct: date | None, cues: DocTimeRelLexicon) -> list[dict[str, float]]:
    """DocTimeRel features of each event mention (list aligned with ``events``)."""
    text = cas.sofa_string or ""
    sentences, sections = sentence_index(cas), section_index(cas)
    timexes = [t for _, t in read_timexes(cas)]
    out = []
    for fs in events:
        sentence = sentences.at(fs.begin) or (fs.begin, fs.end, None)
        section = sections.at(fs.begin)
        ctx = EventContext(
            text=text, begin=fs.begin, end=fs.end, kind=kind_of(fs), sentence=sentence[:2],
            section=section[2] if section else None, history_of=fs.historyOf or 0,
            polarity=fs.polarity or 1,
            timexes=[t for t in timexes if sentence[0] <= t.begin and t.end <= sentence[1]], dct=dct)
        out.append(features(ctx, cues))
    return out
