"""HTML for a :class:`~ctakes_py.viz.model.DocumentView`: one self-contained fragment
(inline CSS, inline JS, inline JSON data; no network) that also works as a full page.

The text is marked up on the Python side, so spans, colours, hover titles, assertion
badges, sections and the relation/chain tables show even where scripts do not run (an
untrusted Jupyter notebook); the script only draws relation arcs and highlights chains.
Every piece of document text, label and title is HTML-escaped; the JSON island escapes
``<``, ``>`` and ``&`` so no text can close the script element.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from functools import lru_cache
from html import escape
from importlib.resources import files
from itertools import count
from typing import Any

from .model import FLAG_BADGES, DocumentView, Section, Span

# Background / border colours for the common cTAKES types; others get a hashed hue.
TYPE_COLORS: dict[str, tuple[str, str]] = {
    "DiseaseDisorderMention": ("#f8c9c4", "#d9534f"),
    "SignSymptomMention": ("#fde2b8", "#e69500"),
    "ProcedureMention": ("#cfe8fc", "#2f80c6"),
    "AnatomicalSiteMention": ("#d7f0d2", "#43a047"),
    "MedicationMention": ("#e5d4f5", "#8e44ad"),
    "LabMention": ("#d2f1f0", "#00897b"),
    "MedicationStrengthModifier": ("#efe6fa", "#a77bd0"),
    "MedicationDosageModifier": ("#efe6fa", "#a77bd0"),
    "MedicationRouteModifier": ("#f3ebfb", "#b894d9"),
    "MedicationFrequencyModifier": ("#f3ebfb", "#b894d9"),
    "MedicationDurationModifier": ("#f3ebfb", "#b894d9"),
    "MedicationFormModifier": ("#f3ebfb", "#b894d9"),
    "MedicationStatusChangeModifier": ("#fbe3f1", "#c2185b"),
    "AssertionCue": ("transparent", "#444"),
}
_ids = count(1)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def type_color(label: str) -> tuple[str, str]:
    """(background, border) colour of a type short name."""
    if label in TYPE_COLORS:
        return TYPE_COLORS[label]
    hue = int(hashlib.md5(label.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue},70%,88%)", f"hsl({hue},55%,45%)"


def render_fragment(view: DocumentView, element_id: str | None = None) -> str:
    """One ``<div class="ctv">`` with its style, content, data and script."""
    root_id = element_id or f"ctv-{next(_ids)}-{hashlib.md5(view.text.encode('utf-8')).hexdigest()[:8]}"
    parts = [
        f'<div class="ctv" id="{escape(root_id)}">',
        f"<style>{_asset('viz.css')}</style>",
        f"<h2>{escape(view.document_id or 'document')}</h2>",
        _legend(view),
        # no whitespace inside ctv-doc: it is white-space: pre-wrap
        '<div class="ctv-doc">' + _text_markup(view) + '<svg class="ctv-arcs" aria-hidden="true"></svg></div>',
        _relation_table(view), _chain_list(view),
        f'<script type="application/json" class="ctv-data">{_json_island(view)}</script>',
        f"<script>{_asset('viz.js')}\nctakesViz(document.getElementById({json.dumps(root_id)}));</script>",
        "</div>",
    ]
    return "\n".join(parts)


def render_page(view: DocumentView) -> str:
    """A complete HTML document around :func:`render_fragment`."""
    title = escape(f"ctakes-py: {view.document_id or 'document'}")
    return _asset("page.html").replace("{title}", title).replace("{body}", render_fragment(view))


# --- text markup -------------------------------------------------------------------------
def _text_markup(view: DocumentView) -> str:
    """Escaped text with nested tags. Overlapping (non-nesting) items are split into
    fragments that share ``data-id``; at each boundary the open-tag stack is closed down
    to the common prefix and re-opened, so the HTML always nests."""
    items: list[Section | Span] = [*view.sections, *view.spans]
    order = {id(item): rank for rank, item in enumerate(sorted(items, key=_stack_key))}
    cuts = sorted({0, len(view.text), *(i.begin for i in items), *(i.end for i in items)})
    out: list[str] = []
    stack: list[Section | Span] = []
    starts: dict[int, list[Any]] = {}
    for item in items:
        starts.setdefault(item.begin, []).append(item)
    active: list[Section | Span] = []
    for begin, end in zip(cuts, cuts[1:]):
        active = [i for i in active if i.end > begin] + starts.get(begin, [])
        wanted = sorted((i for i in active if i.end > begin), key=lambda i: order[id(i)])
        keep = _common_prefix(stack, wanted)
        for item in reversed(stack[keep:]):
            out.append(_close(item, begin))
        for item in wanted[keep:]:
            out.append(_open(item, begin))
        stack = wanted
        out.append(escape(view.text[begin:end]))
    out.extend(_close(item, len(view.text)) for item in reversed(stack))
    return "".join(out)


def _stack_key(item: Section | Span) -> tuple[int, int, int, str]:
    rank = 0 if isinstance(item, Section) else (2 if item.kind == "cue" else 1)
    return rank, item.begin, -item.end, getattr(item, "id", "")


def _common_prefix(a: list[Any], b: list[Any]) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] is b[n]:
        n += 1
    return n


def _open(item: Section | Span, at: int) -> str:
    if isinstance(item, Section):
        label = f'<span class="sec-label">{escape(item.name)}</span>' if at == item.begin else ""
        return f'<span class="section" data-section="{escape(item.name)}">{label}'
    classes = ["ent" if item.kind == "entity" else item.kind, f"t-{_css_name(item.label)}", *item.flags]
    attrs = [f'class="{" ".join(classes)}"', f'data-id="{item.id}"', f'data-type="{escape(item.label)}"',
             f'title="{escape(item.title)}"']
    if item.chains:
        attrs.append(f'data-chains="{" ".join(map(str, item.chains))}"')
    return f"<span {' '.join(attrs)}>"


def _close(item: Section | Span, at: int) -> str:
    if isinstance(item, Span) and at == item.end and item.flags:
        badges = "".join(f'<span class="badge {f}">{FLAG_BADGES[f]}</span>' for f in item.flags)
        return badges + "</span>"
    return "</span>"


def _css_name(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", label)


# --- panels ----------------------------------------------------------------------------
def _legend(view: DocumentView) -> str:
    counts = Counter(s.label for s in view.spans if s.kind == "entity")
    rules, swatches = [], []
    for label in sorted({s.label for s in view.spans}):
        bg, border = type_color(label)
        rules.append(f".ctv .t-{_css_name(label)}{{--c:{bg};--b:{border}}}")
        if label in counts:
            swatches.append(f'<span class="swatch t-{_css_name(label)}">{escape(label)} {counts[label]}</span>')
    flags = Counter(f for s in view.spans for f in s.flags)
    flag_text = ", ".join(f"{FLAG_BADGES[f]} = {f} ({n})" for f, n in flags.items())
    return (f"<style>{''.join(rules)}</style><div class=\"legend\">{''.join(swatches)}"
            f"<div>{escape(flag_text)}</div></div>")


def _relation_table(view: DocumentView) -> str:
    if not view.arcs:
        return ""
    spans = {s.id: s for s in view.spans}
    rows = [f'<tr data-source="{a.source}" data-target="{a.target}"><td>{_quote(view, spans[a.source])}</td>'
            f"<td>{escape(a.label)}</td><td>{_quote(view, spans[a.target])}</td></tr>" for a in view.arcs]
    return (f"<h2>Relations ({len(rows)})</h2><table><tr><th>from</th><th>relation</th><th>to</th></tr>"
            + "".join(rows) + "</table>")


def _chain_list(view: DocumentView) -> str:
    if not view.chains:
        return ""
    spans = {s.id: s for s in view.spans}
    items = [f'<li data-chain="{c.id}"><b>{escape(c.label)}</b>: '
             + " → ".join(_quote(view, spans[m]) for m in c.members) + "</li>" for c in view.chains]
    return (f"<h2>Coreference chains ({len(items)}, click to highlight)</h2>"
            f'<ul class="chain-list">{"".join(items)}</ul>')


def _quote(view: DocumentView, span: Span) -> str:
    return escape(view.text[span.begin:span.end])


def _json_island(view: DocumentView) -> str:
    data = {"arcs": [{"source": a.source, "target": a.target, "label": a.label} for a in view.arcs],
            "chains": [{"id": c.id, "label": c.label, "members": c.members} for c in view.chains]}
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
