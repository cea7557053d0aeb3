"""``ctakes-py cohort``: per-concept patient counts over a collection of notes."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .cohort import DEFAULT_PIPELINE, run_cohort, write_outputs


def _key_values(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r}: expected KEY=VALUE", param_hint="--reader-option")
        out[key] = value
    return out


@click.command()
@click.option("-i", "--input", "input_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="Notes: a folder of .txt (brat folders too), a .jsonl/.csv with a patient id column, XMI...")
@click.option("-p", "--pipeline", default=DEFAULT_PIPELINE, show_default=True,
              help="Pipeline descriptor with a Phenotype step (a path or a shipped name).")
@click.option("--concepts", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Concept file (concept<TAB>term|abbrev|cui|code<TAB>value) replacing the shipped 15 conditions.")
@click.option("-o", "--output", "outdir", required=True, type=click.Path(path_type=Path),
              help="Output folder: cohort.json, cohort.csv, patients.jsonl, documents/.")
@click.option("--no-coref", is_flag=True,
              help="Baseline: the holder of a condition from the assertion subject only (no coreference).")
@click.option("--patients", "patients_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="CSV with document_id,patient_id columns: notes of one patient count once.")
@click.option("--reader", default=None, help="Force a reader: text, jsonl, csv, xmi (default: by extension).")
@click.option("--reader-option", "reader_options", multiple=True, metavar="KEY=VALUE",
              help="Reader option, e.g. patient_column=mrn, text_column=note.")
def cohort(input_path: Path, pipeline: str, concepts: Path | None, outdir: Path, no_coref: bool,
           patients_file: Path | None, reader: str | None, reader_options: tuple[str, ...]) -> None:
    """Count, per concept, the patients who have it (family history is not the patient's)."""
    from ..coref.corpus import read_patient_map

    patient_map = read_patient_map(patients_file) if patients_file else None
    result = run_cohort(input_path, pipeline, concepts, no_coref, patient_map, reader, _key_values(reader_options))
    write_outputs(result, outdir)
    click.echo(result.summary())
    click.echo(f"written to {outdir}")
    if result.errors:
        click.echo(f"{len(result.errors)} document(s) failed; see {outdir / 'errors.csv'}", err=True)
        sys.exit(1)
