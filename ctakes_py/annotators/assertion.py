"""Assertion annotator: sets cTAKES's assertion features on every ``IdentifiedAnnotation``.

Features (cTAKES values): ``polarity`` -1 negated / 1, ``uncertainty`` 1 / 0,
``conditional`` and ``generic`` true / false, ``subject`` (``patient``, ``family_member``,
``donor_family_member``, ``donor_other``, ``other``) and ``historyOf`` 1 / 0. Every mention
is reset to the defaults (1, 0, false, false, patient, 0) and then gets what its
sentence's triggers and its section say:

- ConText-style trigger rules (:mod:`ctakes_py.assertion`) from the trigger list files
  bound in the descriptor (``lexicons/assertion/*.tsv``), with negspacy's clinical termset
  merged into the negation triggers (``negspacyTermset``);
- or, with ``negationEngine=negspacy``, negspacy's own ``Negex`` component for polarity
  (run on a spaCy ``Doc`` built from the CAS tokens) and the trigger rules for the rest;
- section context (``sectionRules``): Family History -> subject family_member, Past
  Medical/Surgical History -> historyOf 1, ...

Each feature set away from its default is explained by one ``ctakes_py.type.AssertionCue``
over the trigger text (or the section header) with ``attribute``, ``value``, ``rule``
(trigger file:line, category, direction, phrase) and ``target`` (the mention).

Input: ``BaseToken`` (falls back to ctakes-py's tokenizer when there are none),
``Sentence`` (the whole document is one sentence when there are none) and optionally
``Segment``.
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any, Sequence

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..assertion.engine import ContextEngine, Decision
from ..assertion.negspacy_bridge import NegexRunner, termset_rules
from ..assertion.rules import TriggerRule, about_negation, merge_rules, read_rules
from ..assertion.scope import ScopeSettings
from ..assertion.sections import SectionRule, read_section_rules
from ..assertion.token_view import TokenView
from ..errors import DescriptorError
from ..resources import resolve_location
from ..typesystem import BASE_TOKEN, IDENTIFIED_ANNOTATION, NEWLINE_TOKEN, SEGMENT, SENTENCE
from .tokenizer import tokenize

ASSERTION_CUE = "ctakes_py.type.AssertionCue"
ENGINES = ("context", "negspacy")
DEFAULTS: dict[str, Any] = {"polarity": 1, "uncertainty": 0, "conditional": False, "generic": False,
                            "subject": "patient", "historyOf": 0}
TRIGGER_LISTS = (
    ("negationTriggers", "lexicons/assertion/negation.tsv", "Negation triggers and pseudo-negations."),
    ("uncertaintyTriggers", "lexicons/assertion/uncertainty.tsv", "Uncertainty (possible, rule out) triggers."),
    ("historyTriggers", "lexicons/assertion/history.tsv", "Historical triggers, pseudo-historical phrases."),
    ("hypotheticalTriggers", "lexicons/assertion/hypothetical.tsv", "Conditional (if, return for) triggers."),
    ("genericTriggers", "lexicons/assertion/generic.tsv", "Generic (risks of, education about) triggers."),
    ("experiencerTriggers", "lexicons/assertion/experiencer.tsv", "Family / other / donor / patient triggers."),
    ("scopeTriggers", "lexicons/assertion/termination.tsv", "Terminators, clause breaks, skip and list words."),
)
SECTION_RULES = "lexicons/assertion/sections.tsv"


def _feature_value(attribute: str, value: str) -> Any:
    if attribute in ("conditional", "generic"):
        return value.lower() == "true"
    if attribute == "subject":
        return value
    return int(value)


class AssertionAnnotator(Annotator):
    """Sets polarity, uncertainty, conditional, generic, subject and historyOf on every
    IdentifiedAnnotation and records the cue that set each one."""

    parameters = (
        Parameter("negationEngine", "String", default="context",
                  description="context: the trigger rules decide polarity too; negspacy: negspacy's Negex "
                              "component decides polarity (other features still from the trigger rules)."),
        Parameter("negspacyTermset", "String", default="en_clinical",
                  description="negspacy termset merged into the negation triggers (empty: none). Trigger "
                              "file rows override its entries phrase by phrase."),
        Parameter("defaultScope", "Integer", default=8,
                  description="Scope, in counted words, of triggers whose row gives none."),
        Parameter("listScope", "Integer", default=20,
                  description="Longest list (counted words) a trigger reaches across: "
                              "'denies fever, chills or cough'."),
        Parameter("listItemWords", "Integer", default=4,
                  description="Most counted words in one list item."),
        Parameter("useSections", "Boolean", default=True,
                  description="Apply the section rules (needs Segment annotations)."),
        Parameter("writeCues", "Boolean", default=True,
                  description="Write one ctakes_py.type.AssertionCue per feature set away from its default."),
    )
    resources = tuple(ExternalResource(key, description, optional=False, default=default)
                      for key, default, description in TRIGGER_LISTS) + (
        ExternalResource("sectionRules", "Section id -> category (family_history FAMILY ...).",
                         optional=True, default=SECTION_RULES),
        ExternalResource("siteTriggers", "Extra trigger list (same format), read last: its phrases "
                         "override the shipped ones.", optional=True),
    )
    inputs = (BASE_TOKEN, SENTENCE, SEGMENT, IDENTIFIED_ANNOTATION)
    outputs = (IDENTIFIED_ANNOTATION, ASSERTION_CUE)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        if self.negationEngine not in ENGINES:
            raise DescriptorError(f"negationEngine must be one of {ENGINES}, got {self.negationEngine!r}",
                                  file=context.descriptor, element="negationEngine")
        rules: list[TriggerRule] = []
        for key, default, _ in TRIGGER_LISTS:
            rules.extend(read_rules(self._path(context, key, default), tokenize))
        # negspacy's terms sit under the shipped rows that speak about negation; a site
        # file's rows replace every shipped row of the same phrase
        rules = merge_rules(termset_rules(self.negspacyTermset or "", tokenize), rules, about_negation)
        site = context.resources.get("siteTriggers")
        if site is not None:
            rules = merge_rules(rules, read_rules(site, tokenize))
        self.negex = None
        if self.negationEngine == "negspacy":
            self.negex = NegexRunner(self.negspacyTermset or "en_clinical")
            rules = [r for r in rules if r.category != "NEGATED"]
        settings = ScopeSettings(int(self.defaultScope), int(self.listScope), int(self.listItemWords))
        self.engine = ContextEngine(rules, settings)
        sections = self._path(context, "sectionRules", SECTION_RULES, optional=True)
        self.section_rules: dict[str, list[SectionRule]] = read_section_rules(sections) if sections else {}

    @staticmethod
    def _path(context: UimaContext, key: str, default: str, optional: bool = False) -> Path | None:
        path = context.resources.get(key)
        if path is None:  # run outside a descriptor: the declared default location
            path = resolve_location(default)
        if path is None and not optional:
            return context.get_resource(key)  # raises the standard error
        return Path(path) if path is not None else None

    # --- reading the CAS ---------------------------------------------------------------
    @staticmethod
    def token_view(cas: Cas, text: str) -> TokenView:
        # select() groups subtypes, so sort by offset
        tokens = sorted((t.begin, t.end) for t in cas.select(BASE_TOKEN) if t.type.name != NEWLINE_TOKEN)
        if not tokens:
            tokens = [(t.begin, t.end) for t in tokenize(text) if t.kind != "newline"]
        return TokenView.build(text, tokens)

    @staticmethod
    def sentence_ranges(cas: Cas, view: TokenView) -> list[tuple[int, int]]:
        ranges = sorted(view.token_range(s.begin, s.end) for s in cas.select(SENTENCE))
        ranges = [r for r in ranges if r[1] > r[0]]
        return ranges or [(0, len(view))]

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        mentions = list(cas.select(IDENTIFIED_ANNOTATION))
        if not mentions:
            return
        view = self.token_view(cas, text)
        sentences = self.sentence_ranges(cas, view)
        spans = [view.token_range(m.begin, m.end) for m in mentions]
        decisions = self.engine.assess(view, sentences, spans)
        if self.negex is not None:
            decisions += self._negspacy_decisions(text, view, sentences, spans)
        chosen = {(d.mention, d.attribute): d for d in decisions}
        section_cues = self._section_decisions(cas, mentions, chosen) if self.useSections else {}
        for mention in mentions:
            for attribute, value in DEFAULTS.items():
                setattr(mention, attribute, value)
        cue_type = cas.typesystem.get_type(ASSERTION_CUE) if self.writeCues else None
        cues = []
        # Mention order, then feature order: the same CAS whatever the hash seed of the process.
        attribute_order = {name: i for i, name in enumerate(DEFAULTS)}
        for (index, attribute), decision in sorted(chosen.items(),
                                                   key=lambda kv: (kv[0][0], attribute_order[kv[0][1]])):
            mention = mentions[index]
            setattr(mention, attribute, _feature_value(attribute, decision.value))
            if cue_type is not None:
                begin, end, rule = section_cues.get((index, attribute)) or self._cue_span(view, decision)
                cues.append(cue_type(begin=begin, end=end, attribute=attribute, value=decision.value,
                                     rule=rule, target=mention))
        cas.add_all(cues)

    @staticmethod
    def _cue_span(view: TokenView, decision: Decision) -> tuple[int, int, str]:
        match = decision.match
        rule = decision.rule.label if decision.rule is not None else "negspacy:Negex"
        return view.begins[match.start], view.ends[match.end - 1], rule

    def _negspacy_decisions(self, text: str, view: TokenView, sentences: list[tuple[int, int]],
                            spans: list[tuple[int, int]]) -> list[Decision]:
        from ..assertion.matcher import TriggerMatch
        out = []
        for found in self.negex.negated(text, view, sentences, spans):
            if found is not None:
                start, end, index = found
                out.append(Decision(index, "polarity", "-1", None, TriggerMatch(start, end, ())))
        return out

    def _section_decisions(self, cas: Cas, mentions: Sequence[Any],
                           chosen: dict[tuple[int, str], Decision]) -> dict[tuple[int, str], tuple[int, int, str]]:
        """Add section-rule decisions for features no trigger decided; returns their cue
        spans (the section header) keyed like ``chosen``."""
        if not self.section_rules:
            return {}
        segments = sorted((s.begin, s.end, s.id, s.tagText) for s in cas.select(SEGMENT))
        starts = [s[0] for s in segments]
        cues = {}
        for index, mention in enumerate(mentions):
            k = bisect_right(starts, mention.begin) - 1
            if k < 0 or mention.begin >= segments[k][1]:
                continue
            begin, _, section, tag = segments[k]
            for rule in self.section_rules.get(section, ()):
                key = (index, rule.attribute)
                if key not in chosen:
                    chosen[key] = Decision(index, rule.attribute, rule.value)
                    cues[key] = (begin, begin + len(tag or ""), rule.label)
        return cues
