"""Time expressions (cTAKES ``TimeMention``) with TIMEX3 class and ISO 8601 value.

Patterns and word lists are data (``lexicons/temporal``); values are resolved against the
document creation time: the CAS metadata's ``document_creation_time``, else a header line
("Date of service: 03/14/2019", when ``useHeaderDate``), else ``defaultCreationTime``.
Calendar arithmetic uses python-dateutil (``relativedelta``). See :mod:`ctakes_py.temporal`.
"""
from __future__ import annotations

from pathlib import Path

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..document import CREATION_TIME, get_metadata
from ..resources import resolve_location
from ..temporal.cas import REFSEM_TIME, TIME_MENTION, new_time_mention
from ..temporal.dct import document_creation_time
from ..temporal.lexicon import load_temporal_lexicon
from ..temporal.timex import TimexFinder

DEFAULT_LEXICON = "lexicons/temporal"

DCT_PARAMETERS = (
    Parameter("defaultCreationTime", "String", default="",
              description="Document creation time (e.g. 2019-03-14) for notes whose CAS metadata and "
                          "header give none; empty: relative expressions get XXXX values."),
    Parameter("useHeaderDate", "Boolean", default=True,
              description="Take the creation time from a header line ('Date of service: 03/14/2019') "
                          "when the CAS metadata has none."),
)
LEXICON_RESOURCE = ExternalResource(
    "temporalLexicon", "Folder with the temporal patterns and word lists (timex_patterns.tsv, words.tsv, ...).",
    default=DEFAULT_LEXICON)


def resource_path(context: UimaContext, key: str, default: str | None) -> Path | None:
    """The bound resource, else its declared default (annotators built in Python); None if neither exists."""
    if key in context.resources:
        return Path(context.resources[key])
    found = resolve_location(default) if default else None
    return Path(found) if found is not None else None


def lexicon_folder(context: UimaContext) -> Path:
    found = resource_path(context, "temporalLexicon", DEFAULT_LEXICON)
    return found if found is not None else context.get_resource("temporalLexicon")


class TimeExpressions(Annotator):
    """Finds TIMEX3 expressions (DATE, TIME, DURATION, SET, PREPOSTEXP, QUANTIFIER)."""

    parameters = DCT_PARAMETERS
    resources = (LEXICON_RESOURCE,)
    inputs = ()
    outputs = (TIME_MENTION, REFSEM_TIME)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.lexicon = load_temporal_lexicon(lexicon_folder(context))
        self.finder = TimexFinder(self.lexicon)

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        dct, _ = document_creation_time(text, get_metadata(cas).get(CREATION_TIME), self.lexicon,
                                        self.defaultCreationTime or None, bool(self.useHeaderDate))
        cas.add_all([new_time_mention(cas, t) for t in self.finder.find(text, dct)])
