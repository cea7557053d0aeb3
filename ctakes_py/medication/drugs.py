"""Rule-based drug finder: completes and cleans the drug mentions of a document.

Input: the drug spans another annotator found (dictionary lookup) and the attribute spans
of :mod:`.patterns`. Steps, in order:

1. **vocabulary terms** (``drug_terms.tsv``): abbreviations (``PCN``, ``HCTZ``), drug
   classes (``ACE inhibitors``, ``statins``), regimens (``FOLFOX``), IV fluids, vaccines,
   substances;
2. **stems**: a word ending in a drug-name stem (``-pril``, ``-sartan``, ``-mycin``...,
   ``drug_stems.txt``) not already covered;
2b. **misspellings**: a word a letter or two off a drug name ("rifaximan", "Trileptol",
   :mod:`.spelling`) that is no ordinary word, in a medication context (an attribute right
   after it, a route before it, a taking/refusing verb before it, ``dose`` after it, or the
   head of a list item);
3. **heads**: the word(s) right before a strength or dose when no drug precedes it on its
   line or clause ("Xyzzol 5 mg daily", "1. Foo-bar 10 mg"), the words heading a list line
   before a count of forms ("- Yaz 1 tab PO daily"), or one word between a
   separator that follows another drug's attributes and the strength ("Xarelto 20 mg daily
   and gabapenitn 300 mg"), unless they are function or clinical words;
4. **cleaning**: generic words (``meds``, ``chemo``, ``antibiotics``: ``not_drugs.txt``) are
   dropped; words that are drugs only in a medication context (``potassium``:
   ``context_drugs.txt``, and vocabulary terms flagged ``ctx``) are kept only next to an
   attribute or a status word, after a route ("oral iron"), when given/withheld/taken ("no
   vitamin K as not bleeding", "Take calcium and iron"), or coordinated with another such
   word kept by its context; a term flagged ``ctx`` also before its form ("Goody's powders"); a
   singular class word with a plural entry ("statin", "NSAID") is kept only next to an
   attribute or status word, as a list item or the object of a giving/changing verb ("statin
   intolerance", "No antiemetic given" are dropped); a
   singular class word describing a noun ("diuretic dose", "opioid use") is dropped; a
   drug named as a cause or diagnosis (``acetaminophen overdose``, ``digoxin level``,
   ``opioid use disorder``), a stone (``calcium oxalate nephrolithiasis``), an adjective
   (``honey-colored``), a lab result (``nitrite +``), a drug-screen result ("UDS +
   amphetamines and THC"), a skin-test control ("histamine control") and the anesthesia
   class "ASA II" are dropped; a plural class takes a qualifier written before it
   ("typical antipsychotics", "COX-1 inhibiting NSAIDs");
5. **spans**: a dictionary name loses a trailing dosage-form word (``nicotine lozenges`` ->
   ``nicotine``); a name continues over release/salt/device words written right after it
   (``metformin ER``, ``metoprolol succinate``, ``Flovent HFA``, ``Epiduo Forte gel``,
   ``Os-Cal + D``), over a CamelCase trademark word (``QVAR RediHaler``, ``Caltrate 600+D``)
   and a mechanism word (``dopamine antagonists``), over ``-containing X``
   (``estrogen-containing contraceptives``) and from a class word over a generic head
   (``sulfonamide antibiotics``); a name made only of attribute words (``ophthalmic solution``)
   is dropped; a drug class takes a qualifier written before it (``first-generation
   antihistamines``, ``topical steroids``: ``before`` entries of ``drug_name_suffixes.tsv``);
   two one-word generic names joined by ``-`` are one product (``amoxicillin-clavulanate``)
   while a name joined to an abbreviation (``losartan-HCTZ``), a multi-word name (``calcium
   carbonate-vit D``) or a name joined by ``/`` (``bupivacaine/fentanyl``) stays two drugs;
6. **repeats**: a name found by a stem or head rule is a drug wherever else it occurs
   ("stop Keflex" after "Keflex 500 mg QID"), also without its salt or release word
   ("increase sevelemer" after "sevelemer carbonate 800 mg").

Drugs are found whatever their assertion ("No aspirin", "Avoid NSAIDs").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable

from .intervals import IntervalSet
from .patterns import DOSAGE, DOSE_NOUN_AFTER, FORM, ROUTE, STATUS_CHANGE, STRENGTH, Attribute, AttributePatterns
from .vocabulary import MedicationVocabulary, normalize_phrase, phrase_pattern

DICTIONARY = "dictionary"
VOCABULARY = "vocabulary"
STEM = "stem"
HEAD = "head"
SPELLING = "spelling"

# Words that never head a drug name before a dose ("took 2 tabs", "increase to 20 mg").
HEAD_STOP = frozenset("""
a an the and or of to in on at by for from with without per via as is was were be been are
this that these those his her their its patient pt pts he she they we i you it who which
take takes taking took taken give gives giving gave given receive receives received receiving
start starts started starting restart restarted resume resumed continue continued continuing
increase increased increasing decrease decreased decreasing reduce reduced titrate titrated
change changed switch switched add added stop stopped hold held use uses used using
dose doses dosing dosed total daily max maximum additional extra another then now also only
approx approximately about around over under up down plus than at least last first next
current currently home new old prior previous previously same other each every all both
inhale inhaled inject injected apply applied instill insert place chew dissolve swish rinse spray
administer administered infuse infused
sig disp dispense qty quantity refills refill rx script prescribed prescription order ordered
mg mcg g ml units unit tab tabs tablet tablets cap caps capsule capsules po iv im sc sq prn
weight wt bmi bp hr rr temp pulse sat sats spo2 o2 fio2 ebl uop intake output loss gain
dr md np pa rn meds medications medication allergies allergy reactions reaction
after before during while since until about above below between into through within without
some any many much more most less least few several each either neither not no nor yes
here there where when what how why which whose whom if else also very just still even
anesthesia saturation saturations sat sats oxygen air water blood urine stool output fluid
fluids volume weight weighed weighs measuring measures measured size level levels value values
gland prostate specimen sample tissue tumor mass lesion cyst stone
""".split())
# Endings of ordinary English words that never head a drug name before a dose.
HEAD_STOP_ENDINGS = ("ly", "tion", "sion", "ment", "ness", "ity", "ed", "ing", "ance", "ence")
# Strength units that mark a drug before them (not "g", "%": "prostate 30 g", "sats 98%").
HEAD_STRENGTH_UNITS = frozenset({"mg", "mcg", "mEq", "mmol", "IU", "unit/mL"})
# Dose units that mark a drug before them (volumes do not: "lost 200 mL", "suction 50 cc").
HEAD_DOSE_UNITS = frozenset({"unit", "puff", "spray", "inhalation", "actuation"})
_WORD = r"[A-Za-z][A-Za-z0-9'\-]*"
_ABBREVIATION = re.compile(r"^[A-Z0-9][A-Z0-9\-]{0,5}$")
_SEPARATED_HEAD = re.compile(r"[ \t]*(?:,|;|\+|&|\band\b|\bplus\b)[ \t]*(?P<name>[A-Za-z][A-Za-z'\-]{3,})[ \t]+")
# a context word given, avoided or withheld as a drug ("no vitamin K as not bleeding",
# "received albumin.") but not "no iron deficiency"
_GIVEN_BEFORE = re.compile(r"(?i:\b(?:no|avoid|avoiding|hold|held|give|gave|given|giving|received?|receiving|"
                           r"start|started|administer(?:ed)?|take|takes|taking|took))[ \t]+$")
# "calcium and iron taken with Tirosint"
_TAKEN_AFTER = re.compile(r"[ \t]+(?i:taken|given)\b")
_BLANKS = re.compile(r"[ \t]*")
_COORDINATED = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|&|,)[ \t]*", re.I)
# a singular class word before the noun it describes ("diuretic dose", "opioid use")
_CLASS_NOUN_AFTER = re.compile(r"[ \t]+(?i:use|usage|dose|doses|dosing|burden|naive|na\u00efve|class)\b")
# a generic head after a class word ("sulfonamide antibiotics", "sulfa drugs")
_CLASS_HEAD = re.compile(r"[ \t]+(?i:antibiotics?|drugs|agents|medications)\b")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:)]|\n|$|(?i:as|given|because|due|since|needed|indicated|"
                               r"required|and|or|for|now|today|tonight|was|were|is)\b)")
# "estrogen-containing contraceptives", "sulfa-based drugs": a class named by its ingredient
_CONTAINING = re.compile(r"-(?:containing|based)[ \t]+[A-Za-z][A-Za-z\-]*[A-Za-z]")
# a brand's trademark word: CamelCase, not an English word ("QVAR RediHaler", "Diastat AcuDial",
# "Unisom SleepTabs"), or a strength + vitamin D product suffix ("Caltrate 600+D")
_TRADEMARK = re.compile(r"[ \t]+(?:[A-Z][a-z]+[A-Z][A-Za-z]*[a-z]|\d{2,4}[ \t]?\+[ \t]?D3?)(?![A-Za-z0-9])")
# "dopamine antagonists", "H2 blockers": a substance and a mechanism word name a drug class
_MECHANISM = re.compile(r"[ \t]+(?i:antagonists?|agonists?|blockers?|inhibitors?)(?![A-Za-z])")
# "Anticoagulant: Jantoven 5 mg": a singular class word heading a label names no drug given
_LABEL_AFTER = re.compile(r"[ \t]*:")
# a status word written right after the drug ("caffeine (stopped)", "caffeine discontinued")
_STATUS_GAP_AFTER = re.compile(r"[ \t]*\(?[ \t]*")
# a word that may be a misspelled drug ("rifaximan"; also the second part of "carbidopa-levadopa")
_SPELL_CANDIDATE = re.compile(r"(?<![A-Za-z0-9'])[A-Za-z]{5,}(?![A-Za-z0-9'])")
# taken, refused or stopped right before ("Refused scheduled Zyprexia dose", "started on X")
_TAKING_BEFORE = re.compile(
    r"(?i:\b(?:take|takes|taking|took|start|started|restart|restarted|resume|resumed|continue|continued|"
    r"refuse|refused|decline|declined|hold|held|stop|stopped|prescribed|switched[ \t]+to|started[ \t]+on|"
    r"trial[ \t]+of|course[ \t]+of)(?:[ \t]+(?!(?:the|a|an|his|her|their|this|that)\b)[a-z]+)?)[ \t]+$")
# a list item's head: only a bullet or number before the word on its line
_LIST_ITEM_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,2}[.)])|[.,:;][ \t]*\d{1,2}[.)])[ \t]*$")
_CLASS_OBJECT_BEFORE = re.compile(
    r"(?i:\b(?:chang|maintain|plac|inject|giv|gave|start|continu|switch|resum|restart|add|titrat)\w*)"
    r"[ \t]+(?:(?:the|his|her|their|some|a|an)[ \t]+)?$")
_ITEM_END = re.compile(r"[ \t]*[.,;]?[ \t]*(?:\n|$|,?[ \t]*\d{1,2}[.)][ \t])")
# an attribute right after the word, at most a bracketed gloss between ("Foo (bar) 10 mg")
_ATTRIBUTE_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?")
# "typical antipsychotics", "COX-1 inhibiting NSAIDs": a qualifier written before a plural class
_CLASS_QUALIFIER = re.compile(r"(?:(?P<object>[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9-]*)[ \t]+(?P<participle>[a-z]+ing)"
                              r"|(?P<adjective>[A-Za-z][a-z-]*(?:al|ic|ive)))[ \t]+$")
QUALIFIER_STOP = frozenset("""additional chronic clinical medical usual several potential prophylactic therapeutic
empiric empirical other special typical-dose historical initial original occasional""".split())
# the drug is a measurement or test, not something given: a skin-test control ("histamine
# control"), the anesthesia physical status ("ASA II"), a urine drug screen result ("UDS +
# amphetamines and THC")
_NOT_GIVEN_AFTER = re.compile(r"[ \t]+(?i:controls?)\b")
_ASA_CLASS_AFTER = re.compile(r"[ \t]+(?:(?:class[ \t]+)?(?:I{1,3}|IV|V|VI)E?|class[ \t]+[1-6]E?)(?![A-Za-z0-9])")
_SCREEN_RESULT = re.compile(r"(?i:\b(?:UDS|UTOX|U-?tox|urine[ \t]+(?:drug[ \t]+|tox(?:icology)?[ \t]+)?screen|"
                            r"drug[ \t]+screen|"
                            r"tox[ \t]+screen|utox)[ \t]*(?::[ \t]*)?(?:\+|positive|pos)(?:[ \t]+for)?)[ \t]+")
_CLAUSE_STOP = re.compile(r"[.;\n]")


@dataclass
class DrugSpan:
    """A drug mention: offsets, where it came from, and the CAS annotation it was read
    from (None for new ones)."""

    begin: int
    end: int
    source: str
    fs: Any = None
    merged: list[Any] = field(default_factory=list)  # other annotations folded into this one


class DrugFinder:
    """Completes, cleans and reshapes drug spans (see the module docstring)."""

    def __init__(self, vocab: MedicationVocabulary, patterns: AttributePatterns,
                 use_stems: bool = True, use_heads: bool = True, keep_overdosed: bool = False) -> None:
        self.patterns = patterns
        self.use_stems = use_stems
        self.use_heads = use_heads
        terms = vocab.entries("drug_terms")
        self.term_re = re.compile(phrase_pattern(terms))
        # context-gated terms: exact text for case-sensitive ones ("TPA" yes, "tPA" no)
        self.term_ctx_cs = {" ".join(e.phrase.split()) for e in terms if e.needs_context and e.case_sensitive}
        self.term_ctx = {normalize_phrase(e.phrase) for e in terms if e.needs_context and not e.case_sensitive}
        self.term_keys = {normalize_phrase(e.phrase) for e in terms}
        self.stems = tuple(sorted({e.phrase.lower() for e in vocab.entries("drug_stems")}))
        self.word_re = re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z][A-Za-z]{4,}(?![A-Za-z0-9])")
        self.stem_exceptions = vocab.words("stem_exceptions")
        self.not_drugs = vocab.words("not_drugs")
        generic = sorted(w for w in self.not_drugs if len(w) >= 3 and w.replace(" ", "").isalpha()
                         and not patterns.form_re.fullmatch(w) and not patterns.route_re.fullmatch(w))
        self.generic_after_re = re.compile(r"[ \t]+" + phrase_pattern(generic, case_sensitive=False))
        self.context_drugs = vocab.words("context_drugs")
        suffixes = [e for e in vocab.entries("drug_name_suffixes") if "before" not in e.flags]
        class_prefixes = [e for e in vocab.entries("drug_name_suffixes") if "before" in e.flags]
        self.class_prefix_re = re.compile(phrase_pattern(class_prefixes) + r"[ \t]+$") if class_prefixes else None
        self.class_keys = {normalize_phrase(e.phrase) for e in terms if e.value == "class"}
        self.suffix_re = re.compile(r"[ \t]+" + phrase_pattern(suffixes))
        self.suffix_words = frozenset(normalize_phrase(e.phrase) for e in suffixes)
        self.word_gap_re = re.compile(r"(?<=[A-Za-z0-9)])[ \t]+(?=[A-Za-z])")
        self.form_after_re = re.compile(r"[ \t]+" + patterns.form_re.pattern, re.I)
        # the drug names a cause or a diagnosis, not something given ("acetaminophen overdose",
        # "digoxin level", "opioid use disorder"); "OD" also means the right eye ("timolol OD bid")
        # keep_overdosed (drug literature): an overdosed drug stays a drug, its overdose a dose
        overdosed = "" if keep_overdosed else (
            r"overdose|(?-i:OD)(?=[ \t]*(?:[.,;:)\n]|$|(?:with|attempt|and|on|in|last|yesterday|today)\b))|")
        self.cause_re = re.compile(
            rf"[ \t-]+(?:{overdosed}poisoning|ingestion[ \t]+level|levels?|use[ \t]+disorder|use[ \t]+d/o"
            # a stone or crystal made of it ("calcium oxalate nephrolithiasis", "uric acid stones")
            r"|stones?|nephrolithiasis|urolithiasis|crystals?)\b"
            # an adjective ("honey-colored crust") or a lab result ("nitrite +", "nitrite negative")
            r"|-(?:colou?red|like|tinged|appearing)\b|[ \t]*\+(?=[ \t]*(?:[.,;)\n]|$))"
            r"|[ \t]+(?:positive|negative|pos|neg)\b", re.I)
        self.spelling = vocab.spelling
        # singular class words with a plural entry ("statin"/"statins") are count nouns that,
        # alone, mostly describe ("statin intolerance", "NSAID pain relievers")
        self.singular_classes = {k for k in self.class_keys if not k.endswith("s") and
                                 (k + "s" in self.class_keys or k + "es" in self.class_keys)}
        # "Os-Cal + D 500 mg": a "+" joins the words of one product name
        self.head_re = re.compile(rf"(?P<name>{_WORD}(?:(?:[ \t]*\+[ \t]*|[ \t]+){_WORD}){{0,2}})[ \t]*$")

    # ------------------------------------------------------------------------------------
    def find(self, text: str, existing: Iterable[DrugSpan], attributes: list[Attribute],
             windows: list[tuple[int, int]]) -> list[DrugSpan]:
        """The document's drug spans after steps 1-5, in text order, non-overlapping."""
        drugs = [self._trim_form(text, d) for d in existing if self._keep_existing(text, d)]
        drugs = self._resolve_overlaps(drugs + self._vocabulary_terms(text))
        if self.use_stems:
            drugs = self._add(drugs, self._stems(text))
        if self.spelling:
            drugs = self._add(drugs, self._misspellings(text, drugs, attributes))
        drugs = [self._extend(text, d) for d in drugs]
        drugs = self._resolve_overlaps(drugs)
        drugs = self._merge_combinations(text, drugs)
        drugs = [d for d in drugs if not self.cause_re.match(text, d.end) and not self._class_adjective(text, d)
                 and not _NOT_GIVEN_AFTER.match(text, d.end)
                 and not (text[d.begin:d.end] == "ASA" and _ASA_CLASS_AFTER.match(text, d.end))]
        drugs = _drop_screen_results(text, drugs)
        if self.use_heads:
            drugs = self._add(drugs, self._heads(text, drugs, attributes, windows))
        drugs = self._keep_in_context(text, drugs, attributes)
        attr_spans = IntervalSet((a.begin, a.end, a) for a in attributes)
        drugs = [d for d in drugs if not _covered_by_attributes(text, d, attr_spans)
                 and not _attribute_and_number(text, d, attr_spans)]
        drugs = self._add(drugs, self._repeats(text, drugs, attr_spans))
        return sorted(drugs, key=lambda d: (d.begin, d.end))

    def _class_adjective(self, text: str, d: DrugSpan) -> bool:
        """A singular class word describing a noun ("diuretic dose", "opioid use",
        "anticholinergic burden") names no drug given."""
        key = normalize_phrase(text[d.begin:d.end])
        return key in self.class_keys and not key.endswith("s") and (
            _CLASS_NOUN_AFTER.match(text, d.end) is not None or _LABEL_AFTER.match(text, d.end) is not None)

    def modifies_generic(self, text: str, a: Attribute) -> bool:
        """The attribute is written right before a generic word ("IV antibiotics", "2 units pRBC"):
        it describes that word, not a drug."""
        m = self.generic_after_re.match(text, a.end)
        # "4% Adhesive Patch": the word opens the drug's form
        return a.kind != STATUS_CHANGE and m is not None and \
            self.form_after_re.match(text, a.end) is None

    def _repeats(self, text: str, drugs: list[DrugSpan], attr_spans: IntervalSet) -> list[DrugSpan]:
        """Other mentions of a name found once as a drug ("stop Keflex" after "Keflex 500 mg")."""
        names = {text[d.begin:d.end] for d in drugs if d.source in (HEAD, STEM, SPELLING)}
        # "sevelemer carbonate 800 mg ... increase sevelemer": the name without its salt word
        names |= {self._base_name(n) for n in names}
        names = {n for n in names if len(n) >= 4 and normalize_phrase(n) not in self.context_drugs}
        if not names:
            return []
        pattern = re.compile(phrase_pattern(sorted(names), case_sensitive=False))
        return [DrugSpan(m.start(), m.end(), HEAD) for m in pattern.finditer(text)
                if not attr_spans.overlaps(m.start(), m.end())]

    def _base_name(self, name: str) -> str:
        """``name`` without the release, salt or device words written after it."""
        words = name.split()
        while len(words) > 1 and words[-1].lower() in self.suffix_words:
            words.pop()
        return " ".join(words)

    def _keep_existing(self, text: str, d: DrugSpan) -> bool:
        surface = text[d.begin:d.end]
        key = normalize_phrase(surface)
        if key in self.not_drugs:
            return False
        # very short upper-case dictionary hits are usually other abbreviations
        return not (len(surface) <= 3 and surface.isupper() and key not in self.term_keys)

    def _trim_form(self, text: str, d: DrugSpan) -> DrugSpan:
        """A dictionary name ending in dosage-form words loses them ("nicotine lozenges" ->
        "nicotine" + Form "lozenges", "Timolol eye drops"); device names written in capitals
        or listed as name suffixes stay ("ProAir HFA", "Advair Diskus")."""
        for m in self.word_gap_re.finditer(text, d.begin, d.end):  # longest trailing form first
            tail = text[m.end():d.end]
            if self.patterns.form_re.fullmatch(tail):
                if tail.isupper() or normalize_phrase(tail) in self.suffix_words:
                    return d
                return DrugSpan(d.begin, m.start(), d.source, d.fs, d.merged)
        return d

    def _vocabulary_terms(self, text: str) -> list[DrugSpan]:
        return [DrugSpan(m.start(), m.end(), VOCABULARY) for m in self.term_re.finditer(text)]

    def _stems(self, text: str) -> list[DrugSpan]:
        out = []
        for m in self.word_re.finditer(text):
            word = m.group().lower()
            if word.endswith(self.stems) and word not in self.stem_exceptions and word not in self.not_drugs \
                    and not any(word == stem for stem in self.stems):
                out.append(DrugSpan(m.start(), m.end(), STEM))
        return out

    def _misspellings(self, text: str, drugs: list[DrugSpan], attributes: list[Attribute]) -> list[DrugSpan]:
        """Words a letter or two off a drug name ("rifaximan", "Trileptol"), not ordinary words,
        written in a medication context (:meth:`_medication_context`)."""
        taken = IntervalSet((d.begin, d.end, d) for d in drugs)
        out = []
        known, names = self.spelling.known, self.spelling.names
        for m in _SPELL_CANDIDATE.finditer(text):
            word = m.group()
            lower = word.lower()
            # most words are ordinary or exact names: the cheap set tests go first
            if lower in known or lower in names or lower in HEAD_STOP or lower in self.not_drugs:
                continue
            # lower case, Capitalized or ALL CAPS; inner capitals are abbreviations ("HBsAb")
            if not (word.islower() or word.isupper() or word[1:].islower()):
                continue
            if taken.overlaps(m.start(), m.end()):
                continue
            if self.spelling.match(word) is not None and self._medication_context(text, m.start(), m.end(), attributes):
                out.append(DrugSpan(m.start(), m.end(), SPELLING))
        return out

    @staticmethod
    def _medication_context(text: str, begin: int, end: int, attributes: list[Attribute]) -> bool:
        """An attribute right after the word (or a route right before), a taking/refusing verb
        before it or ``dose`` after it, or the head of a list item."""
        for a in attributes:
            if a.needs_context or a.kind == STATUS_CHANGE:
                continue
            if a.begin >= end and _ATTRIBUTE_GAP.fullmatch(text, end, a.begin):
                return True
            if a.kind == ROUTE and 0 < begin - a.end <= 2 and not text[a.end:begin].strip():
                return True
        return bool(_TAKING_BEFORE.search(text, max(0, begin - 40), begin) or DOSE_NOUN_AFTER.match(text, end)
                    or _LIST_ITEM_BEFORE.search(text, max(0, begin - 12), begin))

    @staticmethod
    def _add(drugs: list[DrugSpan], new: Iterable[DrugSpan]) -> list[DrugSpan]:
        """``drugs`` plus the new spans that overlap none of them."""
        taken = IntervalSet((d.begin, d.end, d) for d in drugs)
        out = list(drugs)
        for d in new:
            if taken.add(d.begin, d.end, d):
                out.append(d)
        return out

    def _extend(self, text: str, d: DrugSpan) -> DrugSpan:
        end = d.end
        while True:
            m = self.suffix_re.match(text, end)
            if m is None or _starts_form(self.patterns, text, m):
                break
            end = m.end()
        m = _CONTAINING.match(text, end)
        if m is not None:
            end = m.end()
        if (m := _TRADEMARK.match(text, end)) is not None and not _starts_form(self.patterns, text, m):
            end = m.end()
        if (m := _MECHANISM.match(text, end)) is not None:
            end = m.end()
        # "sulfonamide antibiotics", "sulfa drugs": a class word and a generic head are one class
        if normalize_phrase(text[d.begin:end]) in self.class_keys and (m := _CLASS_HEAD.match(text, end)):
            end = m.end()
        begin = d.begin
        key = normalize_phrase(text[begin:end])
        if self.class_prefix_re is not None and key in self.class_keys:
            while (m := self.class_prefix_re.search(text, max(0, begin - 30), begin)) is not None:
                begin = m.start()
        if begin == d.begin and key in self.class_keys and key.endswith("s"):
            begin = self._qualifier_start(text, begin)
        if (begin, end) != (d.begin, d.end):
            return DrugSpan(begin, end, d.source, d.fs, d.merged)
        return d

    def _qualifier_start(self, text: str, begin: int) -> int:
        """Start of a qualifier written before a plural class ("typical antipsychotics",
        "COX-1 inhibiting NSAIDs"); ``begin`` when there is none. Routes ("oral steroids") and
        general adjectives ("chronic opioids") are not part of the name."""
        m = _CLASS_QUALIFIER.search(text, max(0, begin - 40), begin)
        if m is None:
            return begin
        if m.group("participle"):
            return m.start("object")
        word = m.group("adjective")
        if word.lower() in QUALIFIER_STOP or word.lower() in HEAD_STOP or self.patterns.route_re.fullmatch(word):
            return begin
        return m.start("adjective")

    @staticmethod
    def _resolve_overlaps(drugs: list[DrugSpan]) -> list[DrugSpan]:
        """Longest span first; an annotation inside a kept span is folded into it."""
        kept: IntervalSet[DrugSpan] = IntervalSet()
        for d in sorted(drugs, key=lambda d: (-(d.end - d.begin), d.begin)):
            i = kept.find(d.begin, d.end)
            host = kept.payloads[i] if i is not None else None
            if host is None:
                kept.add(d.begin, d.end, d)
            elif d.fs is not None:
                if host.fs is None:
                    host.fs = d.fs
                else:
                    host.merged.append(d.fs)
        return list(kept.payloads)

    def _merge_combinations(self, text: str, drugs: list[DrugSpan]) -> list[DrugSpan]:
        out: list[DrugSpan] = []
        for d in drugs:
            prev = out[-1] if out else None
            if prev is not None and text[prev.end:d.begin] == "-" and \
                    _is_single_name(text[prev.begin:prev.end]) and _is_single_name(text[d.begin:d.end]):
                fs = prev.fs if prev.fs is not None else d.fs
                merged = prev.merged + d.merged + ([d.fs] if prev.fs is not None and d.fs is not None else [])
                out[-1] = DrugSpan(prev.begin, d.end, prev.source, fs, merged)
            else:
                out.append(d)
        return out

    def _heads(self, text: str, drugs: list[DrugSpan], attributes: list[Attribute],
               windows: list[tuple[int, int]]) -> list[DrugSpan]:
        out = []
        ends = sorted(d.end for d in drugs)
        starts = [b for b, _ in windows]
        attr_ends = [x.end for x in attributes]
        for a in attributes:
            unit = a.value.get("unit", "")
            # "- Yaz 1 tab PO daily": a count of forms heads a drug only at the head of a list line
            count = a.kind == DOSAGE and not unit and self.patterns.form_after_re.match(text, a.end) is not None
            if a.needs_context or not ((a.kind == STRENGTH and unit.split("/")[0] in HEAD_STRENGTH_UNITS) or
                                       (a.kind == DOSAGE and unit in HEAD_DOSE_UNITS) or count):
                continue
            w_begin = windows[bisect_right(starts, a.begin) - 1][0] if windows else 0
            # a drug ends between the window start and the attribute: a head only right after
            # that drug's attributes and a separator
            if bisect_right(ends, a.begin) - bisect_left(ends, w_begin + 1) > 0 or \
                    any(w_begin <= d.begin and d.end <= a.begin for d in out[-3:]):
                found = self._head_after_separator(text, a, attributes, attr_ends, w_begin)
                if found is not None:
                    out.append(found)
                continue
            line = text[w_begin:a.begin]
            m = self.head_re.search(line)
            if m is None:
                continue
            words = list(re.finditer(_WORD, m.group("name")))
            # from the line head take up to three words; in running text only the last one
            at_head = not text[w_begin:w_begin + m.start()].strip(" \t-*•0123456789.)")
            if not at_head:
                if count:
                    continue
                words = words[-1:]
            while words and words[0].group().lower() in HEAD_STOP:
                words = words[1:]
            if not words or any(w.group().lower() in HEAD_STOP for w in words):
                continue
            begin = w_begin + m.start("name") + words[0].start()
            end = w_begin + m.start("name") + words[-1].end()
            name = text[begin:end]
            if len(name) < 3 or _looks_like_attribute(self.patterns, name) or \
                    normalize_phrase(name) in self.not_drugs or name.lower().endswith(HEAD_STOP_ENDINGS):
                continue
            out.append(DrugSpan(begin, end, HEAD))
        return out

    def _head_after_separator(self, text: str, a: Attribute, attributes: list[Attribute],
                              attr_ends: list[int], w_begin: int) -> DrugSpan | None:
        """"Xarelto 20 mg daily and Foo 300 mg": one unknown word between a separator that
        follows another attribute and this strength is a second drug of the clause."""
        i = bisect_right(attr_ends, a.begin) - 1
        if i < 0 or attributes[i].end <= w_begin:
            return None
        m = _SEPARATED_HEAD.fullmatch(text, attributes[i].end, a.begin)
        if m is None:
            return None
        name = m.group("name")
        if name.lower() in HEAD_STOP or name.lower().endswith(HEAD_STOP_ENDINGS) or \
                normalize_phrase(name) in self.not_drugs or _looks_like_attribute(self.patterns, name):
            return None
        return DrugSpan(m.start("name"), m.end("name"), HEAD)

    def _keep_in_context(self, text: str, drugs: list[DrugSpan], attributes: list[Attribute]) -> list[DrugSpan]:
        """Drugs whose context allows them; a context word coordinated with another context
        word kept by its context is kept too ("Take calcium and iron with dinner"; not
        "cortisol, ACTH, potassium, aldosterone level")."""
        drugs = sorted(drugs, key=lambda d: (d.begin, d.end))
        gated = [self._gated(text, d) for d in drugs]
        keep = [not g or self._in_context(text, d, attributes) for d, g in zip(drugs, gated)]
        joined = [j for j in range(len(drugs) - 1) if _COORDINATED.fullmatch(text, drugs[j].end, drugs[j + 1].begin)]
        changed = True
        while changed:  # a kept drug passes its context along a coordinated list
            changed = False
            for j in joined:
                if gated[j] and gated[j + 1] and keep[j] != keep[j + 1]:
                    keep[j] = keep[j + 1] = changed = True
        return [d for d, k in zip(drugs, keep) if k]

    def _gated(self, text: str, d: DrugSpan) -> bool:
        surface = text[d.begin:d.end]
        key = normalize_phrase(surface)
        return key in self.context_drugs or key in self.singular_classes or (d.source == VOCABULARY and (
            key in self.term_ctx or " ".join(surface.split()) in self.term_ctx_cs))

    def _in_context(self, text: str, d: DrugSpan, attributes: list[Attribute]) -> bool:
        """A context word given, withheld or taken, or next to an attribute or status word
        (a singular class word only next to an attribute: "IV PPI gtt", not "No antiemetic given")."""
        singular_class = normalize_phrase(text[d.begin:d.end]) in self.singular_classes
        if singular_class:
            # "2.  Beta-blocker." : a list item naming the class alone
            if _LIST_ITEM_BEFORE.search(text, max(0, d.begin - 12), d.begin) and _ITEM_END.match(text, d.end):
                return True
            # "changing his alpha-blocker", "maintain beta-blocker therapy", "place some steroid"
            if _CLASS_OBJECT_BEFORE.search(text, max(0, d.begin - 30), d.begin):
                return True
        elif _GIVEN_BEFORE.search(text, max(0, d.begin - 25), d.begin) and _CLAUSE_END_AFTER.match(text, d.end):
            return True
        if not singular_class and _TAKEN_AFTER.match(text, d.end):
            return True
        is_term = d.source == VOCABULARY and normalize_phrase(text[d.begin:d.end]) not in self.context_drugs
        for a in attributes:
            # "oral iron", "IV potassium"; a product name before its form ("Goody's powders"),
            # not a substance ("sterile saline solution")
            if (a.kind == ROUTE and 0 < d.begin - a.end <= 2 and not text[a.end:d.begin].strip()) or \
                    (is_term and a.kind == FORM and 0 < a.begin - d.end <= 2 and not text[d.end:a.begin].strip()):
                return True
            if a.kind == STATUS_CHANGE:
                if 0 <= d.begin - a.end <= 12 and \
                        re.fullmatch(r"[ \t]*(?:on[ \t]+|to[ \t]+)?(?:the[ \t]+)?", text[a.end:d.begin]):
                    return True
                if a.value.get("direction") in ("after", "both") and \
                        _STATUS_GAP_AFTER.fullmatch(text, d.end, a.begin) is not None:
                    return True
            elif not a.needs_context and 0 <= a.begin - d.end <= 25 and \
                    re.fullmatch(r"[\w \t,()|-]*", text[d.end:a.begin]) and "\n" not in text[d.end:a.begin]:
                return True
        return False


def _drop_screen_results(text: str, drugs: list[DrugSpan]) -> list[DrugSpan]:
    """Without the drugs named as a drug-screen result, up to the clause end ("UDS +
    amphetamines and THC.")."""
    out = []
    for d in drugs:
        start = max(0, d.begin - 80)
        hits = [m for m in _SCREEN_RESULT.finditer(text, start, d.begin)]
        if hits and not _CLAUSE_STOP.search(text, hits[-1].end(), d.begin):
            continue
        out.append(d)
    return out


def _covered_by_attributes(text: str, d: DrugSpan, attr_spans: IntervalSet) -> bool:
    """The drug span is attribute words only ("ophthalmic solution", "oral suspension")."""
    pos = d.begin
    while pos < d.end:
        i = attr_spans.find(pos, pos + 1)
        if i is None or attr_spans.begins[i] > pos:
            return False
        pos = _BLANKS.match(text, attr_spans.ends[i]).end()
    return True


def _attribute_and_number(text: str, d: DrugSpan, attr_spans: IntervalSet) -> bool:
    """A dictionary hit made of an attribute word and a number ("cap 1" in "cap 1-2 caps PO")."""
    i = attr_spans.find(d.begin, d.begin + 1)
    if i is None or attr_spans.begins[i] != d.begin or attr_spans.ends[i] >= d.end:
        return False
    return not re.search(r"[A-Za-z]", text[attr_spans.ends[i]:d.end])


def _starts_form(patterns: AttributePatterns, text: str, m: re.Match) -> bool:
    """The suffix word itself opens a form span ("ER tab")."""
    found = patterns.form_re.match(text, m.start() + len(m.group()) - len(m.group().lstrip()))
    return found is not None and found.end() > m.end()


def _is_single_name(surface: str) -> bool:
    """One word that is not an abbreviation: ``amoxicillin`` joins ``clavulanate``, while
    ``HCTZ`` or ``calcium carbonate`` / ``vit D`` stay separate drugs."""
    return not _ABBREVIATION.match(surface) and not any(c.isspace() for c in surface)


def _looks_like_attribute(patterns: AttributePatterns, name: str) -> bool:
    return any(r.fullmatch(name) for r in (patterns.route_re, patterns.form_re, patterns.freq_re))
