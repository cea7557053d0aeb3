"""Run the medication pipeline over a brat folder, write brat predictions and score them.

    python scripts/evaluate_medication.py                       # ../shared/data/medication_dev
    python scripts/evaluate_medication.py --data DIR --out out/med --errors out/med_errors.tsv
    python scripts/evaluate_medication.py --pipeline my_aggregate.xml
    python scripts/evaluate_medication.py --lexicon path/to/lexicon   # dictionary lexicon folder

The pipeline is ``--pipeline`` (default: the shipped ``default``); a DictionaryLookup and a
MedicationAttributes step are appended when it has none (``--no-dictionary`` runs the
``text`` pipeline plus MedicationAttributes: rules only). Prints strict and lenient P/R/F1 of Drug, Strength, Dosage,
Route, Frequency, Duration, Form and of the attribute->drug links (micro over the six
``<Attr>-Drug`` relation labels).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.annotator import UimaContext  # noqa: E402
from ctakes_py.descriptor.validate import READER_OUTPUTS  # noqa: E402
from ctakes_py.eval.brat import evaluate_folders, format_table, write_errors  # noqa: E402
from ctakes_py.eval.ner import summarize  # noqa: E402
from ctakes_py.io.brat import BratWriter  # noqa: E402
from ctakes_py.io.text import list_files  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.resources import resolve_location  # noqa: E402
from ctakes_py.typesystem import BASE_TOKEN, SEGMENT, SENTENCE  # noqa: E402

ENTITY_LABELS = ("Drug", "Strength", "Dosage", "Route", "Frequency", "Duration", "Form")
LINK_LABELS = tuple(f"{k}-Drug" for k in ENTITY_LABELS[1:])


def build_steps(pipeline: str, lexicon: Path | None, dictionary: bool) -> list:
    """Callables ``cas -> None`` in order: the pipeline, then any missing step."""
    nlp = Pipeline.from_descriptor(pipeline)
    names = {type(a).__name__ for a in nlp.annotators}
    steps = [nlp.process]
    if dictionary and "DictionaryLookup" not in names:
        steps.append(_primitive("DictionaryLookup", nlp, {"lexicon": lexicon} if lexicon else None).process)
    if "MedicationAttributes" not in names:
        steps.append(Pipeline.from_descriptor(str(REPO / "descriptors/annotators/MedicationAttributes.xml")).process)
    return [nlp, *steps]


def _primitive(name: str, nlp: Pipeline, resources: dict | None):
    """An annotator from its shipped descriptor, with resources overridden."""
    if not resources:
        # validated as a step after sentences and tokens (the pipeline made them)
        provided = READER_OUTPUTS + (BASE_TOKEN, SENTENCE, SEGMENT)
        return Pipeline.from_descriptor(str(REPO / f"descriptors/annotators/{name}.xml"), provided=provided)
    from ctakes_py import registry
    cls = registry.resolve(registry.ANNOTATORS, name)
    annotator = cls()
    params = {p.name: p.default for p in cls.parameters}
    annotator.initialize(UimaContext(parameters=params, resources={k: Path(v) for k, v in resources.items()},
                                     typesystem=nlp.typesystem))
    return annotator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "medication_dev",
                        help="brat gold folder (NAME.txt + NAME.ann)")
    parser.add_argument("--pipeline", default="default", help="pipeline descriptor (name or path)")
    parser.add_argument("--lexicon", type=Path, default=None,
                        help="lexicon folder for the appended DictionaryLookup (default: its descriptor's)")
    parser.add_argument("--no-dictionary", action="store_true", help="do not append a DictionaryLookup")
    parser.add_argument("--out", type=Path, default=None, help="folder for the brat predictions")
    parser.add_argument("--errors", type=Path, default=None, help="write strict errors (.tsv/.jsonl)")
    args = parser.parse_args(argv)

    built = resolve_location("lexicons/default/lexicon.json", REPO) is not None
    if not args.no_dictionary and args.lexicon is None and not built:
        print("lexicons/default is not built; pass --lexicon DIR or --no-dictionary", file=sys.stderr)
        return 2
    pipeline = "text" if args.no_dictionary and args.pipeline == "default" else args.pipeline
    nlp, *steps = build_steps(pipeline, args.lexicon, not args.no_dictionary)
    out = args.out or Path(tempfile.mkdtemp(prefix="medication_pred_"))
    writer = BratWriter(out, normalizations=False)
    started = time.perf_counter()
    files = [f for f in list_files(args.data, (".txt",))]
    for path in files:
        cas = nlp.make_cas(path.read_text(encoding="utf-8"), path.stem)
        for step in steps:
            step(cas)
        writer.write(cas, path.stem)
    elapsed = time.perf_counter() - started

    report = evaluate_folders(args.data, out, entity_labels=ENTITY_LABELS, relation_labels=LINK_LABELS)
    print(f"{len(files)} documents from {args.data} in {elapsed:.2f} s; predictions in {out}")
    for mode in ("strict", "lenient"):
        print()
        print(format_table(f"entities ({mode})", report.entities[mode]))
    for mode in ("strict", "lenient"):
        print()
        print(format_table(f"attribute->drug links ({mode})", report.relations[mode]))
    link = summarize(report.relations["strict"])["micro"]
    drug = report.entities["strict"]["Drug"]
    attrs = {k: report.entities["strict"][k].f1 for k in ENTITY_LABELS[1:]}
    print(f"\nsummary (strict): Drug F1 {drug.f1:.3f}; "
          + ", ".join(f"{k} {v:.3f}" for k, v in attrs.items()) + f"; links F1 {link['f1']:.3f}")
    if args.errors:
        write_errors(report, args.errors)
        print(f"{len(report.errors)} errors written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
