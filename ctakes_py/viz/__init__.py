"""HTML visualizer for analysed documents.

``show(cas)`` gives a :class:`CasView` that Jupyter displays inline (``_repr_html_``) and
that can be saved as a self-contained page (``save(path)``); ``render_html(cas)`` gives
the page as a string. The command line is ``ctakes-py show FILE -o page.html``.
"""
from __future__ import annotations

import os
from pathlib import Path

from cassis import Cas

from ..io.base import atomic_write_bytes
from .model import DocumentView, document_view
from .render import render_fragment, render_page


class CasView:
    """A CAS ready for display. ``view`` holds the extracted data (spans, arcs, chains,
    sections)."""

    def __init__(self, cas: Cas) -> None:
        self.view: DocumentView = document_view(cas)

    def _repr_html_(self) -> str:
        return render_fragment(self.view)

    def html(self) -> str:
        """The full, self-contained HTML page."""
        return render_page(self.view)

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (atomically); returns the path."""
        path = Path(path)
        atomic_write_bytes(path, self.html().encode("utf-8"))
        return path


def show(cas: Cas) -> CasView:
    """A displayable view of ``cas`` (inline in Jupyter)."""
    return CasView(cas)


def render_html(cas: Cas) -> str:
    """The self-contained HTML page for ``cas``."""
    return CasView(cas).html()


__all__ = ["CasView", "show", "render_html", "document_view"]
