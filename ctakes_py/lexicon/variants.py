"""Variant keys generated when the automaton is compiled (so one lexicon serves lookups
with and without variants; the settings are part of the cache key).

- plural/singular of the last word (``tumor`` <-> ``tumors``, ``metastasis`` ->
  ``metastases``, ``artery`` -> ``arteries``);
- word order, as cTAKES's UMLS forms have it: ``fracture of femur`` -> ``femur fracture``
  and the inverted ``cancer, lung`` -> ``lung cancer``;
- spelling: Roman and Arabic numerals after ``type``/``class``/``grade``/... (``type II
  diabetes`` <-> ``type 2 diabetes``), and possessives without the apostrophe
  (``Addison's disease`` -> ``Addison disease``, ``Addisons disease``);
- common clinical abbreviations of whole terms (``congestive heart failure`` -> ``CHF``),
  which match upper-case text only.
"""
from __future__ import annotations

from collections.abc import Iterator

from .normalize import BARRIER

# Whole-term abbreviations written for ctakes-py from common clinical usage.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "acute myocardial infarction": ("ami",),
    "atrial fibrillation": ("afib",),
    "benign prostatic hyperplasia": ("bph",),
    "chronic kidney disease": ("ckd",),
    "chronic obstructive pulmonary disease": ("copd",),
    "congestive heart failure": ("chf",),
    "coronary artery disease": ("cad",),
    "coronary artery bypass graft": ("cabg",),
    "deep vein thrombosis": ("dvt",),
    "diabetes mellitus": ("dm",),
    "type 2 diabetes mellitus": ("t2dm", "dm2"),
    "type 1 diabetes mellitus": ("t1dm", "dm1"),
    "end stage renal disease": ("esrd",),
    "gastroesophageal reflux disease": ("gerd",),
    "hypertension": ("htn",),
    "hyperlipidemia": ("hld",),
    "myocardial infarction": ("mi",),
    "obstructive sleep apnea": ("osa",),
    "pulmonary embolism": ("pe",),
    "rheumatoid arthritis": ("ra",),
    "transient ischemic attack": ("tia",),
    "urinary tract infection": ("uti",),
    "upper respiratory infection": ("uri",),
    "cerebrovascular accident": ("cva",),
    "acute kidney injury": ("aki",),
    "human immunodeficiency virus infection": ("hiv",),
    "shortness of breath": ("sob",),
    "nausea and vomiting": ("n v",),
    "computed tomography": ("ct",),
    "magnetic resonance imaging": ("mri",),
    "electrocardiogram": ("ekg", "ecg"),
    "echocardiogram": ("echo",),
}

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7"}
_ARABIC = {v: k for k, v in _ROMAN.items()}
_NUMBERED = frozenset("type types class grade stage group factor phase".split())  # noqa: SIM905

_INVARIANT_ENDINGS = ("ss", "us", "is", "ous", "itis", "osis", "emia", "psia", "ia", "ae")
_VOWELS = set("aeiou")


def plural_forms(word: str) -> list[str]:
    """Plural and singular candidates of one lower-case word (rules, not a dictionary)."""
    if len(word) < 4 or not word.isalpha():
        return []
    out = []
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    elif word.endswith("ses") and not word.endswith("oses"):
        out.extend((word[:-2], word[:-2] + "is"))        # diagnoses -> diagnosis
    elif word.endswith(("xes", "ches", "shes")):
        out.append(word[:-2])
    elif word.endswith("s") and not word.endswith(_INVARIANT_ENDINGS):
        out.append(word[:-1])
    elif word.endswith("is"):
        out.append(word[:-2] + "es")                     # metastasis -> metastases
    elif word.endswith("y") and word[-2] not in _VOWELS:
        out.append(word[:-1] + "ies")
    elif word.endswith(("x", "ch", "sh")):
        out.append(word + "es")
    elif word.endswith("us"):
        out.append(word[:-2] + "i")                      # thrombus -> thrombi
    elif not word.endswith(_INVARIANT_ENDINGS):
        out.append(word + "s")
    return out


def _reordered(units: list[str]) -> Iterator[list[str]]:
    if BARRIER in units:
        i = units.index(BARRIER)
        head, tail = units[:i], units[i + 1:]
        if head and tail and BARRIER not in tail and len(head) + len(tail) <= 4:
            yield tail + head                             # cancer , lung -> lung cancer
        return
    if "of" in units[1:-1]:
        i = units.index("of")
        tail = units[i + 1:]
        if tail and tail[0] == "the":
            tail = tail[1:]
        if tail and i <= 2 and len(tail) <= 2:
            yield tail + units[:i]                       # fracture of femur -> femur fracture


def _spellings(units: list[str]) -> Iterator[list[str]]:
    for i in range(1, len(units)):
        previous, unit = units[i - 1], units[i]
        if previous in _NUMBERED and (unit in _ROMAN or unit in _ARABIC):
            yield units[:i] + [_ROMAN.get(unit) or _ARABIC[unit]] + units[i + 1:]
        elif unit == "s" and 0 < i < len(units) - 1 and previous.isalpha() and len(previous) > 2:
            # "addison s disease" (from "Addison's"), not "protein s" (Protein S)
            yield units[:i] + units[i + 1:]
            yield units[:i - 1] + [previous + "s"] + units[i + 1:]


def variants(key: str, *, plurals: bool = False, permutations: bool = False,
             abbreviations: bool = False, spellings: bool = False) -> Iterator[tuple[str, bool]]:
    """Variant keys of ``key`` as ``(variant, case_sensitive)``; the key itself excluded."""
    units = key.split(" ")
    bases = [units]
    if spellings:
        bases.extend(_spellings(units))
    if permutations:
        bases.extend(reordered for base in list(bases) for reordered in _reordered(base))
    for extra in bases[1:]:
        yield " ".join(extra), False
    if plurals:
        for base in bases:
            if BARRIER not in base and not base[-1].isdigit():
                for form in plural_forms(base[-1]):
                    yield " ".join(base[:-1] + [form]), False
    if abbreviations:
        for abbreviation in ABBREVIATIONS.get(key, ()):
            yield abbreviation, True
