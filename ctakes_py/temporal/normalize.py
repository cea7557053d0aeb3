"""TIMEX3 values (ISO 8601 / TimeML) for pattern matches, with dateutil's calendar arithmetic.

Each normalizer takes the match and a :class:`Anchor` (document creation time, patient birth
date estimate, word tables) and returns the value string, or ``None`` to drop the match (an
impossible date such as 2/30). Conventions (tests/temporal_corpus/GUIDELINES.md):
DATE ``2019-03-14`` / ``2019-03`` / ``2019`` / ``2019-W10`` / ``199`` (decade); TIME
``2019-03-14T14:30`` or ``2019-03-14TMO``; DURATION ``P7D`` / ``PT6H`` (``PXD`` when vague);
SET ``R/PT6H`` (every 6 hours), ``R2/P1D`` (twice a day); QUANTIFIER ``2X``; clinical
anchors ``OP+P2D`` (POD #2) and ``ADM+P2D`` (HD3); ``XXXX`` when the anchor is unknown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from dateutil.relativedelta import relativedelta

from .lexicon import TemporalLexicon

_DELTA_FIELD = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours", "MIN": "minutes"}
_TIME_UNITS = ("H", "MIN")
_AMPM = re.compile(r"p", re.I)


@dataclass(frozen=True)
class Anchor:
    """What relative expressions are resolved against."""

    lexicon: TemporalLexicon
    dct: date | None = None
    birth: date | None = None


Normalizer = Callable[[re.Match, Anchor], "str | None"]


def _g(m: re.Match, name: str) -> str | None:
    """A named group's text, None when the pattern has no such group or it did not match."""
    return m.groupdict().get(name)


def fmt_day(d: date) -> str:
    return d.strftime("%Y-%m-%d")


def fmt_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _number(text: str | None, anchor: Anchor) -> float | str | None:
    """A number from digits or a number word; ``"X"`` for vague ones (several)."""
    if text is None:
        return None
    text = " ".join(text.lower().split())
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        value = float(text)
        return int(value) if value.is_integer() else value
    found = anchor.lexicon.lookup("number", text) or anchor.lexicon.lookup("times", text)
    if found is None:
        return None
    return found if found == "X" else int(found)


def _unit(text: str | None, anchor: Anchor) -> str | None:
    if text is None:
        return None
    return anchor.lexicon.lookup("unit", text) or anchor.lexicon.lookup("unit_abbr", text)


def _shift(d: date, n: float, unit: str, sign: int) -> date:
    if isinstance(n, float) and unit in ("Y", "M"):  # 1.5 years -> 18 months
        n, unit = round(n * (12 if unit == "Y" else 1)), "M"
    if unit in _TIME_UNITS:
        return d  # a date has no hours: the day of the document
    return d + relativedelta(**{_DELTA_FIELD[unit]: sign * int(round(n))})


def _at_granularity(d: date, unit: str) -> str:
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "M":
        return d.strftime("%Y-%m")
    return fmt_day(d)


def _year(text: str, anchor: Anchor) -> int:
    y = int(text)
    if len(text) == 2:  # pivot: not more than a year into the future
        ref = anchor.dct.year if anchor.dct else 2000
        y += 2000 if 2000 + y <= ref + 1 else 1900
    return y


def norm_date(m: re.Match, anchor: Anchor) -> str | None:
    """Calendar dates, complete or partial; a missing year is the DCT's (or the year before)."""
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else None
    if month is None and g.get("mon"):
        month = int(anchor.lexicon.lookup("month", g["mon"].rstrip(".")) or 0) or None
    day = int(g["d"]) if g.get("d") else None
    year = _year(g["y"], anchor) if g.get("y") else None
    if year is None:
        if anchor.dct is None:
            return _partial("XXXX", month, day)
        year = anchor.dct.year
        if (month, day or 1) > (anchor.dct.month, anchor.dct.day):
            year -= 1  # clinical notes mostly look back: "in December" written in March
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return _partial(f"{year:04d}", month, day)


def _partial(year: str, month: int | None, day: int | None) -> str:
    out = year
    if month:
        out += f"-{month:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def norm_decade(m: re.Match, anchor: Anchor) -> str:
    return _g(m, "dec")


def norm_age(m: re.Match, anchor: Anchor) -> str:
    if anchor.birth is None:
        return "XXXX"
    n = _number(_g(m, "n"), anchor)
    unit = _unit(_g(m, "unit"), anchor) or "Y"
    if not isinstance(n, (int, float)):
        return "XXXX"
    return _at_granularity(_shift(anchor.birth, n, unit, 1), "M" if unit == "M" else "Y")


def norm_age_decade(m: re.Match, anchor: Anchor) -> str:
    if anchor.birth is None:
        return "XXXX"
    start = anchor.birth.year + int(_g(m, "dec"))
    return f"{start:04d}/{start + 9:04d}"


def norm_pod(m: re.Match, anchor: Anchor) -> str:
    return f"OP+P{int(_g(m, 'n'))}D"


def norm_hospital_day(m: re.Match, anchor: Anchor) -> str:
    return f"ADM+P{max(int(_g(m, 'n')) - 1, 0)}D"


def _offset(m: re.Match, anchor: Anchor, sign: int) -> str | None:
    n = _number(_g(m, "n"), anchor)
    unit = _unit(_g(m, "unit"), anchor)
    if unit is None or n is None:
        return None
    if n == "X":
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if anchor.dct is None:
        return "XXXX"
    return _at_granularity(_shift(anchor.dct, n, unit, sign), unit)


def norm_offset(m: re.Match, anchor: Anchor) -> str | None:
    """``3 days ago`` -> DCT - 3 days, at the unit's granularity (days/weeks -> day)."""
    return _offset(m, anchor, -1)


def norm_later(m: re.Match, anchor: Anchor) -> str | None:
    """``in 2 weeks`` -> DCT + 2 weeks."""
    return _offset(m, anchor, 1)


def norm_relative(m: re.Match, anchor: Anchor) -> str | None:
    """``last month`` -> 2019-02; ``next week`` -> 2019-W12; ``this year`` -> 2019."""
    step = int(anchor.lexicon.lookup("relative", _g(m, "rel")) or 0)
    unit = _g(m, "unit").lower()
    if anchor.dct is None:
        return "XXXX"
    if unit in ("week", "weekend"):
        value = fmt_week(anchor.dct + relativedelta(weeks=step))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return (anchor.dct + relativedelta(months=step)).strftime("%Y-%m")
    return f"{anchor.dct.year + step:04d}"


def norm_deictic(m: re.Match, anchor: Anchor) -> str | None:
    """``yesterday`` -> DCT - 1 day; ``this morning`` -> 2019-03-14TMO."""
    found = anchor.lexicon.lookup("deictic", _g(m, "word"))
    if found is None:
        return None
    offset, _, part = found.partition(" ")
    day = fmt_day(anchor.dct + relativedelta(days=int(offset))) if anchor.dct else "XXXX-XX-XX"
    return day + (f"T{part}" if part else "")


def norm_weekday(m: re.Match, anchor: Anchor) -> str:
    """The latest such weekday on or before the DCT."""
    if anchor.dct is None:
        return "XXXX-WXX-" + str(int(anchor.lexicon.lookup("weekday", _g(m, "dow")) or 0) + 1)
    dow = int(anchor.lexicon.lookup("weekday", _g(m, "dow")) or 0)
    return fmt_day(anchor.dct - relativedelta(days=(anchor.dct.weekday() - dow) % 7))


def norm_vague(m: re.Match, anchor: Anchor) -> str | None:
    return anchor.lexicon.lookup("vague", _g(m, "word"))


def norm_clock(m: re.Match, anchor: Anchor) -> str:
    hour, minute = int(_g(m, "h")), int(_g(m, "mi") or 0)
    ampm = m.groupdict().get("ap")
    if ampm:
        hour = hour % 12 + (12 if _AMPM.match(ampm) else 0)
    day = fmt_day(anchor.dct) if anchor.dct else "XXXX-XX-XX"
    return f"{day}T{hour:02d}:{minute:02d}"


def _period(n: float | str | None, unit: str) -> str:
    count = 1 if n is None else n
    if unit in _TIME_UNITS:
        return f"PT{count}{'M' if unit == 'MIN' else 'H'}"
    return f"P{count}{unit}"


def norm_duration(m: re.Match, anchor: Anchor) -> str | None:
    """``x 7 days`` -> P7D; ``48 hours`` -> PT48H; ``the past week`` -> P1W."""
    unit = _unit(_g(m, "unit"), anchor)
    n = _number(_g(m, "n"), anchor) if _g(m, "n") else None
    if unit is None or (_g(m, "n") and n is None):
        return None
    return _period(n, unit)


def norm_frequency(m: re.Match, anchor: Anchor) -> str | None:
    return anchor.lexicon.lookup("frequency", _g(m, "word"))


def norm_every(m: re.Match, anchor: Anchor) -> str | None:
    """``q6h`` -> R/PT6H; ``every 3 months`` -> R/P3M; ``every other day`` -> R/P2D."""
    unit = _unit(_g(m, "unit"), anchor)
    raw = _g(m, "n")
    n = 2 if raw and raw.lower() == "other" else _number(raw, anchor)
    if unit is None or (raw and n is None):
        return None
    return "R/" + _period(n, unit)


def norm_times(m: re.Match, anchor: Anchor) -> str | None:
    """``twice daily`` -> R2/P1D; ``3 times a week`` -> R3/P1W."""
    n = _number(_g(m, "t") or _g(m, "n"), anchor)
    period = anchor.lexicon.lookup("period", _g(m, "period"))
    if n is None or period is None:
        return None
    return ("R/" if n == 1 else f"R{n}/") + f"P1{period}"


def norm_quantifier(m: re.Match, anchor: Anchor) -> str | None:
    n = _number(_g(m, "t") or _g(m, "n"), anchor)
    return None if n is None else f"{n}X"


def norm_prepost(m: re.Match, anchor: Anchor) -> str:
    return ""


NORMALIZERS: dict[str, Normalizer] = {
    "date": norm_date, "decade": norm_decade, "age": norm_age, "age_decade": norm_age_decade,
    "pod": norm_pod, "hospital_day": norm_hospital_day, "offset": norm_offset, "later": norm_later,
    "relative": norm_relative, "deictic": norm_deictic, "weekday": norm_weekday, "vague": norm_vague,
    "clock": norm_clock, "duration": norm_duration, "frequency": norm_frequency, "every": norm_every,
    "times": norm_times, "quantifier": norm_quantifier, "prepost": norm_prepost,
}
