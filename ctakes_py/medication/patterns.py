"""Medication attribute patterns: strength, dosage, form, route, frequency, duration and
status change, found by compiled regexes over a text.

:class:`AttributePatterns` is built once from a :class:`~.vocabulary.MedicationVocabulary`;
:meth:`AttributePatterns.find` returns non-overlapping :class:`Attribute` spans (longest
first, then by kind priority) outside the zones that never hold an attribute of a drug:
list numbers (``2.``), dispense quantities (``Disp: 30 tabs``, ``#30``, ``Refills: 2``) and
limits (``max 4 g/day``). Span rules follow the n2c2 2018 guideline: the count of a
physical form is the Dosage and the form word is the Form (``2 tabs`` -> ``2`` + ``tabs``),
other dose units stay in the Dosage (``2 puffs``, ``7 mL``, ``18 units``, ``1 gtt``), a
route adjective written in the form phrase is part of the Form (``nasal spray``, ``SL film``)
while a route written alone is a Route (``intranasal``), a frequency keeps an adjacent
``prn``, its gloss and a meal/time anchor (``q6h prn``, ``DAILY PRN (as needed)``, ``bid ac``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from .intervals import IntervalSet
from .vocabulary import Entry, MedicationVocabulary, normalize_phrase, phrase_pattern

STRENGTH = "Strength"
DOSAGE = "Dosage"
FORM = "Form"
ROUTE = "Route"
FREQUENCY = "Frequency"
DURATION = "Duration"
STATUS_CHANGE = "StatusChange"
KINDS = (STRENGTH, DOSAGE, FORM, ROUTE, FREQUENCY, DURATION, STATUS_CHANGE)
# Ties between equally long overlapping candidates go to the earlier kind here.
_PRIORITY = {k: i for i, k in enumerate((DURATION, STRENGTH, DOSAGE, FREQUENCY, FORM, ROUTE, STATUS_CHANGE))}

# a mixed number ("1 1/2", "1 and 1/2", "1½") before plain numbers
NUM = r"[1-9][ \t]+(?:and[ \t]+)?[1-3]/[234](?![\d/])|\d*[½¼¾]|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
NUMR = rf"(?:{NUM})(?:[ \t]?(?:-|–|/|to)[ \t]?(?:{NUM}))*(?:[ \t]+(?i:million|thousand))?"
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "half": 0.5,
    "one-half": 0.5, "one half": 0.5, "a half": 0.5,
}
# (literal alternatives are written as character tries: Python's re tries plain
# alternatives one by one at every word start)
WORDNUM = phrase_pattern(sorted(WORD_NUMBERS), case_sensitive=False, bounded=False)
# "One (1)", "Twenty Two (22)", "one-half (0.5)"
SPELLED = rf"(?i:{WORDNUM}(?:[ \t-]{WORDNUM})?)[ \t]*\([ \t]*(?:{NUMR})[ \t]*\)"
TIME_UNIT = r"(?:days?|d|weeks?|wks?|wk|w|months?|mos?|mo|years?|yrs?|yr|doses?|hours?|hrs?|h|nights?|cycles?)"
# weekday schedules: a list of two or more days ("Tu/Th/Sa/Su", "Mon/Thu"; with one-letter
# days three or more: "M/W/F", not "M/F") or "q"/"every" and a day ("q Sunday", "every Mon")
_DAYS = ("Monday", "Mon", "Tuesday", "Tues", "Tue", "Tu", "Wednesday", "Wed", "We", "Thursday", "Thurs", "Thur",
         "Thu", "Th", "Friday", "Fri", "Fr", "Saturday", "Sat", "Sa", "Sunday", "Sun", "Su")
_DAY = phrase_pattern(list(_DAYS), case_sensitive=True, bounded=False)
_DAY1 = phrase_pattern([*_DAYS, "M", "T", "W", "R", "F"], case_sensitive=True, bounded=False)
_DAY_NAME = phrase_pattern([d for d in _DAYS if len(d) >= 3], case_sensitive=False, bounded=False) + "s?"
WEEKDAYS = (rf"(?-i:(?P<wd>{_DAY}(?:[ \t]?/[ \t]?{_DAY}){{1,6}}|{_DAY1}(?:/{_DAY1}){{2,6}})"
            rf"|(?P<wq>(?i:q|every)[ \t.]?{_DAY_NAME}))(?![A-Za-z0-9/])")
_B = r"(?<![A-Za-z0-9])"   # start boundary
_E = r"(?![A-Za-z0-9])"    # end boundary


@dataclass(frozen=True)
class Attribute:
    """One attribute span. ``value`` holds the normalized form: strength/dosage
    ``number``/``unit``, frequency ``number``/``unit``, route/form/duration/status ``value``."""

    kind: str
    begin: int
    end: int
    value: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    needs_context: bool = field(default=False, compare=False, hash=False)


class AttributePatterns:
    """Compiled attribute regexes for one vocabulary."""

    def __init__(self, vocab: MedicationVocabulary) -> None:
        self.vocab = vocab
        units = vocab.entries("units")
        s_units = [e for e in units if e.values[0] == "strength"]
        d_units = [e for e in units if e.values[0] == "dose"]
        self.unit_norm = {normalize_phrase(e.phrase): e.values[1] for e in units}
        self.unit_ctx = frozenset(normalize_phrase(e.phrase) for e in units if e.needs_context)
        s_unit = phrase_pattern(s_units, case_sensitive=False, bounded=False)
        d_unit = phrase_pattern(d_units, case_sensitive=False, bounded=False)
        forms = vocab.entries("forms")
        form_word = phrase_pattern(forms, bounded=False)
        prefixes = vocab.entries("form_prefixes")
        prefix = phrase_pattern([e for e in prefixes if "after" not in e.flags], case_sensitive=False, bounded=False)
        qualifier = phrase_pattern(prefixes, case_sensitive=False, bounded=False)
        self.form_norm = {normalize_phrase(e.phrase): e.value for e in forms}
        self.form_ctx = _flagged(forms, "ctx")
        self.form_count = _flagged(forms, "count")
        # a release/route qualifier written after the form word ("Tablet, Delayed Release (E.C.)",
        # "Tablet, Chewable", "Capsule, ER") belongs to the form span; without a comma only the
        # spelled-out release words do ("tablet sublingual" is a form and a route)
        release = rf"(?:(?:,?[ \t]+(?i:extended|delayed|sustained)[ \t]+(?i:release)|,[ \t]+{qualifier})" \
                  r"(?:[ \t]*\((?i:e\.?c\.?)\))?)?(?:[ \t]+\d+[ \t]*(?i:hr|hour))?"
        self.form_re = re.compile(
            rf"{_B}(?:{prefix}[ \t]+)?{form_word}{release}{_E}|{_B}(?:tablet|capsule)\(s\)", re.I)

        # --- strength / dosage -------------------------------------------------------
        per = r"[ \t]?/[ \t]?"
        rate_unit = r"(?:mcg|mg|g|units?|u|mL|ml|mEq|meq|ng|mmol)"
        self.rate_re = re.compile(
            rf"{_B}(?P<num>{NUMR})[ \t]?(?P<unit>{rate_unit}{per}(?:kg{per})?(?:min|minute|hr|h|hour)){_E}", re.I)
        # what a patch releases per day or per wear ("0.1 mg/24 hr", "21 mg/24 hours",
        # "1 mg/3 days") is its strength
        self.release_rate_re = re.compile(
            rf"{_B}(?P<num>{NUMR})[ \t]?(?P<unit>(?:mcg|mg){per}"
            rf"(?:(?:24|72)[ \t]?(?:hrs?|h|hours?)|[1-7][ \t]?days?)){_E}",
            re.I)
        self.conc_re = re.compile(
            rf"{_B}(?P<num>{NUMR})[ \t]?(?P<unit>(?:mg(?:[ \t]?PE)?|mcg|g|gm|grams?|units?|unit|mEq|meq|mmol|IU){per}"
            rf"(?:(?:{NUM})[ \t]?(?:mL|ml|L|g)|mL|ml|g|gm|gram|actuation|act|spray|puff|dose|tab|tablet|cap|capsule|m2"
            rf"|kg(?:{per}(?:day|dose))?))"
            rf"(?!{per}(?:min|hr|h|hour))"
            rf"(?:[ \t]*\([ \t]*(?:{NUM})[ \t]?%[ \t]*\))?"   # "2.5 mg/3 mL (0.083 %)"
            rf"{_E}", re.I)
        self.percent_re = re.compile(rf"{_B}(?P<num>{NUM})[ \t]?(?P<unit>%)")
        self.strength_re = re.compile(
            rf"{_B}(?P<num>{NUMR})[ \t]?(?P<unit>{s_unit}){_E}(?![ \t]?/[ \t]?(?:d?[lL]|hpf|min|hr|h|kg|m2)\b)", re.I)
        # a two-ingredient strength written with both units ("600 mg-400 unit", "5 mg/325 mg")
        both = rf"(?:{s_unit}|units?|u)"
        self.combo_re = re.compile(
            rf"{_B}(?P<num>{NUMR})[ \t]?(?P<unit>{both})[ \t]?[-/][ \t]?(?:{NUMR})[ \t]?{both}{_E}"
            rf"(?![ \t]?/[ \t]?(?:d?[lL]|min|hr|h|kg|m2)\b)", re.I)
        self.dose_unit_re = re.compile(
            rf"{_B}(?P<num>{SPELLED}|{NUMR}|(?i:{WORDNUM}))[ \t]?(?P<unit>{d_unit}){_E}(?![ \t]?/)", re.I)
        self.count_form_re = re.compile(
            rf"{_B}(?P<num>{SPELLED}|{NUMR}|(?i:{WORDNUM}))(?=[ \t]+(?:(?:{prefix})[ \t]+)?{form_word}{_E})"
            # "half a tablet": the count is "half"
            rf"|{_B}(?P<half>half)(?=[ \t]+an?[ \t]+(?:(?:{prefix})[ \t]+)?{form_word}{_E})", re.I)
        # an amount of a cream or gel spread on the skin ("apply a thin layer")
        self.layer_re = re.compile(rf"{_B}thin[ \t]+(?:layer|film|coat)(?:ing)?{_E}", re.I)
        self.spelled_re = re.compile(rf"{_B}(?P<num>{SPELLED})")
        self.count_before_re = re.compile(rf"(?:{NUMR}|{SPELLED}|(?i:{WORDNUM}))[ \t]+$")
        self.form_after_re = re.compile(rf"[ \t]+{form_word}{_E}", re.I)

        # --- route / frequency / duration / status ---------------------------------------
        routes = vocab.entries("routes")
        self.route_re = re.compile(phrase_pattern(routes))
        self.route_norm = {normalize_phrase(e.phrase): e.value for e in routes}
        self.route_ctx = _flagged(routes, "ctx")

        freqs = vocab.entries("frequencies")
        prn_words = [e for e in freqs if not e.values[0] and e.phrase.lower().replace(".", "").replace("-", " ")
                     in ("prn", "as needed", "p r n")]
        core = [e for e in freqs if e not in prn_words]
        self.freq_norm = {normalize_phrase(e.phrase): (e.values[0], e.values[1]) for e in freqs}
        self.freq_ctx = {normalize_phrase(e.phrase) for e in freqs if e.needs_context}
        anchors = vocab.entries("frequency_anchors")
        prn = phrase_pattern(prn_words, case_sensitive=False, bounded=False)
        anchor = phrase_pattern(anchors, case_sensitive=False, bounded=False)
        words = phrase_pattern(core, case_sensitive=False, bounded=False)
        q_num = (r"q[ \t.]?(?P<qn>\d+)(?:[ \t]?(?:-|to)[ \t]?(?P<qn2>\d+))?[ \t]?"
                 r"(?P<qu>h|hr|hrs|hour|hours|min|mins|minutes|d|days?|w|wk|wks|weeks?|months?|mo)")
        gloss = rf"(?:[ \t]*\([ \t]*{WORDNUM}[ \t]*\))?"  # "every 8 (eight) hours", "2 (two) times daily"
        every = (rf"every[ \t]+(?P<en>\d+|{WORDNUM}|other){gloss}(?:[ \t]?(?:-|to)[ \t]?(?P<en2>\d+){gloss})?[ \t]+"
                 rf"(?P<eu>hours?|hrs?|days?|weeks?|months?|minutes?|mins?)")
        times = (rf"(?P<tn>\d+(?:[ \t]?(?:-|to)[ \t]?\d+)?|{WORDNUM}|once|twice){gloss}[ \t]?(?:x|times?)"
                 rf"[ \t]*(?:a|per|each|every|/)?[ \t]*(?P<tu>day|daily|week|weekly|month|monthly)")
        # a patch worn part of the day ("12 hours on/12 hours off", "12 hrs on, 12 off")
        hours = r"(?:hours?|hrs?|h)"
        on_off = (rf"(?P<on>\d+)[ \t]?{hours}[ \t]+on[ \t]*(?:/|,|;|and)?[ \t]*(?:then[ \t]+)?"
                  rf"\d+(?:[ \t]?{hours})?[ \t]+off")
        # "on Mondays", "on Mondays and Thursdays", "on weekends": a weekly schedule (plural days)
        day_pl = phrase_pattern([d for d in _DAYS if len(d) >= 6], case_sensitive=False, bounded=False) + "s"
        day_one = phrase_pattern([d for d in _DAYS if len(d) >= 3], case_sensitive=False, bounded=False)
        day_sep = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]*/[ \t]*)"
        # ... or a list of two or more days ("on Monday, Wednesday and Friday"; one day is a date)
        on_days = (rf"on[ \t]+(?P<od>{day_pl}(?:{day_sep}{day_pl})*|{day_one}(?:{day_sep}{day_one})+"
                   rf"|weekends|weekdays)")
        # a lead time before or after an anchor ("30 min before HD", "1 hour before activity",
        # "0-15 min before meals")
        timed = [e for e in anchors if re.match(r"(?i)(?:before|after)\b", e.phrase)]
        lead = (rf"(?:within[ \t]+)?(?:{NUMR}|{WORDNUM}|an?)[ \t]?(?:-[ \t]?)?"
                rf"(?:minutes?|mins?|min|hours?|hrs?|hr|h)[ \t]+"
                rf"{phrase_pattern(timed, case_sensitive=False, bounded=False)}")
        lead_plain = re.sub(r"\(\?P<\w+>", "(?:", lead)
        # the interval of a dose series ("x 2 doses 1 week apart"; hours apart separate two drugs)
        apart = rf"(?P<ap>{NUMR}|{WORDNUM}|a)[ \t]?(?P<apu>days?|weeks?|wks?|months?)[ \t]+apart"
        # the days of a chemotherapy cycle ("days 1-14 of each 21-day cycle", "days 1-14 q21 days")
        cycle = (r"(?P<cy>days[ \t]+\d+[ \t]?(?:-|to)[ \t]?\d+)"
                 r"(?:,?[ \t]+(?:of[ \t]+(?:each|every|a)[ \t]+\d+[ \t]?-?[ \t]?day[ \t]+cycle"
                 r"|q[ \t]?\d+[ \t]?(?:days|d)|every[ \t]+\d+[ \t]+days))?")
        core_re = rf"(?:{q_num}|{every}|{times}|{on_off}|{on_days}|{WEEKDAYS}|{lead}|{apart}|{cycle}|{words})"
        core_plain = re.sub(r"\(\?P<\w+>", "(?:", core_re)
        sep = r"[ \t]*,?[ \t]*"
        clock = r"at[ \t]+\d{1,2}(?::\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)"  # "daily at 8 pm"
        self.freq_re = re.compile(
            rf"{_B}(?:(?P<core>{core_re})(?:[ \t]*\([ \t]*{core_plain}[ \t]*\))?"
            rf"(?:[ \t]+on[ \t]+{_DAY_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_DAY_NAME})*)?"  # weekly on Fridays
            rf"(?:{sep}(?:{lead_plain}|{anchor}|{clock}))?(?:{sep}(?:{prn})(?:[ \t]*\([ \t]*(?:{prn})[ \t]*\))?)?"
            rf"|(?:{prn})(?:[ \t]+{core_plain})?|(?P<anchor>{anchor})(?:{sep}(?:{prn}))?"
            # a clock time alone, next to a drug ("1 tablet PO at 5 PM with food")
            rf"|(?P<clock>{clock})(?:{sep}{anchor})?){_E}", re.I)

        self.duration_re = re.compile(
            rf"{_B}(?:(?:x|×|for)[ \t]?(?:a[ \t]+total[ \t]+of[ \t]+|another[ \t]+|the[ \t]+next[ \t]+|"
            rf"an?[ \t]+additional[ \t]+|additional[ \t]+|at[ \t]+least[ \t]+)?"
            rf"(?P<dn>{NUMR}|{WORDNUM}|a|an)[ \t]?(?:more[ \t]+|additional[ \t]+|total[ \t]+)?"
            rf"(?P<du>{TIME_UNIT})"
            rf"|(?P<dn2>{NUMR}|{WORDNUM})[ \t]?-?[ \t]?(?P<du2>day|week|month)[ \t]+course"
            # an infusion time ("over 2 hours", "over 30 min")
            rf"|over[ \t]+(?:{NUMR}|{WORDNUM}|an?)[ \t]?(?:hours?|hrs?|h|minutes?|mins?|min)"
            # an end point in weeks of pregnancy or of treatment ("until 36 weeks")
            rf"|until[ \t]+(?:{NUMR})[ \t]?(?:weeks?|wks?|months?)(?![ \t]+ago\b)){_E}", re.I)
        # "to complete 14 days": the length of the course, without the verb
        self.complete_re = re.compile(
            rf"{_B}(?i:complete|completing|finish)[ \t]+(?:a[ \t]+)?(?:total[ \t]+of[ \t]+)?"
            rf"(?P<span>(?:{NUMR}|{WORDNUM})[ \t]?-?[ \t]?(?:days?|weeks?|months?)){_E}", re.I)
        # a course without an end ("doxy 100 mg PO BID indefinitely"), only next to its drug
        self.open_course_re = re.compile(rf"{_B}(?:indefinitely|lifelong){_E}", re.I)
        self.day_of_re = re.compile(
            rf"{_B}(?:day|week|wk|month|cycle|dose)[ \t]+\d+[ \t]+of[ \t]+(?P<total>\d+){_E}", re.I)

        status = vocab.entries("status_changes")
        self.status_re = re.compile(phrase_pattern(status, case_sensitive=False))
        self.status_norm = {normalize_phrase(e.phrase): (e.values[0], e.values[1]) for e in status}

        # a result written after its measurement's name ("EF 25%", "citrate 480 mg, volume 2.6 L")
        analytes = phrase_pattern(sorted(vocab.words("lab_analytes")), case_sensitive=False)
        self.analyte_before_re = re.compile(rf"{analytes}[ \t]*(?:[:=][ \t]*|(?i:of|was|is)[ \t]+)?$")
        # "caffeine citrate 20 mg/kg": a salt word right after a drug name is part of the drug
        self.drug_words = vocab.words("drug_name_words")
        # "daily INR", "weekly labs": a schedule of monitoring, not of a drug
        self.monitoring_after_re = re.compile(rf"[ \t]+(?:{analytes}|{_MONITORING})")

        # --- zones that never hold a drug's attribute ----------------------------------
        self.zone_re = re.compile(
            r"(?im)^[ \t]*(?:(?:\d{1,2}|[a-z])[.)](?=[ \t])"                   # list numbers
            r"|diet[ \t]*:[^\n]*)"                                              # a diet order
            r"|#[ \t]?\d+"
            # the rest start a word (checked once, then one character, before the branches)
            r"|(?<![a-z0-9])(?=[dqrmnutiwcl\d])(?:"
            r"(?:Disp(?:ense)?|Qty|Quantity)[ \t]*[:#][^\n]*?(?=Refills?\b|\n|$)"  # dispense
            r"|Refills?[ \t]*[:#]?[ \t]*\*?\d+\*?"
            r"|(?:max(?:imum)?|not[ \t]+to[ \t]+exceed|do[ \t]+not[ \t]+exceed|no[ \t]+more[ \t]+than|"
            r"up[ \t]+to[ \t]+a[ \t]+max(?:imum)?[ \t]+of|total[ \t]+daily[ \t]+dose[ \t]+of|"
            r"MDD|TDD)\b(?:[^,;().\n]|\.(?=\d)){0,30}"
            # "limit 3 g/day", "up to 2 g/day": a daily limit
            r"|(?:limit|up[ \t]+to)[ \t]+\d+(?:\.\d+)?[ \t]?(?:g|gm|mg|mcg)[ \t]?(?:/|per[ \t]+)[ \t]?"
            r"(?:day|d|24[ \t]?h)\b"
            # a taper or titration step is a change, not a dose ("increase by 10 mg weekly")
            r"|(?:increas|decreas|reduc|taper|titrat|wean)\w*[ \t]+(?:the[ \t]+dose[ \t]+)?by[ \t]+"
            r"(?:[^,;.\n]|\.(?=\d)){1,40}?(?=[ \t]+(?:to|until|as)\b|[,;\n]|\.(?!\d)|$)"
            # a change by a share of the dose ("reduce weekly dose ~30-40%")
            r"|(?:increas|decreas|reduc|lower|cut)\w*(?:[ \t]+(?:the[ \t]+)?(?:weekly[ \t]+|daily[ \t]+|total[ \t]+)?"
            r"(?:dose|dosing))?[ \t]+(?:by[ \t]+)?~?[ \t]?\d+(?:\.\d+)?(?:[ \t]?(?:-|to)[ \t]?\d+(?:\.\d+)?)?[ \t]?%"
            # a ratio or correction factor ("carb ratio 1:10 g", "correction 1:40 > 150"), not a clock
            r"|1[ \t]?:[ \t]?\d+(?:\.\d+)?(?![\d:]|[ \t]?(?i:am|pm|a\.m|p\.m))(?:[ \t]?(?:g|gm|grams?|units?)\b)?"
            r"|continuous(?:ly)?(?=[ \t]+(?:infusion|drip)\b)"                 # a way of giving, not a schedule
            r"|\d+(?:\.\d+)?[ \t]?(?:g|gm|mg|L|mL|cc)[ \t]+(?:sodium|Na|salt|fluid|free[ \t]+water)"
            r"[ \t]+(?:restriction|restricted|diet)\b)")                         # a diet limit

    # ------------------------------------------------------------------------------------
    def zones(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.zone_re.finditer(text)]

    def candidates(self, text: str) -> Iterator[Attribute]:
        """Every candidate attribute span (overlapping)."""
        yield from self._strengths(text)
        yield from self._dosages(text)
        for m in self.form_re.finditer(text):
            key = _norm_key(m.group())
            last = _norm_key(m.group().split()[-1]) if m.group().split() else key
            value = self.form_norm.get(key) or self.form_norm.get(last) or key
            if _has_flag(self.form_count, m.group()) and \
                    not self.count_before_re.search(text, max(0, m.start() - 40), m.start()):
                continue
            yield Attribute(FORM, m.start(), m.end(), {"value": value},
                            needs_context=_has_flag(self.form_ctx, m.group()))
        for m in self.route_re.finditer(text):
            key = normalize_phrase(m.group())
            yield Attribute(ROUTE, m.start(), m.end(), {"value": self.route_norm.get(key, key)},
                            needs_context=_has_flag(self.route_ctx, m.group()))
        yield from self._frequencies(text)
        yield from self._durations(text)
        for m in self.status_re.finditer(text):
            value, direction = self.status_norm.get(normalize_phrase(m.group()), ("change", "both"))
            yield Attribute(STATUS_CHANGE, m.start(), m.end(), {"value": value, "direction": direction})

    def _strengths(self, text: str) -> Iterator[Attribute]:
        for m in self.rate_re.finditer(text):
            # a rate is how fast an infusion runs (Dosage); a patch's mcg/hr is its Strength
            near = text[max(0, m.start() - 40):m.end() + 30]
            kind = STRENGTH if re.search(r"(?i)patch|transdermal", near) else DOSAGE
            yield Attribute(kind, m.start(), m.end(), _num_unit(m.group("num"), m.group("unit")))
        for regex in (self.release_rate_re, self.conc_re, self.percent_re, self.strength_re, self.combo_re):
            for m in regex.finditer(text):
                unit = m.group("unit")
                kind = DOSAGE if re.match(r"(?i)units?/kg", unit) else STRENGTH
                yield Attribute(kind, m.start(), m.end(),
                                _num_unit(m.group("num"), self.unit_norm.get(unit.lower(), unit)))

    def _dosages(self, text: str) -> Iterator[Attribute]:
        for m in self.dose_unit_re.finditer(text):
            unit = m.group("unit")
            # "1000 unit capsule": units per form are the form's strength
            kind = STRENGTH if re.match(r"(?i)u(?:nits?)?$", unit) and self.form_after_re.match(text, m.end()) \
                else DOSAGE
            yield Attribute(kind, m.start(), m.end(),
                            _num_unit(_number(m.group("num")), self.unit_norm.get(unit.lower(), unit)),
                            needs_context=not any(c.isdigit() for c in m.group("num"))
                            or normalize_phrase(unit) in self.unit_ctx)
        for m in self.count_form_re.finditer(text):
            num = m.group("num") or m.group("half")
            yield Attribute(DOSAGE, m.start(), m.end(), {"number": _number(num), "unit": ""},
                            needs_context=not m.group("half") and not any(c.isdigit() for c in num))
        for m in self.layer_re.finditer(text):
            yield Attribute(DOSAGE, m.start(), m.end(), {"number": "", "unit": "thin layer"})
        for m in self.spelled_re.finditer(text):
            yield Attribute(DOSAGE, m.start(), m.end(), {"number": _number(m.group("num")), "unit": ""},
                            needs_context=True)

    def _frequencies(self, text: str) -> Iterator[Attribute]:
        for m in self.freq_re.finditer(text):
            number, unit = "", ""
            g = m.groupdict()
            if g.get("qn"):
                number, unit = _per_interval(g["qn"], g.get("qn2"), g["qu"])
            elif g.get("en"):
                n = "2" if g["en"].lower() == "other" else g["en"]
                number, unit = _per_interval(n if g["en"].lower() != "other" else "2", g.get("en2"), g["eu"])
            elif g.get("wd"):
                number, unit = str(g["wd"].count("/") + 1), "week"
            elif g.get("wq"):
                number, unit = "1", "week"
            elif g.get("ap"):
                number, unit = _per_interval("1" if g["ap"].lower() == "a" else g["ap"], None, g["apu"])
            elif g.get("on"):
                number, unit = "1", "day"
            elif g.get("od"):
                od = g["od"].lower()
                number = {"weekends": "2", "weekdays": "5"}.get(od) or str(len(re.findall(r"day", od)))
                unit = "week"
            elif g.get("tn"):
                number = {"once": "1", "twice": "2"}.get(g["tn"].lower(), _number(g["tn"]))
                unit = {"daily": "day", "weekly": "week", "monthly": "month"}.get(g["tu"].lower(), g["tu"].lower())
            core = g.get("core") or g.get("anchor") or m.group()
            key = normalize_phrase(core)
            if not number and key in self.freq_norm:
                number, unit = self.freq_norm[key]
            ctx = key in self.freq_ctx and normalize_phrase(m.group()) == key
            if not number and (g.get("clock") or g.get("cy")):
                number, unit = "1", "day"
            yield Attribute(FREQUENCY, m.start(), m.end(), {"number": number, "unit": unit},
                            needs_context=ctx or bool(g.get("anchor")) or bool(g.get("clock")))

    def _durations(self, text: str) -> Iterator[Attribute]:
        for m in self.duration_re.finditer(text):
            yield Attribute(DURATION, m.start(), m.end(), {"value": normalize_phrase(m.group())})
        for m in self.day_of_re.finditer(text):
            yield Attribute(DURATION, m.start("total"), m.end("total"), {"value": m.group("total")})
        for m in self.complete_re.finditer(text):
            yield Attribute(DURATION, m.start("span"), m.end("span"), {"value": normalize_phrase(m.group("span"))})
        for m in self.open_course_re.finditer(text):
            yield Attribute(DURATION, m.start(), m.end(), {"value": m.group().lower()}, needs_context=True)

    def result_of_analyte(self, text: str, a: Attribute) -> bool:
        """The amount follows a measurement name ("EF 25%", "citrate 480 mg"), unless that name
        is the salt of a drug written right before it ("caffeine citrate 20 mg/kg")."""
        m = self.analyte_before_re.search(text, max(0, a.begin - 30), a.begin)
        if m is None:
            return False
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        return before is None or before.group(1).lower() not in self.drug_words

    def find(self, text: str) -> list[Attribute]:
        """Non-overlapping attributes outside the no-attribute zones, in text order."""
        zones = IntervalSet((b, e, None) for b, e in self.zones(text))
        found = [a for a in self.candidates(text) if not zones.overlaps(a.begin, a.end)
                 and not (a.kind == ROUTE and _route_of_no_drug(text, a))
                 and not (a.kind == FORM and (_FOR_BEFORE.search(text, max(0, a.begin - 5), a.begin)
                                              or _FORM_NOUN_AFTER.match(text, a.end)))
                 and not (a.kind == FREQUENCY and self._not_a_schedule(text, a))
                 and not (a.kind in (STRENGTH, DOSAGE) and self.result_of_analyte(text, a))
                 and not (a.kind == STRENGTH and _SHARE_AFTER.match(text, a.end))]
        found += _product_forms(text, found)
        found.sort(key=lambda a: (-(a.end - a.begin), _PRIORITY[a.kind], a.begin))
        taken: IntervalSet[Attribute] = IntervalSet()
        for a in found:
            taken.add(a.begin, a.end, a)
        return list(taken.payloads)


    def _not_a_schedule(self, text: str, a: Attribute) -> bool:
        """``instead of daily dose``, ``daily INR``, ``if prn use > 4``, ``once CD4 > 200``: the
        frequency word describes a dose, a test or a use, or "once" opens a clause."""
        if DOSE_NOUN_AFTER.match(text, a.end) or self.monitoring_after_re.match(text, a.end):
            return True
        word = text[a.begin:a.end].lower()
        return (word in ("prn", "p.r.n.") and _USE_AFTER.match(text, a.end) is not None) or \
            (word == "once" and _CLAUSE_AFTER_ONCE.match(text, a.end) is not None)


def _product_forms(text: str, found: list[Attribute]) -> list[Attribute]:
    """``ATROPINE 1% OPHTHALMIC SOLUTION: 2 DROPS SL``: a route word right before a form
    word is part of the product's form name when the same item names a different route
    later (the drug is given another way); otherwise the two stay Route + Form
    ("fentanyl transdermal patch", "Kloxxado nasal spray: 1 spray in one nostril")."""
    by_begin = {a.begin: a for a in found if a.kind == FORM}
    routes = sorted((a for a in found if a.kind == ROUTE), key=lambda a: a.begin)
    out = []
    for i, r in enumerate(routes):
        gap = _GAP.match(text, r.end)
        form = by_begin.get(gap.end()) if gap else None
        if form is None:
            continue
        item_end = _ITEM_END.search(text, form.end)
        stop = item_end.start() if item_end else len(text)
        if any(form.end <= x.begin < stop and x.value.get("value") != r.value.get("value") for x in routes[i + 1:]):
            out.append(Attribute(FORM, r.begin, form.end, dict(form.value)))
    return out


_GAP = re.compile(r"[ \t]+")
# "~40% fewer headache days", "50% reduction": a change in share, not a concentration
_SHARE_AFTER = re.compile(r"[ \t]+(?i:fewer|less|more|reduction|decrease|increase|improvement)\b")
_ITEM_END = re.compile(r"\n|;")
# what a schedule word describes when it is not a drug's schedule
_MONITORING = (r"(?i:labs?|CBC|BMP|CMP|BMPs|CBCs|weights|vitals|levels?|troughs?|fingersticks?|FSBG|"
               r"accuchecks?|glucose[ \t]+checks?|BG[ \t]+checks?|EKGs?|ECGs?|PT/INR)\b")
_USE_AFTER = re.compile(r"[ \t]+(?i:use|usage)\b")
_CLAUSE_AFTER_ONCE = re.compile(
    r"[ \t]+(?i:the|he|she|they|we|it|his|her|patient|pt\b|[A-Za-z0-9]+[ \t]+(?:use|is|are|was|were|level|count)\b"
    r"|[A-Za-z0-9]+[ \t]*[<>≥≤])")


# "PO intake", "IV access", "oral care": the route word names a way in, not a drug's route
# "patch test", "patch testing": a procedure, not a form
_FORM_NOUN_AFTER = re.compile(r"[ \t]+(?i:test|tests|testing|tested)\b")
_ROUTE_NOUN_AFTER = re.compile(
    r"[ \t]+(?i:intake|access|line|lines|diet|trial|challenge|team|site|catheter|care|hygiene)\b")
# "unable to take PO.", "tolerating PO": oral intake
_INTAKE_BEFORE = re.compile(r"(?i:\b(?:tolerat\w*|take|taking|took|advanc\w*(?:[ \t]+to)?))[ \t]+$")
_INTAKE_AFTER = re.compile(r"[ \t]*(?:[.,;)]|\n|$|(?i:and|or|intake|diet|well)\b)")


# "instead of daily dose", "weekly dosing": the frequency word describes a dose, not a schedule
DOSE_NOUN_AFTER = re.compile(r"[ \t]+(?i:doses?|dosing)\b")
# "for CAP": a form word right after "for" is a reason, not a form
_FOR_BEFORE = re.compile(r"(?i:\bfor)[ \t]+$")


_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{4,})[ \t]+$")


def _route_of_no_drug(text: str, a: Attribute) -> bool:
    if _ROUTE_NOUN_AFTER.match(text, a.end):
        return True
    return bool(_INTAKE_BEFORE.search(text, max(0, a.begin - 30), a.begin) and _INTAKE_AFTER.match(text, a.end))


def _flagged(entries: list[Entry], flag: str) -> tuple[frozenset[str], frozenset[str]]:
    """Phrases carrying ``flag``: (exact texts of case-sensitive ones, lower-cased others)."""
    exact = frozenset(" ".join(e.phrase.split()) for e in entries if flag in e.flags and e.case_sensitive)
    folded = frozenset(normalize_phrase(e.phrase) for e in entries if flag in e.flags and not e.case_sensitive)
    return exact, folded


def _has_flag(flagged: tuple[frozenset[str], frozenset[str]], surface: str) -> bool:
    return " ".join(surface.split()) in flagged[0] or normalize_phrase(surface) in flagged[1]


def _norm_key(text: str) -> str:
    return normalize_phrase(text).strip(",")


_MIXED = re.compile(r"(\d*)[ \t]*(?:and[ \t]+)?(?:([1-3])/([234])|([½¼¾]))")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _number(text: str) -> str:
    """``One (1)`` -> ``1``; ``two`` -> ``2``; ``1 1/2`` -> ``1.5``; other digits unchanged."""
    inner = re.search(r"\(([^)]*)\)", text)
    if inner:
        return _number(inner.group(1))
    mixed = _MIXED.fullmatch(text.strip())
    if mixed and (mixed.group(1) or mixed.group(4)):
        whole, num, den, glyph = mixed.groups()
        value = int(whole or 0) + (_FRACTIONS[glyph] if glyph else int(num) / int(den))
        return f"{value:g}"
    key = normalize_phrase(text)
    if key in WORD_NUMBERS:
        value = WORD_NUMBERS[key]
        return str(int(value)) if float(value).is_integer() else str(value)
    return text.strip()


def _num_unit(number: str, unit: str) -> dict[str, str]:
    return {"number": _number(number).replace(" ", ""), "unit": unit.replace(" ", "")}


def _per_interval(n: str, n2: str | None, unit: str) -> tuple[str, str]:
    """``q6h`` -> ("1", "6h") style: once per interval, the interval as the unit."""
    short = {"h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "min": "min", "mins": "min",
             "minutes": "min", "minute": "min", "d": "d", "day": "d", "days": "d", "w": "wk", "wk": "wk",
             "wks": "wk", "week": "wk", "weeks": "wk", "month": "mo", "months": "mo", "mo": "mo"}
    u = short.get(unit.lower().rstrip("."), unit.lower())
    n = str(WORD_NUMBERS.get(n.lower(), n)) if not n.isdigit() else n
    return "1", f"{n}-{n2}{u}" if n2 else f"{n}{u}"
