"""``ctakes-py evaluate``: score brat/XMI predictions against brat gold.

Attach to the main CLI with ``cli.add_command(evaluate)``. Examples::

    ctakes-py evaluate --gold gold/ --pred out/brat/
    ctakes-py evaluate --gold gold/ --pred out/xmi/ --type-map my_types.tsv --errors errors.tsv
    ctakes-py evaluate --gold gold/ --pred out/ --labels Drug,Strength --json report.json
    ctakes-py evaluate re --gold gold/ --pipeline ade --errors re_errors.tsv     # relations end to end
    ctakes-py evaluate re --gold gold/ --model models/ade                        # relations, gold entities
    ctakes-py evaluate re --gold gold/ --pred out/brat/ --relations ADE
    ctakes-py evaluate cid --gold test.PubTator --pipeline cid --model models/cid   # BC5CDR CID pairs
    ctakes-py evaluate ade --corpus ade_corpus_v2/ --errors ade_errors.tsv          # ADE corpus, end to end
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import CtakesError
from ..label_map import parse_label_map
from ..relation.corpora import BRAT_ENTITY_TYPES

_PREPROCESS = click.option("--preprocess", default="text", show_default=True,
                           help="With --model: pipeline for sentences and tokens before the relation model.")
_SCORES_JSON = click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                            help="Also write the scores as JSON.")


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _write_errors(path: Path | None, lines: list[str]) -> None:
    """The ``--errors`` TSV (header line first), if asked for."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        click.echo(f"{len(lines) - 1} error(s) written to {path}")


def _skipped(problems: list[CtakesError]) -> list[str]:
    """Report the malformed input lines a reader skipped (to stderr); their messages."""
    for problem in problems:
        click.echo(f"skipped: {problem}", err=True)
    return [str(p) for p in problems]


def _score_line(name: str, counts: dict, width: int) -> str:
    return (f"{name:<{width}} P {counts['precision']:.4f}  R {counts['recall']:.4f}  F1 {counts['f1']:.4f}  "
            f"(tp {counts['tp']}, fp {counts['fp']}, fn {counts['fn']})")


def _csv(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


@click.group("evaluate", invoke_without_command=True)
@click.option("--gold", "gold", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold brat files (NAME.txt + NAME.ann).")
@click.option("--pred", "pred", type=click.Path(exists=True, path_type=Path),
              help="Folder of predictions: brat .ann files, or XMI files (converted with --type-map).")
@click.option("--type-map", "type_map", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="TYPE<TAB>LABEL file mapping cTAKES types to brat labels "
                                 "(XMI predictions; default: MedicationMention->Drug, "
                                 "Medication*Modifier->Strength/Dosage/...).")
@click.option("--typesystem", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Extra type system descriptor for XMI predictions.")
@click.option("--labels", default=None, help="Entity labels to score, comma-separated (default: those the gold uses).")
@click.option("--relations", "relation_labels", default=None,
              help="Relation labels to score, comma-separated (default: those the gold uses).")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write strict-mode errors (missed/spurious entities and relations) to this "
                   ".tsv or .jsonl file.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the full report as JSON.")
@click.pass_context
def evaluate(ctx: click.Context, gold: Path | None, pred: Path | None, type_map: Path | None,
             typesystem: str | None, labels: str | None, relation_labels: str | None,
             errors_path: Path | None, json_path: Path | None) -> None:
    """Per-label strict and lenient P/R/F1 for entities and relations, micro and macro.

    With --gold and --pred: brat (or XMI) predictions against brat gold. Sub-commands
    score other tasks (e.g. `evaluate ner`)."""
    if ctx.invoked_subcommand is not None:
        return
    if gold is None or pred is None:
        raise click.UsageError("--gold and --pred are required (or name a sub-command, e.g. `evaluate ner`)")
    from ..io.brat import mapping_from_type_map
    from .brat import evaluate_folders, format_report, write_errors

    try:
        report = evaluate_folders(gold, pred, mapping_from_type_map(type_map), _csv(labels),
                                  _csv(relation_labels), typesystem)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_report(report))
    if errors_path is not None:
        write_errors(report, errors_path)
        click.echo(f"\n{len(report.errors)} error(s) written to {errors_path}")
    if json_path is not None:
        _write_json(json_path, report.to_dict())


@evaluate.command("re")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold brat files (NAME.txt + NAME.ann) with relations.")
@click.option("--pred", "pred_dir", type=click.Path(exists=True, path_type=Path), default=None,
              help="Score these predictions (brat .ann or XMI files), as they are.")
@click.option("--pipeline", default=None,
              help="End to end: run this pipeline descriptor (e.g. ade) on each gold .txt and score its relations.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Gold entities: put the gold entities in each document and run only this relation model.")
@_PREPROCESS
@click.option("--entity-types", default=BRAT_ENTITY_TYPES, show_default=True,
              help="With --model: gold entity LABEL=Type (short names are textsem types).")
@click.option("--relations", "relation_labels", default=None,
              help="Relation categories to score, comma-separated (default: those the gold uses).")
@click.option("--ignore-direction", is_flag=True, help="Score (A, B) and (B, A) as the same relation.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write strict false positives/negatives with their sentence (TSV).")
@_SCORES_JSON
def evaluate_re(gold_dir: Path, pred_dir: Path | None, pipeline: str | None, model_dir: Path | None,
                preprocess: str, entity_types: str, relation_labels: str | None, ignore_direction: bool,
                errors_path: Path | None, json_path: Path | None) -> None:
    """Relation P/R/F1 per category, strict (same argument spans) and lenient (overlapping).

    Exactly one source of predictions: --pred (files), --pipeline (end to end: raw text in)
    or --model (gold entities in, relation model only). Arguments are matched by position
    (arg1, arg2), not by entity label."""
    from ..relation.evaluation import predicted_relations, relation_report

    if sum(x is not None for x in (pred_dir, pipeline, model_dir)) != 1:
        raise click.UsageError("give exactly one of --pred, --pipeline or --model")
    try:
        gold, pred, texts = predicted_relations(gold_dir, pred_dir=pred_dir, pipeline=pipeline, model_dir=model_dir,
                                                preprocess=preprocess, entity_types=_pairs(entity_types))
        report, lines = relation_report(gold, pred, texts, _csv(relation_labels), ignore_direction)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report["text"])
    if errors_path is not None:
        click.echo()
    _write_errors(errors_path, lines)
    if json_path is not None:
        _write_json(json_path, report["scores"])


@evaluate.command("ade")
@click.option("--corpus", "corpus_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="ADE-Corpus-V2 folder (DRUG-AE.rel, DRUG-DOSE.rel, ADE-NEG.txt).")
@click.option("--pipeline", default=None,
              help="Pipeline descriptor run on each raw sentence (default: ade, or dosage for --relation dosage).")
@click.option("--relation", type=click.Choice(["ade", "dosage"]), default="ade", show_default=True,
              help="Drug-effect pairs (ADE-NEG sentences as negatives) or drug-dose pairs (documents with one).")
@click.option("--held-out", "held_out", type=click.FloatRange(0.0, 1.0, min_open=True), default=None,
              help="Score only the documents the shipped models' document split held out (0.2 for "
                   "models/ade); default: every document, for a corpus the models never saw.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write strict false positives/negatives with their sentence (TSV; boundary errors marked).")
@_SCORES_JSON
def evaluate_ade(corpus_dir: Path, pipeline: str | None, relation: str, held_out: float | None,
                 errors_path: Path | None, json_path: Path | None) -> None:
    """Drug-ADE (or drug-dose) relation P/R/F1 end to end on an ADE-Corpus-V2 folder: raw sentences
    in, (drug, effect) pairs out, strict (same spans) and lenient (overlapping spans); for ADE also
    on the sentences with a gold relation only."""
    from ..io.ade import read_ade, split_documents
    from ..pipeline import Pipeline
    from ..relation.evaluation import ade_corpus_report

    category = relation.upper()
    problems: list[CtakesError] = []
    try:
        docs = read_ade(corpus_dir, problems=problems)
        if held_out is not None:
            docs = split_documents(docs, held_out)[1]
        nlp = Pipeline.from_descriptor(pipeline or relation)
        report, lines = ade_corpus_report(nlp, docs, category)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    report["skipped_lines"] = _skipped(problems)
    click.echo(f"{report['documents']} documents, {report['sentences']} sentences "
               f"({report['negative_sentences']} with no {category} relation)"
               + (f"; {len(problems)} malformed line(s) skipped" if problems else ""))
    rows = [(f"{category} {mode}", report[mode]) for mode in ("strict", "lenient")]
    rows += [(f"{category} {mode}, positive sentences", scores)
             for mode, scores in report.get("positive_sentences_only", {}).items()]
    for name, counts in rows:
        click.echo(_score_line(name, counts, 34))
    _write_errors(errors_path, lines)
    if json_path is not None:
        _write_json(json_path, report)


@evaluate.command("cid")
@click.option("--gold", "gold_file", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PubTator file with MeSH-coded mentions and document-level relations (BC5CDR CID).")
@click.option("--pipeline", default=None,
              help="End to end: run this pipeline descriptor (e.g. cid) on each title + abstract.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Gold entities: run this document-level relation model (e.g. models/cid) on the gold mentions.")
@_PREPROCESS
@click.option("--category", default="CID", show_default=True, help="Relation category to score.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write false negatives/positives (document, concept ids, title) as TSV; with both "
                   "--model and --pipeline, those of the end-to-end run.")
@_SCORES_JSON
def evaluate_cid(gold_file: Path, pipeline: str | None, model_dir: Path | None, preprocess: str, category: str,
                 errors_path: Path | None, json_path: Path | None) -> None:
    """Document-level concept-pair P/R/F1 as BioCreative V CDR scores it: one (chemical MeSH id,
    disease MeSH id) pair per document, predicted with gold entities (--model) and/or end to end
    (--pipeline)."""
    from ..io.pubtator import read_pubtator
    from ..pipeline import Pipeline
    from ..relation import evaluation

    if model_dir is None and pipeline is None:
        raise click.UsageError("give --model (gold entities), --pipeline (end to end) or both")
    problems: list[CtakesError] = []
    try:
        docs = list(read_pubtator(gold_file, problems=problems))
        gold = evaluation.gold_concept_pairs(docs, category)
        runs = {}
        if model_dir is not None:
            runs["gold_entities"] = evaluation.gold_entity_concept_pairs(
                docs, model_dir, Pipeline.from_descriptor(preprocess), category)
        if pipeline is not None:
            runs["end_to_end"] = evaluation.pipeline_concept_pairs(docs, Pipeline.from_descriptor(pipeline), category)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    scores, errors = {"documents": len(docs), "skipped_lines": _skipped(problems)}, []
    for name, predicted in runs.items():
        counts, missed, spurious = evaluation.concept_pair_scores(gold, predicted)
        scores[name] = counts.as_dict()
        click.echo(_score_line(f"{category} {name.replace('_', ' ')}", scores[name], len(category) + 15))
        errors = evaluation.concept_error_lines(missed, spurious, {d.pmid: d.title for d in docs})
    _write_errors(errors_path, errors)
    if json_path is not None:
        _write_json(json_path, scores)


def _pairs(value: str) -> dict[str, str]:
    try:
        return parse_label_map(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--entity-types") from None
