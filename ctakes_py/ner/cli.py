"""Command line for CRF NER: ``train ner``, ``evaluate ner``, ``al select``.

The main CLI attaches :data:`train` (group), :data:`evaluate_ner_command` (a command named
``ner``, for an ``evaluate`` group, or attached as ``evaluate-ner``) and :data:`al`
(group). ``python -m ctakes_py.ner.cli`` runs them standalone::

    python -m ctakes_py.ner.cli train ner --train train.PubTator --dev dev.PubTator --out models/mine --search
    python -m ctakes_py.ner.cli evaluate ner --model models/mine --data dev.PubTator
    python -m ctakes_py.ner.cli evaluate ner --baseline dictionary --data dev.PubTator
    python -m ctakes_py.ner.cli al select --model models/mine --input notes/ --top-k 20 --output batch1/
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import CtakesError

FORMAT_CHOICE = click.Choice(["pubtator", "conll", "bioc", "brat"])
POSTPROCESS_COMBOS = (
    {"abbreviations": False, "consistency": False},
    {"abbreviations": True, "consistency": False},
    {"abbreviations": True, "consistency": True},
    {"abbreviations": True, "consistency": True, "remove_undefined_abbreviations": True},
)


def _csv(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _grid(value: str | None, search: bool) -> list[tuple[float, float]]:
    from .training import DEFAULT_GRID

    if value:
        out = []
        for item in _csv(value):
            c1, sep, c2 = item.partition(":")
            if not sep:
                raise click.BadParameter(f"{item!r} is not C1:C2", param_hint="--grid")
            out.append((float(c1), float(c2)))
        return out
    return list(DEFAULT_GRID) if search else []


def _postprocess(value: str) -> dict | None:
    if value == "auto":
        return None
    if value == "none":
        return {"abbreviations": False, "consistency": False}
    chosen = set(_csv(value))
    return {k: k in chosen for k in ("abbreviations", "consistency", "remove_undefined_abbreviations")}


def _load(path: Path, fmt: str | None, label_map: str | None, labels: str | None, typesystem):
    from ..label_map import parse_label_map
    from .corpus import load_examples

    return load_examples(path, typesystem, fmt, parse_label_map(label_map), _csv(labels) or None)


@click.group("train")
def train() -> None:
    """Train statistical models."""


@train.command("ner")
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="Training corpus: PubTator file, CoNLL file, BioC XML file or brat folder.")
@click.option("--dev", "dev_path", type=click.Path(exists=True, path_type=Path), default=None,
              help="Dev corpus (same formats): hyper-parameter and post-processing selection, dev figures.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Model folder to write (model.crfsuite, card.json, clusters.tsv).")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default=None, help="Corpus format (default: from the path).")
@click.option("--label-map", default=None, help="Rename labels, e.g. SpecificDisease=Disease,Modifier=Disease.")
@click.option("--labels", default=None, help="Keep only these labels (comma-separated).")
@click.option("--name", default=None, help="Model name for the card (default: the folder name).")
@click.option("--c1", type=float, default=0.05, show_default=True, help="L1 penalty.")
@click.option("--c2", type=float, default=0.01, show_default=True, help="L2 penalty.")
@click.option("--max-iterations", type=int, default=150, show_default=True, help="L-BFGS iterations.")
@click.option("--search", is_flag=True, help="Try a small c1/c2 grid and keep the best on --dev.")
@click.option("--grid", default=None, help="Explicit c1:c2 candidates, e.g. 0.05:0.01,0.1:0.05 (needs --dev).")
@click.option("--retrain-on-dev", is_flag=True, help="Train the shipped model on train + dev with the chosen settings.")
@click.option("--gazetteer/--no-gazetteer", default=True, show_default=True,
              help="Dictionary-lookup matches as features.")
@click.option("--lexicon", default="lexicons/default", show_default=True, help="Gazetteer lexicon location.")
@click.option("--clusters", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Word clusters TSV (scripts/build_ner_clusters.py) to use as features.")
@click.option("--abbreviation-features/--no-abbreviation-features", default=True, show_default=True,
              help="Features of defined short forms taken from their long forms.")
@click.option("--window", type=int, default=2, show_default=True, help="Word window for context features.")
@click.option("--stacked/--no-stacked", default=False, show_default=True,
              help="Two-stage CRF: a second CRF with document-level features of a first CRF's labels.")
@click.option("--sentence-cues/--no-sentence-cues", default=False, show_default=True,
              help="Sentence context features: distance to the nearest dictionary drug and nearest "
                   "adverse-event cue word (induced, after, toxicity...) on each side.")
@click.option("--postprocess", default="auto", show_default=True,
              help="auto (choose on --dev), none, or a list of abbreviations,consistency,"
                   "remove_undefined_abbreviations.")
def train_ner(train_path: Path, dev_path: Path | None, out_dir: Path, fmt: str | None, label_map: str | None,
              labels: str | None, name: str | None, c1: float, c2: float, max_iterations: int, search: bool,
              grid: str | None, retrain_on_dev: bool, gazetteer: bool, lexicon: str, clusters: str | None,
              abbreviation_features: bool, window: int, stacked: bool, sentence_cues: bool, postprocess: str) -> None:
    """Train a CRF NER model folder (crfsuite file + JSON card)."""
    from ..typesystem import load_typesystem
    from .features import FeatureConfig
    from .training import Featurizer, TrainSettings, train_model

    candidates = _grid(grid, search)
    if (candidates or retrain_on_dev) and dev_path is None:
        raise click.UsageError("--search, --grid and --retrain-on-dev need --dev")
    try:
        ts = load_typesystem()
        settings = TrainSettings(
            name=name or out_dir.name, c1=c1, c2=c2, max_iterations=max_iterations,
            features=FeatureConfig(window=window, gazetteer=gazetteer, clusters=bool(clusters),
                                   abbreviations=abbreviation_features, stacked=stacked,
                                   sentence_cues=sentence_cues),
            lexicon=lexicon if gazetteer else None, clusters=clusters)
        train_ex = _load(train_path, fmt, label_map, labels, ts)
        dev_ex = _load(dev_path, fmt, label_map, labels, ts) if dev_path else None
        featurizer = Featurizer(settings, ts)
        train_f = featurizer(train_ex)
        dev_f = featurizer(dev_ex) if dev_ex else None
        fixed = _postprocess(postprocess)
        if fixed is not None:
            settings.postprocess = fixed
        data = {"train": str(train_path), "dev": str(dev_path) if dev_path else None,
                "label_map": label_map, "labels": labels}
        card = train_model(train_f, out_dir, settings, dev=dev_f, dev_examples=dev_ex, grid=candidates,
                           postprocess_options=POSTPROCESS_COMBOS if fixed is None and dev_f else (),
                           retrain_on_dev=retrain_on_dev, data_description=data, typesystem=ts, log=click.echo)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    _echo_card(card)


def _echo_card(card) -> None:
    dev = card.metrics.get("dev")
    click.echo(f"model {card.name}: labels {card.labels}, c1={card.training.get('c1')} c2={card.training.get('c2')}, "
               f"postprocess {card.postprocess}")
    if dev:
        from .evaluation import format_report

        click.echo(format_report(dev))


@click.command("ner")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Model folder (not needed with --baseline dictionary).")
@click.option("--data", "data_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="Gold corpus: PubTator file, CoNLL file, BioC XML file or brat folder.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default=None)
@click.option("--label-map", default=None, help="Rename gold labels, e.g. SpecificDisease=Disease.")
@click.option("--labels", default=None, help="Score only these labels.")
@click.option("--postprocess", default="card", show_default=True,
              help="card (the model's choice), none, or abbreviations,consistency,remove_undefined_abbreviations.")
@click.option("--baseline", type=click.Choice(["dictionary"]), default=None,
              help="Score the dictionary lookup alone instead of a model.")
@click.option("--lexicon", default="lexicons/default", show_default=True, help="Lexicon of the baseline.")
@click.option("--group-map", default="DRUG=Chemical,DISORDER=Disease,FINDING=Disease", show_default=True,
              help="Baseline: lexicon semantic group -> label.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the report as JSON.")
def evaluate_ner_command(model_dir: Path | None, data_path: Path, fmt: str | None, label_map: str | None,
                         labels: str | None, postprocess: str, baseline: str | None, lexicon: str,
                         group_map: str | None, json_path: Path | None) -> None:
    """Strict (exact span; also seqeval IOB2) and lenient (overlap) entity P/R/F1 per type."""
    from ..label_map import parse_label_map
    from ..typesystem import load_typesystem
    from .evaluation import evaluate_dictionary, evaluate_tagger, format_report

    try:
        ts = load_typesystem()
        examples = _load(data_path, fmt, label_map, labels, ts)
        if baseline:
            report = evaluate_dictionary(examples, ts, lexicon, parse_label_map(group_map), _csv(labels) or None)
        elif model_dir is None:
            raise click.UsageError("give --model or --baseline dictionary")
        else:
            override = None if postprocess == "card" else _postprocess(postprocess)
            report = evaluate_tagger(model_dir, examples, ts, postprocess=override)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_report(report))
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, indent=2), encoding="utf-8")


@click.group("al")
def al() -> None:
    """Active learning: choose the next documents to annotate."""


@al.command("select")
@click.option("--model", "model_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--input", "input_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="Unlabeled notes: a folder of .txt files, or a corpus (its annotations are ignored).")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default=None, help="Corpus format when --input is not .txt files.")
@click.option("--top-k", type=int, default=20, show_default=True)
@click.option("--strategy", type=click.Choice(["entropy", "least-confidence", "random"]), default="entropy",
              show_default=True)
@click.option("--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--as", "as_", type=click.Choice(["brat", "labelstudio"]), default="brat", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the random strategy.")
def al_select(model_dir: Path, input_path: Path, fmt: str | None, top_k: int, strategy: str, out_dir: Path,
              as_: str, seed: int) -> None:
    """Rank notes by CRF uncertainty and write the top-k as brat or Label Studio tasks."""
    from ..typesystem import load_typesystem
    from .active import rank_documents, write_brat_tasks, write_labelstudio_tasks
    from .tagger import NerTagger

    try:
        ts = load_typesystem()
        cases = _unlabeled(input_path, fmt, ts)
        tagger = NerTagger(model_dir, ts)
        ranked = rank_documents(tagger, cases, strategy, seed)[:top_k]
        texts = {doc_id: cas.sofa_string for doc_id, cas in cases}
        if as_ == "brat":
            write_brat_tasks(ranked, texts, out_dir)
        else:
            write_labelstudio_tasks(ranked, texts, out_dir, model_version=tagger.model.card.name)
    except CtakesError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{len(ranked)} of {len(cases)} documents written to {out_dir} ({strategy})")


def _unlabeled(path: Path, fmt: str | None, ts) -> list[tuple[str, object]]:
    from ..document import create_cas
    from ..io.text import decode_text
    from .corpus import Preprocessor, load_examples

    prep = Preprocessor(ts)
    if path.is_dir() and fmt is None and not any(path.rglob("*.ann")):
        files = sorted(path.rglob("*.txt"))
        return [(f.stem, prep(create_cas(decode_text(f.read_bytes(), file=str(f), document=f.stem), ts, f.stem)))
                for f in files]
    return [(ex.doc_id, ex.cas) for ex in load_examples(path, ts, fmt, preprocessor=prep)]


@click.group()
def main() -> None:
    """CRF NER commands (standalone entry; the main CLI attaches the same commands)."""


@click.group("evaluate")
def _evaluate() -> None:
    """Score models."""


_evaluate.add_command(evaluate_ner_command)
main.add_command(train)
main.add_command(_evaluate)
main.add_command(al)

if __name__ == "__main__":
    main()
