"""``ctakes-py timeline``: a per-document timeline table of events, DocTimeRel and dates.

    ctakes-py timeline notes/ --dct 2019-03-14 -o timeline.csv
    ctakes-py timeline note.txt --format jsonl

Inputs are ``.txt`` files or folders of them (document id = file stem). The creation time
of each note: ``--dct``, else the note's header ("Date of service: ..."), else none.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from ..document import CREATION_TIME
from .timeline import TIMELINE_COLUMNS, timeline_rows


def _text_files(paths: tuple[str, ...]) -> list[Path]:
    out = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    return out


@click.command("timeline")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--pipeline", "pipeline_name", default="temporal", show_default=True,
              help="Pipeline descriptor (name or path); must include the temporal annotators.")
@click.option("--dct", default=None, help="Document creation time for every note (e.g. 2019-03-14).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Output file (default stdout).")
def timeline(inputs: tuple[str, ...], pipeline_name: str, dct: str | None, fmt: str, output: str | None) -> None:
    """Write one row per event: DocTimeRel, linked times, normalized dates, medication start/stop."""
    from ..pipeline import Pipeline

    nlp = Pipeline.from_descriptor(pipeline_name)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TIMELINE_COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for path in _text_files(inputs):
        text = path.read_text(encoding="utf-8", errors="replace")
        cas = nlp(text, document_id=path.stem, metadata={CREATION_TIME: dct} if dct else None)
        for row in timeline_rows(cas, path.stem):
            if writer:
                writer.writerow(row)
            else:
                buffer.write(json.dumps(row) + "\n")
    if output:
        Path(output).write_text(buffer.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buffer.getvalue())
