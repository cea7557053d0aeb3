"""Person mention detection: compiled patterns over the note text, no per-character loops.

A :class:`PersonMention` is one span that refers to one specific person (see the
annotation guideline): a pronoun ("she", "his"), a name with or without a title
("Mrs. Greene", "Jayden"), a description of the patient ("the patient", "Pt",
"84 yo F", "this 58-year-old woman"), a kinship noun phrase with its possessor ("her
mother", "the patient's wife" -> ``patient's wife``, "Mother" in a family-history list,
"her mother's sister") or a non-kin role with a possessor or determiner ("her caregiver",
"Dr. Ito", "the nurse").

Not mentions: predicate nominals ("is a 58-year-old woman", "is the patient's son": their
gender / relation is passed to the subject instead, see :attr:`PersonMention.predicate`),
appositive age descriptors ("Mr. Adeyemi, 46M,"), plural and group nouns.

Detection runs the patterns of :class:`MentionDetector` (built once from a
:class:`~ctakes_py.coref.lexicon.CorefLexicon`) and keeps, among overlapping candidates,
noun phrases before names before pronouns, leftmost-longest within a tier.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .lexicon import CorefLexicon, Term
from .triggers import TriggerWindows

PRONOUN, NAME, PATIENT, KIN, ROLE = "pronoun", "name", "patient", "kinship", "role"
KINDS = (PRONOUN, NAME, PATIENT, KIN, ROLE)
SUBJECT, OBJECT, POSSESSIVE = "subj", "obj", "poss"

_PRONOUNS = {"he": ("m", SUBJECT), "she": ("f", SUBJECT), "him": ("m", OBJECT), "his": ("m", POSSESSIVE),
             "her": ("f", POSSESSIVE), "hers": ("f", POSSESSIVE), "himself": ("m", OBJECT),
             "herself": ("f", OBJECT)}
_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "u", "dr": "u", "prof": "u"}
_SEX_WORDS = {"m": "m", "f": "f", "male": "m", "female": "f", "man": "m", "woman": "f", "boy": "m",
              "girl": "f", "gentleman": "m", "lady": "f", "widow": "f", "widower": "m", "yom": "m", "yof": "f"}
# words that may start a sentence before "is a 45..." but are not names
_NOT_NAMES = frozenset("""the this that a an he she it they we i you patient pt client mother father
history family she's he's there here today who what which however also she'd he'd baby child
infant son daughter wife husband mom dad sister brother caller caregiver today yesterday tonight tomorrow
recently currently previously initially subsequently otherwise then now he she also""".split())

_AGE = (r"\d{1,3}(?:\.\d)?\s*(?:-\s*|\s+)?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[\s-]*old"
        r"|\d{1,3}\s*(?:yo|y/o|y\.o\.|yr)")
_NAME_WORD = r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_MODIFIERS = (r"(?:(?:older|younger|elder|eldest|oldest|youngest|big|little|twin|identical|only|other|late|"
              r"deceased|estranged|biological|adoptive|adopted|ex-?|first|second|third|favorite|"
              r"(?:" + _AGE + r"))\s+)*")
# "baby aspirin", "mother tongue", "her mother's side" (the maternal line, not a person)
_COMPOUND_HEADS = r"(?!\s+(?:aspirin|tongue|figure|hospital|company|formula|food|teeth|side)\b|['’]s\s+side\b)"
_FIELD_LABEL = re.compile(r"[ \t]*:")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n]|\s-)\s*$")
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|became|becomes|as)\s+(?:(?:a|an|the)\s+)?$", re.I)
# "as a child" is not a mention, but it does not tell the subject's relation either
_COPULA_PREDICATE = re.compile(r"\b(?:is|was|are|were|became|becomes)\s+(?:(?:a|an|the)\s+)?$", re.I)
_PATIENT_NOT = (r"(?!\s+(?:education|care|instructions?|portal|safety|controlled|centered|population|record|"
                r"satisfaction|information|handouts?|advocate|room|identifiers?|name|id|number)\b)")
_PT_NOT = r"(?!\s*[:=]\s*\d|\s*/\s*(?:INR|OT)|\s+(?:and\s+OT|eval|evaluation|consult|session|INR)\b)"


def _alternation(terms: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first; spaces match any whitespace, a hyphen
    also matches a space or nothing."""
    out = []
    for term in sorted(set(terms), key=len, reverse=True):
        parts = [re.escape(w) for w in term.split()]
        out.append(r"\s+".join(p.replace(r"\-", r"[-\s]?") for p in parts))
    return "|".join(out) if out else r"(?!x)x"


@dataclass
class PersonMention:
    """One person mention. ``kind`` is one of :data:`KINDS`; ``gender`` m/f/u.

    ``relation``: kinship relation to the possessor ("mother") or role noun ("caregiver");
    ``category``: ``clinician`` / ``other`` for roles and ``Dr.`` names; ``possessor``:
    ``""`` (none), a pronoun (``his``/``her``/``their``/``whose``), ``patient``,
    ``name:<lower-case name>`` or ``kin:<relation>``; ``possessor_begin``: where the
    possessor starts (resolved like a pronoun there); ``determiner``: ``the``, ``a``,
    ``another``...; ``modifiers``: lower-cased modifier words ("older", "other");
    ``name_tokens``: lower-cased name words without the title; ``form``: pronoun
    case (subj/obj/poss); ``predicate``: gender / relation given by a following predicate
    nominal ("Pt is a 38F" -> ``{"gender": "f"}``)."""

    begin: int
    end: int
    text: str
    kind: str
    gender: str = "u"
    form: str = ""
    relation: str = ""
    category: str = ""
    possessor: str = ""
    possessor_begin: int = -1
    determiner: str = ""
    modifiers: tuple[str, ...] = ()
    name_tokens: tuple[str, ...] = ()
    title: str = ""
    predicate: dict = field(default_factory=dict)
    index: int = -1


class MentionDetector:
    """Compiled person-mention patterns; :meth:`detect` finds the mentions of one text."""

    def __init__(self, lexicon: CorefLexicon) -> None:
        self.kin_terms = {t.text.lower(): t for t in lexicon.kinship}
        self.role_terms = {t.text.lower(): t for t in lexicon.roles}
        self.patient_terms = {t.text.lower(): t for t in lexicon.patient_terms}
        kin_ci = _alternation(t.text for t in lexicon.kinship if not t.case_sensitive)
        kin_cs = _alternation(t.text for t in lexicon.kinship if t.case_sensitive)
        kin = rf"(?:{kin_ci}|(?-i:{kin_cs}))"
        roles = _alternation(t.text for t in lexicon.roles)
        possessor = (rf"(?P<posskin>(?:his|her|their|whose|(?:patient|pt|client)['’]s)\s+{_MODIFIERS}"
                     rf"(?P<kin1>{kin}))['’]s"
                     rf"|(?P<ppron>his|her|their|whose)"
                     rf"|(?P<ppat>patient|pt|client)['’]s"
                     rf"|(?P<pname>(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?))['’]s")
        determiner = r"(?P<det>the|this|that|a|an|one|another|said)"
        self.kin_re = re.compile(
            rf"(?<![\w'’-])(?:(?:{possessor})\s+|{determiner}\s+)?(?P<mods>{_MODIFIERS})(?P<head>{kin})"
            rf"(?![\w-]){_COMPOUND_HEADS}", re.I)
        self.role_re = re.compile(
            rf"(?<![\w'’-])(?:(?:(?:{possessor})|(?P<det>the|this|that))\s+)?(?P<mods>{_MODIFIERS})(?P<head>{roles})(?![\w-])",
            re.I)
        self.title_re = re.compile(
            rf"(?<![\w-])(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?P<n1>{_NAME_WORD})(?:[ \t]+(?P<n2>{_NAME_WORD}))?")
        self.intro_re = re.compile(
            rf"(?<![\w-])(?P<n1>{_NAME_WORD})(?:[ \t]+(?P<n2>{_NAME_WORD}))?"
            rf"(?=\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:\d|(?:pleasant\s+)?(?:boy|girl|man|woman|infant|child|toddler)\b)"
            rf"|\s*,\s*(?:a\s+|an\s+|age\s+|aged\s+)?\d{{1,3}}\b|\s*\(\s*\d{{1,3}}"
            rf"|\s+(?:presents|presented|returns|returned|is\s+here|comes\s+in|came\s+in|was\s+admitted|"
            rf"was\s+seen|is\s+seen|reports|reported|complains)\b)")
        self.appositive_name_re = re.compile(
            rf"(?<![\w-])(?:{kin}|{roles})\s*,?\s*(?-i:(?P<n1>{_NAME_WORD})(?:[ \t]+(?P<n2>{_NAME_WORD}))?)"
            rf"(?=\s*[,)(;]|\s+(?:who|is|was|has|had|reports|reported|says|said|states|stated|called|calls)\b)", re.I)
        self.kin_tail_re = re.compile(rf"(?:{kin}|patient|pt|client)\s*,?\s*$", re.I)
        self.word_re = re.compile(rf"(?<![\w-])({_NAME_WORD})(?![\w-])")
        patient_any = _alternation(t.text for t in lexicon.patient_terms if not t.needs_determiner)
        patient_det = _alternation(t.text for t in lexicon.patient_terms if t.needs_determiner)
        self.patient_re = re.compile(
            rf"(?<![\w-])(?:(?P<det>the|this|our)\s+)?(?:(?:very\s+)?pleasant\s+|above\s+|same\s+)?"
            rf"(?P<head>{patient_any})(?![\w-]){_PATIENT_NOT}{_PT_NOT}", re.I)
        self.descriptor_re = re.compile(
            rf"(?<![\w-])(?P<det>the|this|our)\s+(?:(?:{_AGE})\s+|[a-z]+(?:-[a-z]+)*\s+){{0,3}}?(?P<head>{patient_det})(?![\w-])",
            re.I)
        self.age_re = re.compile(
            rf"(?<![\w-])(?:(?P<det>(?i:a|an|this|the))\s+)?(?:(?i:pleasant)\s+)?(?:{_AGE})"
            rf"(?:\s+(?:white|black|african[- ]american|hispanic|latina|latino|asian|caucasian))?"
            rf"(?:\s*(?P<sex>M|F|male|female|man|woman|boy|girl|gentleman|lady|patient|pt|child|infant|toddler)(?![\w-]))?"
            rf"|(?<![\w-])\d{{1,3}}\s?(?P<sex2>M|F|yoM|yoF|yo\s?[MF])(?![\w-])")
        self.pronoun_re = re.compile(r"(?<![\w-])(he|she|him|his|her|hers|himself|herself)(?![\w-])", re.I)
        self.predicate_sex_re = re.compile(
            r"\b(?:is|was)\s+(?:a|an)\s+(?:[\w/.-]+\s+){0,4}?(?P<sex>woman|man|boy|girl|gentleman|lady|male|female|"
            r"widow|widower)\b|\b(?:is|was)\s+(?:a|an)\s+\d{1,3}\s?(?:yo\s?|y/o\s?)?(?P<sex2>M|F)(?![\w-])", re.I)
        self.her_object_re = re.compile(
            r"\s*(?:$|[^\w\s]|(?:and|or|to|at|in|on|for|with|from|about|that|if|when|as|but|so|because|until|"
            r"today|yesterday|tomorrow|tonight|weekly|daily|monthly|regularly|soon|later|again|back|up|down|out|home|"
            r"off|over|now|why|how|what|not|is|was|has|had|"
            r"a|an|the|this|every|last|\d|(?:years?|months?|weeks?|days?)\s+ago)\b)", re.I)
        self.noun_windows = TriggerWindows(
            [_head_word(t.text) for t in lexicon.kinship + lexicon.roles], before=90, after=60)
        self.not_names = _NOT_NAMES | set(self.kin_terms) | set(self.role_terms) | set(self.patient_terms)

    # --- detection -------------------------------------------------------------------------
    def detect(self, text: str, sentence_starts: Sequence[int] = ()) -> list[PersonMention]:
        """Person mentions of ``text`` in order, numbered by ``index``."""
        windows = self.noun_windows.windows(text)
        kinship = list(self._kinship(text, windows))
        tier1 = kinship + list(self._roles(text, windows)) + list(self._titled(text))
        names = {tok for m in tier1 if m.kind == NAME and m.category != "clinician" for tok in m.name_tokens}
        intro = list(self._introduced(text)) + list(self._appositive_names(text, windows))
        names |= {tok for m in intro for tok in m.name_tokens}
        tier2 = intro + list(self._patients(text)) + list(self._ages(text))
        tier3 = list(self._aliases(text, names)) + list(self._pronouns(text))
        kept: list[PersonMention] = []
        for tier in (tier1, tier2, tier3):
            kept = _add_non_overlapping(kept, tier)
        kept = [m for m in kept if not _is_predicate(text, m) and not _in_header_line(text, m)]
        self._attach_predicates(text, kept, sentence_starts, kinship)
        for index, mention in enumerate(kept):
            mention.index = index
        return kept

    def _kinship(self, text: str, windows: list[tuple[int, int]] | None = None) -> Iterable[PersonMention]:
        return _built(self._kin_mention, text, self.noun_windows.finditer(self.kin_re, text, windows))

    def _roles(self, text: str, windows: list[tuple[int, int]] | None = None) -> Iterable[PersonMention]:
        return _built(self._role_mention, text, self.noun_windows.finditer(self.role_re, text, windows))

    def _titled(self, text: str) -> Iterable[PersonMention]:
        return _built(self._title_mention, text, self.title_re.finditer(text))

    def _introduced(self, text: str) -> Iterable[PersonMention]:
        return _built(self._intro_mention, text, self.intro_re.finditer(text))

    def _appositive_names(self, text: str, windows: list[tuple[int, int]] | None = None) -> Iterable[PersonMention]:
        """Names right after a kinship or role noun: "the patient's wife, Mary, ...", "her son Daniel"."""
        for m in self.noun_windows.finditer(self.appositive_name_re, text, windows):
            tokens = [t for t in (m.group("n1"), m.group("n2")) if t]
            if tokens[0].lower() in self.not_names:
                continue
            if len(tokens) == 2 and tokens[1].lower() in self.not_names:
                tokens = tokens[:1]
            end = m.end("n2") if len(tokens) == 2 else m.end("n1")
            yield PersonMention(m.start("n1"), end, text[m.start("n1"):end], NAME, "u",
                                name_tokens=tuple(t.lower() for t in tokens))

    def _aliases(self, text: str, names: set[str]) -> Iterable[PersonMention]:
        return (m for m in _built(self._word_mention, text, self.word_re.finditer(text))
                if m.name_tokens[0] in names) if names else ()

    def _patients(self, text: str) -> Iterable[PersonMention]:
        yield from _built(self._patient_mention, text, self.patient_re.finditer(text))
        yield from _built(self._descriptor_mention, text, self.descriptor_re.finditer(text))

    def _ages(self, text: str) -> Iterable[PersonMention]:
        return _built(self._age_mention, text, self.age_re.finditer(text))

    def _pronouns(self, text: str) -> Iterable[PersonMention]:
        return _built(self._pronoun_mention, text, self.pronoun_re.finditer(text))

    # --- one match -> one mention (None: not a person) ----------------------------------------
    def _kin_mention(self, text: str, m: re.Match) -> PersonMention | None:
        term = self._term(self.kin_terms, m.group("head"))
        if term is None:
            return None
        possessor, begin = _possessor(m)
        det = (m.group("det") or "").lower()
        if term.needs_determiner and not possessor and not det:
            return None
        if m.group("posskin"):
            inner = self._term(self.kin_terms, m.group("kin1"))
            possessor = f"kin:{inner.value if inner else m.group('kin1').lower()}"
        # "the patient's wife": the match (and the span) starts at "patient's"
        return PersonMention(m.start(), m.end(), m.group(0), KIN, term.gender, relation=term.value,
                             possessor=possessor, possessor_begin=begin, determiner=det,
                             modifiers=tuple(m.group("mods").lower().split()))

    def _role_mention(self, text: str, m: re.Match) -> PersonMention | None:
        term = self._term(self.role_terms, m.group("head"))
        if term is None:
            return None
        possessor, begin = _possessor(m)
        if m.group("posskin"):
            possessor = "kin:" + m.group("kin1").lower()
        if not possessor and not m.group("det") and not (m.group(0)[0].isupper() and _clause_initial(text, m.start())):
            return None  # a bare role noun is a person only as a clause's first word ("Caller states ...")
        if not possessor and not m.group("det") and _FIELD_LABEL.match(text, m.end()):
            return None  # a field label ("Attending: Dr. Bianchi"), not a person
        return PersonMention(m.start(), m.end(), m.group(0), ROLE, term.gender, relation=term.text.lower(),
                             category=term.value, possessor=possessor, possessor_begin=begin,
                             determiner=(m.group("det") or "").lower(),
                             modifiers=tuple(m.group("mods").lower().split()))

    def _title_mention(self, text: str, m: re.Match) -> PersonMention | None:
        end = m.end()
        tokens = [m.group("n1")]
        if m.group("n2") and m.group("n2").lower() not in self.not_names:
            tokens.append(m.group("n2"))
        else:
            end = m.end("n1")
        title = m.group("title").lower()
        return PersonMention(m.start(), end, text[m.start():end], NAME, _TITLES[title],
                             category="clinician" if title in ("dr", "prof") else "",
                             name_tokens=tuple(t.lower() for t in tokens), title=title)

    def _intro_mention(self, text: str, m: re.Match) -> PersonMention | None:
        tokens = [t for t in (m.group("n1"), m.group("n2")) if t]
        if tokens[0].lower() in self.not_names:
            return None
        if not (_clause_initial(text, m.start()) or self.kin_tail_re.search(text, max(0, m.start() - 30), m.start())):
            return None
        if len(tokens) == 2 and tokens[1].lower() in self.not_names:
            return None
        return PersonMention(m.start(), m.end(), m.group(0), NAME, "u", name_tokens=tuple(t.lower() for t in tokens))

    def _word_mention(self, text: str, m: re.Match) -> PersonMention | None:
        if m.group(1).lower() in self.not_names:
            return None
        return PersonMention(m.start(), m.end(), m.group(1), NAME, "u", name_tokens=(m.group(1).lower(),))

    def _patient_mention(self, text: str, m: re.Match) -> PersonMention | None:
        return PersonMention(m.start(), m.end(), m.group(0), PATIENT, "u", determiner=(m.group("det") or "").lower())

    def _descriptor_mention(self, text: str, m: re.Match) -> PersonMention | None:
        term = self.patient_terms.get(m.group("head").lower())
        return PersonMention(m.start(), m.end(), m.group(0), PATIENT, term.gender if term else "u",
                             determiner=m.group("det").lower())

    def _age_mention(self, text: str, m: re.Match) -> PersonMention | None:
        det = (m.group("det") or "").lower()
        if not (_clause_initial(text, m.start()) or det in ("this", "the")):
            return None
        sex = (m.group("sex") or m.group("sex2") or "").lower().replace(" ", "")
        sex = sex[2:] if sex.startswith("yo") and len(sex) > 2 else sex
        return PersonMention(m.start(), m.end(), m.group(0), PATIENT, _SEX_WORDS.get(sex, "u"), determiner=det)

    def _pronoun_mention(self, text: str, m: re.Match) -> PersonMention | None:
        word = m.group(1).lower()
        gender, form = _PRONOUNS[word]
        if word == "her" and self.her_object_re.match(text, m.end()):
            form = OBJECT
        return PersonMention(m.start(), m.end(), m.group(1), PRONOUN, gender, form=form)

    # --- given spans (gold mentions, or another detector's) ---------------------------------
    def describe(self, text: str, spans: Sequence[tuple[int, int]],
                 sentence_starts: Sequence[int] = ()) -> list[PersonMention]:
        """Mentions for given ``(begin, end)`` spans: the first pattern that matches the whole
        span tells its kind and attributes; a span no pattern matches is a name."""
        builders = ((self.kin_re, self._kin_mention), (self.role_re, self._role_mention),
                    (self.title_re, self._title_mention), (self.pronoun_re, self._pronoun_mention),
                    (self.patient_re, self._patient_mention), (self.descriptor_re, self._descriptor_mention),
                    (self.age_re, self._age_mention))
        out = []
        for begin, end in sorted(spans):
            mention = None
            for pattern, build in builders:
                match = pattern.fullmatch(text, begin, end)
                if match is not None:
                    mention = build(text, match)
                    if mention is not None and (mention.begin, mention.end) == (begin, end):
                        break
                    mention = None
            if mention is None:
                words = text[begin:end].split()
                mention = PersonMention(begin, end, text[begin:end], NAME, "u",
                                        name_tokens=tuple(w.strip(".,").lower() for w in words[-2:]))
            out.append(mention)
        self._attach_predicates(text, out, sentence_starts, list(self._kinship(text)))
        for index, mention in enumerate(out):
            mention.index = index
        return out

    @staticmethod
    def _term(table: dict[str, Term], surface: str) -> Term | None:
        key = " ".join(surface.lower().split())
        return table.get(key) or table.get(key.replace(" ", "-")) or table.get(key.replace("-", " ")) \
            or table.get(key.replace("-", ""))

    # --- predicate nominals --------------------------------------------------------------
    def _attach_predicates(self, text: str, mentions: list[PersonMention], sentence_starts: Sequence[int],
                           kinship: list[PersonMention]) -> None:
        """Give each subject the gender / relation of the predicate nominal that follows it
        in the same sentence ("Pt is a 38F" -> female; "Caller is the patient's son" -> son)
        or of a kinship phrase in apposition ("Mr. Diaz, the patient's son")."""
        predicates = [(k.begin, {"relation": k.relation, "possessor": k.possessor,
                                 "possessor_begin": k.possessor_begin, "gender": k.gender})
                      for k in kinship if _is_predicate(text, k)
                      and _COPULA_PREDICATE.search(text[max(0, k.begin - 20):k.begin])]
        predicates += _appositive_relations(text, mentions)
        begins = [m.begin for m in mentions]
        starts = list(sentence_starts)
        infos = [(p.start(), {"gender": _SEX_WORDS.get((p.group("sex") or p.group("sex2") or "").lower(), "u")})
                 for p in self.predicate_sex_re.finditer(text)]
        infos += predicates
        for offset, info in infos:
            k = bisect_right(begins, offset) - 1
            if k < 0:
                continue
            subject = mentions[k]
            sentence_start = starts[bisect_right(starts, offset) - 1] if starts and offset >= starts[0] else 0
            if subject.begin < sentence_start:
                continue
            subject.predicate = {**subject.predicate, **{k2: v for k2, v in info.items() if v not in ("", "u")}}


def _head_word(term: str) -> str:
    """The word every match of a kinship/role phrase contains: its last word, or the longest
    piece of a hyphenated one ("mother-in-law" -> "mother")."""
    return max(term.split()[-1].split("-"), key=len)


def _built(build, text: str, matches: Iterable[re.Match]) -> Iterable[PersonMention]:
    for match in matches:
        mention = build(text, match)
        if mention is not None:
            yield mention


def _is_predicate(text: str, m: PersonMention) -> bool:
    """A kinship / role / patient noun right after "is (a|the)" is a predicate nominal."""
    if m.kind not in (KIN, ROLE, PATIENT) or (m.kind == PATIENT and m.determiner in ("the", "this")):
        return False
    return bool(_PREDICATE_BEFORE.search(text[max(0, m.begin - 20):m.begin]))


_APPOSITIVE_GAP = re.compile(r"\s*(?:,|\()\s*(?:the\s+)?")


def _appositive_relations(text: str, mentions: list[PersonMention]) -> list[tuple[int, dict]]:
    """"Mr. Diaz, the patient's son": the name gets the kinship relation of the noun phrase
    in apposition (both stay mentions), as a predicate nominal would give it."""
    out = []
    for name, kin in zip(mentions, mentions[1:]):
        if name.kind == NAME and kin.kind == KIN and _APPOSITIVE_GAP.fullmatch(text, name.end, kin.begin):
            out.append((name.end, {"relation": kin.relation, "possessor": kin.possessor,
                                   "possessor_begin": kin.possessor_begin, "gender": kin.gender}))
    return out


def _in_header_line(text: str, m: PersonMention) -> bool:
    """A mention on an all-capitals line of several words ("NEW PATIENT VISIT") is a title word."""
    if not m.text.isupper() or len(m.text) < 3:
        return False
    start = text.rfind("\n", 0, m.begin) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)]
    return line.upper() == line and len(line.split()) > 1


def _possessor(m: re.Match) -> tuple[str, int]:
    """(possessor kind, where it starts) of a kinship / role match."""
    if m.group("posskin"):
        return "kin", m.start("posskin")
    if m.group("ppron"):
        return m.group("ppron").lower(), m.start("ppron")
    if m.group("ppat"):
        return "patient", m.start("ppat")
    if m.group("pname"):
        name = " ".join(m.group("pname").split())
        return f"name:{name.lower()}", m.start("pname")
    return "", -1


def _clause_initial(text: str, offset: int) -> bool:
    """Nothing but a header ("HPI:"), a sentence end or a line break before ``offset``."""
    return bool(_CLAUSE_START.search(text[max(0, offset - 40):offset]))


def _add_non_overlapping(kept: list[PersonMention], candidates: list[PersonMention]) -> list[PersonMention]:
    """``kept`` plus the candidates that overlap neither ``kept`` nor a longer/earlier candidate."""
    taken = sorted((m.begin, m.end) for m in kept)
    begins = [b for b, _ in taken]
    out = list(kept)
    for cand in sorted(candidates, key=lambda c: (c.begin, -(c.end - c.begin))):
        k = bisect_right(begins, cand.begin)
        if (k > 0 and taken[k - 1][1] > cand.begin) or (k < len(taken) and taken[k][0] < cand.end):
            continue
        taken.insert(k, (cand.begin, cand.end))
        begins.insert(k, cand.begin)
        out.append(cand)
    return sorted(out, key=lambda c: c.begin)
