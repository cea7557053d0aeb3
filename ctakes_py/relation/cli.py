"""``train re``: train a relation model folder from ADE-Corpus-V2 or PubTator (BC5CDR CID).

The lead attaches :data:`re_command` under the ``train`` group; standalone::

    python -m ctakes_py.relation.cli --format ade --train ade_corpus_v2/ --out models/ade
    python -m ctakes_py.relation.cli --format pubtator --train train.PubTator --dev dev.PubTator \\
        --category CID --arg2-types DiseaseDisorderMention --scope document --out models/cid

The probability threshold is chosen for F1 on a held-out part of the training documents
(15%, by document hash); the model is then refit on all training documents.
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
@click.option("--c", "c_value", type=float, default=1.0, show_default=True, help="Inverse L2 strength.")
@click.option("--pipeline", default="default", show_default=True,
              help="Preprocessing pipeline descriptor (sentences, tokens, dictionary, assertion).")
def re_command(fmt: str, train_path: Path, dev_path: Path | None, out_dir: Path, relation: str,
               test_fraction: float, category: str | None, arg1_types: str, arg2_types: str, scope: str | None,
               window: int, c_value: float, pipeline: str) -> None:
    """Train a feature-based relation model (logistic regression, JSON weights + card)."""
    from ..pipeline import Pipeline
    from .model import RelationConfig
    from .training import train_and_select

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
        model, report = train_and_select(train_cases, config, c=c_value, dev=dev_cases, log=click.echo)
        report["data"] = data | {"dev": str(dev_path) if dev_path else None, "pipeline": pipeline}
        report["train_seconds"] = round(time.perf_counter() - started, 1)
        model.save(out_dir, {"name": out_dir.name, "task": config.category, "training": report})
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out_dir} (threshold {model.threshold:.3f}, {len(model.weights)} weights)")


def _corpus(fmt: str, path: Path, nlp, test_fraction: float) -> tuple[list, dict]:
    if fmt == "pubtator":
        return _pubtator(path, nlp), {"train": str(path)}
    from ..io.ade import read_ade, split_documents
    from .corpora import ade_sentence_cases

    train, test = split_documents(read_ade(path), test_fraction)
    cases = [cas for _, _, cas in ade_sentence_cases(train, nlp)]
    return cases, {"train": str(path), "split": f"sha1 of PubMed id, test fraction {test_fraction}",
                   "train_documents": len(train), "held_out_documents": len(test)}


def _pubtator(path: Path, nlp) -> list:
    from .corpora import pubtator_cases

    return list(pubtator_cases(path, nlp))


if __name__ == "__main__":
    re_command()
