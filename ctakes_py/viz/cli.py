"""``ctakes-py show``: an analysed document (XMI) or a note (run through a pipeline) as a
self-contained HTML page."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError


@click.command("show")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML page to write.")
@click.option("-p", "--pipeline", default="default", show_default=True,
              help="Pipeline for a .txt input (a path or a shipped name); ignored for .xmi.")
@click.option("--typesystem", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Type system XML for the XMI (default: the shipped one).")
@click.option("--lenient", is_flag=True, help="Drop XMI elements whose type the type system lacks.")
def show(file: Path, output: Path, pipeline: str, typesystem: str | None, lenient: bool) -> None:
    """Write FILE (.xmi, or .txt analysed with --pipeline) as an HTML page: entities coloured
    by type (CUI/codes on hover), assertion badges, sections, relation arcs, coreference
    chains (click to highlight). The page needs no network."""
    from . import CasView

    cas = _load(file, pipeline, typesystem, lenient)
    view = CasView(cas)
    view.save(output)
    v = view.view
    click.echo(f"wrote {output}: {sum(s.kind == 'entity' for s in v.spans)} entities, {len(v.arcs)} relations, "
               f"{len(v.chains)} chains, {len(v.sections)} sections")


def _load(file: Path, pipeline: str, typesystem: str | None, lenient: bool):  # -> Cas
    from ..typesystem import load_typesystem

    suffix = file.suffix.lower()
    if suffix == ".xmi":
        from ..io.xmi import load_xmi_bytes

        return load_xmi_bytes(file.read_bytes(), load_typesystem(typesystem), lenient=lenient,
                              file=str(file), document=file.stem)
    if suffix == ".txt":
        from ..io.text import decode_text
        from ..pipeline import Pipeline

        text = decode_text(file.read_bytes(), file=str(file), document=file.stem)
        return Pipeline.from_descriptor(pipeline)(text, document_id=file.stem)
    raise InputError(f"cannot show a {suffix or 'extension-less'} file", file=str(file),
                     fix="give an .xmi (analysed CAS) or a .txt note")
