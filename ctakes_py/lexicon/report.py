"""What a lexicon build skipped and why: malformed source lines (file + line) and
filtered terms (by reason). Nothing is dropped silently; the CLI prints the summary and
the manifest keeps it."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger("ctakes_py.lexicon")

MAX_EXAMPLES = 50


@dataclass
class BuildReport:
    """Counters filled while building. ``malformed`` counts bad lines per file,
    ``examples`` keeps the first :data:`MAX_EXAMPLES` as ``(file, line, reason)``."""

    malformed: Counter = field(default_factory=Counter)
    examples: list[tuple[str, int, str]] = field(default_factory=list)
    filtered: Counter = field(default_factory=Counter)
    rows_read: Counter = field(default_factory=Counter)

    def bad_line(self, file: str, line: int, reason: str) -> None:
        """Record one malformed line; it is skipped by the caller."""
        self.malformed[file] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append((file, line, reason))
            log.warning("skipping malformed line %s:%d: %s", file, line, reason)

    def filtered_term(self, reason: str) -> None:
        self.filtered[reason] += 1

    @property
    def malformed_total(self) -> int:
        return sum(self.malformed.values())

    def to_dict(self) -> dict[str, Any]:
        """The report for a lexicon manifest: files by name only (no machine paths)."""
        return {
            "rows_read": {_name(k): v for k, v in self.rows_read.items()},
            "malformed_lines": {_name(k): v for k, v in self.malformed.items()},
            "malformed_total": self.malformed_total,
            "malformed_examples": [
                {"file": _name(f), "line": n, "reason": r} for f, n, r in self.examples
            ],
            "filtered_terms": dict(self.filtered),
        }

    def summary(self) -> str:
        """One human line: rows read, malformed lines skipped, terms filtered."""
        read = sum(self.rows_read.values())
        filtered = ", ".join(f"{k} {v}" for k, v in self.filtered.most_common())
        return (f"{read} source rows read; {self.malformed_total} malformed lines skipped"
                + (f"; terms filtered: {filtered}" if filtered else ""))


def read_lines(path: str, report: BuildReport, encoding: str = "utf-8"):
    """Yield ``(line_number, text)`` for each line of a file (newline stripped). A line
    that does not decode is reported as malformed and skipped, never fatal."""
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                report.bad_line(path, number, f"not {encoding}: {exc.reason} at byte {exc.start}")
                continue
            yield number, text.rstrip("\r\n")


def _name(path: Any) -> str:
    return Path(str(path)).name
