"""The ``ctakes-py`` command (click)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .coref.cli import coref as train_coref
from .errors import CtakesError
from .eval.cli import evaluate
from .lexicon.cli import lexicon
from .ner.cli import al, evaluate_ner_command, train
from .phenotype.cli import cohort
from .relation.cli import re_command
from .temporal.cli import timeline
from .viz.cli import show

FORMATS = ("xmi", "json", "csv", "parquet", "brat", "labelstudio", "fhir", "db")


def _key_values(values: tuple[str, ...], what: str) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r}: expected KEY=VALUE", param_hint=what)
        out[key] = value
    return out


def _formats(value: tuple[str, ...]) -> list[str]:
    names = [f.strip().lower() for item in value for f in item.split(",") if f.strip()]
    for name in names:
        if name not in FORMATS:
            raise click.BadParameter(f"{name!r}; choose from {', '.join(FORMATS)}", param_hint="--format")
    return list(dict.fromkeys(names)) or ["xmi"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ctakes-py")
def cli() -> None:
    """Clinical NLP pipelines over UIMA CAS, cTAKES-compatible."""


@cli.command()
@click.option("-p", "--pipeline", default="default", show_default=True,
              help="Pipeline descriptor: a path or a shipped name (descriptors/pipelines/NAME.xml).")
@click.option("-i", "--input", "input_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="A folder of .txt/.xmi files, a .txt, .jsonl or .csv file.")
@click.option("-o", "--output", "outdir", required=True, type=click.Path(path_type=Path),
              help="Output folder (per-document files are named after the document id).")
@click.option("-f", "--format", "formats", multiple=True, default=("xmi",), show_default=True,
              help="Output formats, comma-separated or repeated: xmi, json, csv, parquet, brat, labelstudio, "
                   "fhir (a FHIR Bundle per note), db (DuckDB file OUTDIR/ctakes.duckdb).")
@click.option("-j", "--jobs", type=int, default=None, help="Worker processes [default: all cores].")
@click.option("--resume", is_flag=True, help="Skip documents whose outputs already exist.")
@click.option("--reader", default=None,
              help="Force a reader: text, jsonl, csv, xmi, brat, labelstudio (default: by extension).")
@click.option("--reader-option", "reader_options", multiple=True, metavar="KEY=VALUE",
              help="Reader option, e.g. text_column=transcription, id_column=note_id, patient_column=mrn.")
@click.option("--set", "overrides", multiple=True, metavar="KEY/PARAM=VALUE",
              help="Override an annotator parameter, e.g. --set DictionaryLookup/minimumSpan=4.")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: worker processes on this machine; spark: a Spark cluster (pip install 'ctakes-py[spark]').")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL (with --engine spark).")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also write mentions, attributes and relations to a database: duckdb:///out.duckdb or any "
                   "SQLAlchemy URL (postgresql://...). Re-running replaces each document's rows.")
def process(pipeline: str, input_path: Path, outdir: Path, formats: tuple[str, ...], jobs: int | None,
            resume: bool, reader: str | None, reader_options: tuple[str, ...], overrides: tuple[str, ...],
            progress: bool, engine: str, master: str, db_url: str | None) -> None:
    """Run a pipeline over a collection and write the results."""
    from .engine.local import WorkerSpec, run_batch
    from .io.database import db_writer_spec
    from .io.select import reader_name_for
    from .pipeline import validate_descriptor
    from .resources import find_descriptor

    descriptor = str(find_descriptor(pipeline))
    validate_descriptor(descriptor)  # fail fast, before any worker starts
    spec = WorkerSpec(
        descriptor=descriptor, overrides=_key_values(overrides, "--set"),
        reader=(reader or reader_name_for(input_path), str(input_path), _key_values(reader_options, "--reader-option")),
        writers=tuple((name, {}) for name in _formats(formats)) + ((db_writer_spec(db_url),) if db_url else ()),
        outdir=str(outdir))
    result = run_batch(spec, n_process=jobs if jobs else os.cpu_count(), resume=resume, progress=progress,
                       engine=engine, master=master)
    click.echo(result.summary())
    if result.failed:
        click.echo(f"{result.failed} document(s) failed; see {result.errors_path}", err=True)
        sys.exit(1)


@cli.command()
@click.argument("descriptor")
def describe(descriptor: str) -> None:
    """Print a pipeline's flow, parameters, resources and the types each step reads and writes."""
    from .describe import describe_steps
    from .descriptor import parse_descriptor
    from .pipeline import plan

    description = parse_descriptor(descriptor)
    steps, _ = plan(description)
    click.echo(describe_steps(description, steps))


@cli.command()
@click.argument("descriptors", nargs=-1, required=True)
def validate(descriptors: tuple[str, ...]) -> None:
    """Check descriptors: classes, parameters and types, resources, flow order."""
    from .pipeline import validate_descriptor

    failed = 0
    for name in descriptors:
        try:
            steps = validate_descriptor(name)
            click.echo(f"OK  {name}: {len(steps)} annotator(s)")
        except CtakesError as exc:
            failed += 1
            click.echo(f"ERR {name}: {exc}", err=True)
    sys.exit(1 if failed else 0)


# Sub-commands that live with their feature.
cli.add_command(lexicon)
evaluate.add_command(evaluate_ner_command)
cli.add_command(evaluate)
train.add_command(train_coref)
train.add_command(re_command, name="re")
cli.add_command(train)
cli.add_command(al)
cli.add_command(cohort)
cli.add_command(show)
cli.add_command(timeline)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except CtakesError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
