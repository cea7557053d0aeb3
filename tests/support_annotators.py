"""Small annotators used only by the framework tests (descriptor, pipeline, engine).

They are deliberately simple so a failing framework test points at the framework.
"""
from __future__ import annotations

import re

from ctakes_py.annotator import Annotator, ExternalResource, Parameter
from ctakes_py.typesystem import SIGN_SYMPTOM_MENTION, WORD_TOKEN

_WORD = re.compile(r"\w+")


class WhitespaceWords(Annotator):
    """Writes one WordToken per run of word characters."""

    outputs = (WORD_TOKEN,)

    def process(self, cas):
        word = cas.typesystem.get_type(WORD_TOKEN)
        cas.add_all([word(begin=m.start(), end=m.end()) for m in _WORD.finditer(cas.sofa_string)])


class WordListMarker(Annotator):
    """Marks tokens found in a word-list resource as SignSymptomMention."""

    parameters = (
        Parameter("minimumLength", "Integer", default=1),
        Parameter("caseSensitive", "Boolean", default=False),
        Parameter("label", "String", mandatory=True),
        Parameter("extraWords", "String", multi_valued=True, default=[]),
        Parameter("weight", "Float", default=1.0),
    )
    resources = (ExternalResource("wordList", "one word per line"),)
    inputs = (WORD_TOKEN,)
    outputs = (SIGN_SYMPTOM_MENTION,)

    def initialize(self, context):
        super().initialize(context)
        words = context.get_resource("wordList").read_text(encoding="utf-8").split()
        words += list(self.extraWords)
        self.words = set(words if self.caseSensitive else (w.lower() for w in words))

    def process(self, cas):
        mention = cas.typesystem.get_type(SIGN_SYMPTOM_MENTION)
        found = []
        for token in cas.select(WORD_TOKEN):
            text = token.get_covered_text()
            key = text if self.caseSensitive else text.lower()
            if len(text) >= self.minimumLength and key in self.words:
                found.append(mention(begin=token.begin, end=token.end, discoveryTechnique=1,
                                     confidence=self.weight, polarity=1))
        cas.add_all(found)


class Exploder(Annotator):
    """Raises on documents that contain the trigger text (to test error isolation)."""

    parameters = (Parameter("trigger", "String", default="BOOM"),)

    def process(self, cas):
        if self.trigger in cas.sofa_string:
            raise ValueError(f"found {self.trigger!r}")


class Sleeper(Annotator):
    """Sleeps per document, so a test can kill a batch while it runs."""

    parameters = (Parameter("seconds", "Float", default=0.05),)

    def process(self, cas):
        import time

        time.sleep(self.seconds)


class Crasher(Annotator):
    """Kills its own worker process on documents containing CRASH (a segfault stand-in)."""

    def process(self, cas):
        import os

        if "CRASH" in cas.sofa_string:
            os._exit(139)
