"""``coref``: train the mention-pair coreference model (attached as ``ctakes-py train coref``)."""
from __future__ import annotations

from pathlib import Path

import click

from .model import PairModel

DEFAULT_OUTPUT = Path("models") / "coref" / "pair_model.json"


@click.command("coref")
@click.option("-i", "--input", "inputs", multiple=True, required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="brat folder(s) with Person entities and Coref relations (repeatable).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUTPUT,
              show_default=True, help="Model file to write (JSON coefficients); a card.json is written beside it.")
@click.option("-C", "--regularization", "C", type=float, default=1.0, show_default=True,
              help="Inverse L2 regularization strength of the logistic regression.")
@click.option("--pipeline", default="text", show_default=True,
              help="Pipeline giving sentences and sections for training (as at run time).")
def coref(inputs: tuple[Path, ...], output: Path, C: float, pipeline: str) -> None:
    """Train the mention-pair model from brat Coref relations."""
    from .training import train

    model: PairModel = train(list(inputs), output, C=C, pipeline_name=pipeline)
    click.echo(f"trained on {model.training['documents']} document(s), {model.training['pairs']} pair(s) "
               f"({model.training['positives']} coreferent); written to {output}")
