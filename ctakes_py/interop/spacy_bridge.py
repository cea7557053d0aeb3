"""A CAS as a spaCy ``Doc`` and back, so spaCy / medspaCy components can work on cTAKES output.

:func:`to_spacy` ``(cas) -> Doc``:

- **text**: ``doc.text == cas.sofa_string`` exactly. Each CAS token (``BaseToken`` and
  subtypes; overlapping ones after the first are skipped) is one spaCy token; the text
  between tokens is a single trailing space (``spaces``) or its own whitespace / filler
  token (``Token._.ctakes_type`` None). A CAS without tokens is tokenized by spaCy.
- **sentences**: ``is_sent_start`` at the first token of each ``Sentence``.
- **mentions**: every ``IdentifiedAnnotation`` is a span in ``doc.spans["ctakes"]`` (label =
  short type name, ``kb_id`` = first CUI, ``span.id`` = 1 + its index); the longest
  non-overlapping ones are also ``doc.ents``. Other annotations (segments, sentences,
  assertion cues, ...) are spans in ``doc.spans["ctakes_other"]``.
- **attributes** as ``Span`` extensions: ``polarity``, ``uncertainty``, ``conditional``,
  ``generic``, ``subject``, ``history_of``, ``confidence``, ``cuis`` (list) and ``concepts``
  (list of dicts: ``cui``, ``tui``, ``code``, ``codingScheme``, ``preferredText``, ...).
  spaCy keys span extensions by character offsets only, so annotations with the same offsets
  share them (the last one's values show); a value a component changes applies to every
  annotation at those offsets.
- **everything else** in ``Doc._.ctakes`` (JSON-able, survives ``Doc.to_bytes``):
  ``document_id``, ``metadata``, ``groups`` (per span group, per span: type name and every
  feature, references encoded), ``relations`` and ``exported`` (the assertion extension
  values as written, to see what a component changed). Tokens carry ``Token._.ctakes_type``
  and ``Token._.ctakes_features``.

References are encoded as plain values: a referenced span as ``{"$span": i, "$group": key}``,
a structure as ``{"$type": name, "features": {...}}``, an array as ``{"$array": type,
"elements": [...]}``.

:func:`from_spacy` ``(doc) -> Cas`` rebuilds all of that (tokens, sentences, spans with their
features, relations) and converts spans spaCy components added: ``doc.ents`` (and any
``span_keys``) not already present become mentions, their type from ``label_map`` (label ->
type name; cTAKES short/full type names map to themselves). negspacy's ``_.negex`` and
medspaCy's ``_.is_negated`` / ``is_uncertain`` / ``is_historical`` / ``is_hypothetical`` /
``is_family`` become polarity -1 / uncertainty 1 / historyOf 1 / conditional / subject
``family_member``. The CAS's own sentences are kept as they were; a Doc without them gets
sentences from ``doc.sents`` when it has sentence boundaries.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from cassis import Cas, TypeSystem

from ..document import create_cas, get_document_id, get_metadata
from ..lexicon.semantic import mention_type_id
from ..typesystem import (
    ANATOMICAL_SITE_MENTION,
    ANNOTATION,
    BASE_TOKEN,
    DICT_LOOKUP,
    DISEASE_DISORDER_MENTION,
    DOCUMENT_ANNOTATION,
    ENTITY_MENTION,
    IDENTIFIED_ANNOTATION,
    LAB_MENTION,
    MEDICATION_MENTION,
    NEWLINE_TOKEN,
    NUM_TOKEN,
    PROCEDURE_MENTION,
    PUNCTUATION_TOKEN,
    RELATION,
    SENTENCE,
    SIGN_SYMPTOM_MENTION,
    WORD_TOKEN,
    load_typesystem,
)

SPAN_KEY = "ctakes"
OTHER_KEY = "ctakes_other"

# IdentifiedAnnotation feature -> Span extension name (None: not set)
ASSERTION_EXTENSIONS: dict[str, str] = {
    "polarity": "polarity", "uncertainty": "uncertainty", "conditional": "conditional",
    "generic": "generic", "subject": "subject", "historyOf": "history_of", "confidence": "confidence",
}
SPAN_EXTENSIONS = (*ASSERTION_EXTENSIONS.values(), "cuis", "concepts")
DOC_EXTENSIONS = ("ctakes",)
TOKEN_EXTENSIONS = ("ctakes_type", "ctakes_features")

# spaCy / medspaCy entity labels -> cTAKES mention types (upper-cased labels).
DEFAULT_LABELS: dict[str, str] = {
    "DISEASE": DISEASE_DISORDER_MENTION, "DISORDER": DISEASE_DISORDER_MENTION,
    "PROBLEM": DISEASE_DISORDER_MENTION, "CONDITION": DISEASE_DISORDER_MENTION,
    "SYMPTOM": SIGN_SYMPTOM_MENTION, "SIGN_SYMPTOM": SIGN_SYMPTOM_MENTION, "FINDING": SIGN_SYMPTOM_MENTION,
    "DRUG": MEDICATION_MENTION, "MEDICATION": MEDICATION_MENTION, "CHEMICAL": MEDICATION_MENTION,
    "PROCEDURE": PROCEDURE_MENTION, "TREATMENT": PROCEDURE_MENTION,
    "TEST": LAB_MENTION, "LAB": LAB_MENTION,
    "ANATOMY": ANATOMICAL_SITE_MENTION, "ANATOMICAL_SITE": ANATOMICAL_SITE_MENTION,
}
_SPACY_DISCOVERY = DICT_LOOKUP  # spaCy rules/ML have no cTAKES code of their own

# Foreign assertion extensions: name -> (CAS feature, value when the extension is True).
FOREIGN_ASSERTIONS: dict[str, tuple[str, Any]] = {
    "negex": ("polarity", -1), "is_negated": ("polarity", -1),
    "is_uncertain": ("uncertainty", 1), "is_historical": ("historyOf", 1),
    "is_hypothetical": ("conditional", True), "is_family": ("subject", "family_member"),
}
_GAP = re.compile(r" |[^ ]+| +")  # a lone space becomes a trailing space, anything else a token
_SKIP_FEATURES = frozenset({"sofa", "begin", "end"})


def register_extensions() -> None:
    """Register the ``_.*`` extensions once per process (existing ones are left alone)."""
    from spacy.tokens import Doc, Span, Token
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in TOKEN_EXTENSIONS:
        if not Token.has_extension(name):
            Token.set_extension(name, default=None)


# --- CAS -> Doc ------------------------------------------------------------------------
@dataclass
class SpacyView:
    """A Doc built from a CAS plus the CAS annotations behind its span groups, by index."""

    doc: Any
    mentions: list[Any] = field(default_factory=list)   # doc.spans["ctakes"][i] <- mentions[i]
    others: list[Any] = field(default_factory=list)     # doc.spans["ctakes_other"][i]
    skipped_tokens: int = 0


def to_spacy(cas: Cas, vocab: Any = None) -> Any:
    """The CAS's default view as a ``spacy.tokens.Doc`` (see the module docstring).

    ``vocab`` defaults to ``spacy.blank("en").vocab``; pass ``nlp.vocab`` to run ``nlp``'s
    components on the result.
    """
    return build_view(cas, vocab).doc


def build_view(cas: Cas, vocab: Any = None) -> SpacyView:
    """:func:`to_spacy` keeping the link from each span back to its CAS annotation."""
    import spacy
    from spacy.tokens import Doc
    register_extensions()
    vocab = vocab if vocab is not None else spacy.blank("en").vocab
    text = cas.sofa_string or ""
    ts = cas.typesystem
    tokens, skipped = _non_overlapping(cas.select(BASE_TOKEN))
    if tokens:
        words, spaces, token_fs = _words(text, tokens)
        doc = Doc(vocab, words=words, spaces=spaces)
        for tok, fs in zip(doc, token_fs):
            if fs is not None:
                tok._.ctakes_type = fs.type.name
                tok._.ctakes_features = _encode_features(fs, ts, {})
    else:
        doc = spacy.blank("en", vocab=vocab).make_doc(text) if text else Doc(vocab, words=[])
    _set_sentences(doc, cas.select(SENTENCE))
    doc._.ctakes = {"document_id": get_document_id(cas), "metadata": get_metadata(cas) or None,
                    "groups": {}, "relations": [], "exported": {}}
    view = SpacyView(doc=doc, skipped_tokens=skipped)
    _add_spans(view, cas)
    return view


def _non_overlapping(tokens: Iterable[Any]) -> tuple[list[Any], int]:
    kept, skipped, last_end = [], 0, -1
    for fs in sorted(tokens, key=lambda t: (t.begin, -t.end)):
        if fs.begin >= last_end and fs.end > fs.begin:
            kept.append(fs)
            last_end = fs.end
        else:
            skipped += 1
    return kept, skipped


def _words(text: str, tokens: list[Any]) -> tuple[list[str], list[bool], list[Any]]:
    """Words and trailing-space flags reproducing ``text``; gaps become filler tokens."""
    words: list[str] = []
    spaces: list[bool] = []
    owners: list[Any] = []
    pos = 0
    for fs in [*tokens, None]:
        begin = fs.begin if fs is not None else len(text)
        for piece in _GAP.findall(text[pos:begin]):
            if piece == " " and words and not spaces[-1]:
                spaces[-1] = True
            else:
                words.append(piece)
                spaces.append(False)
                owners.append(None)
        if fs is not None:
            words.append(text[fs.begin:fs.end])
            spaces.append(False)
            owners.append(fs)
            pos = fs.end
    return words, spaces, owners


def _set_sentences(doc: Any, sentences: list[Any]) -> None:
    if not sentences or not len(doc):
        return
    starts = [t.idx for t in doc]
    first = set()
    for s in sentences:
        i = bisect.bisect_left(starts, s.begin)
        if i < len(doc):
            first.add(i)
    first.add(0)
    for tok in doc:
        tok.is_sent_start = tok.i in first


def _add_spans(view: SpacyView, cas: Cas) -> None:
    from spacy.tokens import Span
    from spacy.util import filter_spans
    doc, ts = view.doc, cas.typesystem
    skip = {BASE_TOKEN, DOCUMENT_ANNOTATION}
    for fs in sorted(cas.select(ANNOTATION), key=lambda a: (a.begin, a.end, a.type.name)):
        if any(ts.subsumes(name, fs.type.name) for name in skip):
            continue
        target = view.mentions if ts.subsumes(IDENTIFIED_ANNOTATION, fs.type.name) else view.others
        target.append(fs)
    index = {id(fs): (SPAN_KEY, i) for i, fs in enumerate(view.mentions)}
    index.update({id(fs): (OTHER_KEY, i) for i, fs in enumerate(view.others)})
    data = doc._.ctakes
    for key, group in ((SPAN_KEY, view.mentions), (OTHER_KEY, view.others)):
        doc.spans[key] = [_span(doc, fs, i) for i, fs in enumerate(group)]
        data["groups"][key] = [{"type": fs.type.name, "features": _encode_features(fs, ts, index)}
                               for fs in group]
    for span, record in zip(doc.spans[SPAN_KEY], data["groups"][SPAN_KEY]):
        _set_span_extensions(span, record["features"])
    data["exported"] = {_offsets(s): {ext: getattr(s._, ext) for ext in ASSERTION_EXTENSIONS.values()}
                        for s in doc.spans[SPAN_KEY]}
    doc.ents = filter_spans([Span(doc, s.start, s.end, label=s.label_, kb_id=s.kb_id_)
                             for s in doc.spans[SPAN_KEY] if len(s)])
    data["relations"] = [_encode_value(r, ts, index) for r in cas.select(RELATION)]


def _offsets(span: Any) -> str:
    return f"{span.start_char}:{span.end_char}"


def _span(doc: Any, fs: Any, i: int) -> Any:
    from spacy.tokens import Span
    span = doc.char_span(fs.begin, fs.end, alignment_mode="expand")
    if span is None:  # an empty or out-of-text annotation: zero-width span at its position
        at = bisect.bisect_left([t.idx for t in doc], fs.begin)
        span = doc[at:at]
    cuis = _cuis(fs)
    return Span(doc, span.start, span.end, label=fs.type.name.rsplit(".", 1)[-1],
                kb_id=cuis[0] if cuis else "", span_id=i + 1)


def _set_span_extensions(span: Any, features: dict[str, Any]) -> None:
    for feature, ext in ASSERTION_EXTENSIONS.items():
        if feature in features:
            setattr(span._, ext, features[feature])
    concepts = features.get("ontologyConceptArr")
    if concepts:
        span._.concepts = [dict(c.get("features", {}), type=c.get("$type")) for c in concepts["elements"]]
        span._.cuis = list(dict.fromkeys(c["cui"] for c in span._.concepts if c.get("cui"))) or None


def _cuis(fs: Any) -> list[str]:
    array = fs.get("ontologyConceptArr") if fs.type.get_feature("ontologyConceptArr") else None
    concepts = array.elements if array is not None and array.elements else []
    return list(dict.fromkeys(c.cui for c in concepts if getattr(c, "cui", None)))


def _encode_features(fs: Any, ts: TypeSystem, index: dict, depth: int = 0) -> dict[str, Any]:
    out = {}
    for feature in fs.type.all_features:
        if feature.name == "sofa":
            continue
        value = fs.get(feature.name)
        if value is not None:
            out[feature.name] = _encode_value(value, ts, index, depth + 1)
    return out


def _encode_value(value: Any, ts: TypeSystem, index: dict, depth: int = 0) -> Any:
    if not hasattr(value, "type"):
        return value
    if id(value) in index:
        group, i = index[id(value)]
        return {"$span": i, "$group": group}
    if depth > 8:  # deeper graphs (cycles) are cut
        return None
    if ts.is_primitive_array(value.type):
        return {"$array": value.type.name, "elements": list(value.elements or [])}
    if ts.is_array(value.type):
        return {"$array": value.type.name,
                "elements": [_encode_value(e, ts, index, depth + 1) for e in value.elements or []]}
    return {"$type": value.type.name, "features": _encode_features(value, ts, index, depth)}


# --- Doc -> CAS ------------------------------------------------------------------------
def from_spacy(doc: Any, typesystem: TypeSystem | None = None, document_id: str | None = None,
               label_map: Mapping[str, str] | None = None, span_keys: Iterable[str] = ()) -> Cas:
    """A new CAS from ``doc`` (see the module docstring). ``label_map`` adds to
    :data:`DEFAULT_LABELS`; labels mapping to no known type become ``EntityMention``."""
    register_extensions()
    ts = typesystem or load_typesystem()
    data = doc._.ctakes or {}
    doc_id = document_id if document_id is not None else data.get("document_id")
    cas = create_cas(doc.text, ts, doc_id, data.get("metadata") or None)
    _add_tokens(cas, doc)
    groups = {key: _restore_group(cas, doc, key) for key in (SPAN_KEY, OTHER_KEY)}
    _resolve_references(cas, doc, groups)
    apply_span_changes(doc, groups[SPAN_KEY])
    if not any(fs is not None and ts.subsumes(SENTENCE, fs.type.name) for fs in groups[OTHER_KEY]):
        _add_sentences(cas, doc)
    add_foreign_spans(cas, doc, groups[SPAN_KEY], label_map, span_keys)
    return cas


def _add_tokens(cas: Cas, doc: Any) -> None:
    ts = cas.typesystem
    number = 0
    for tok in doc:
        name = tok._.ctakes_type
        if name is None and tok.is_space:
            continue
        name = name if name and ts.contains_type(name) else _token_type(tok)
        features = {k: v for k, v in (tok._.ctakes_features or {}).items()
                    if not isinstance(v, dict) and k not in _SKIP_FEATURES}
        if tok._.ctakes_type is None:  # a spaCy token: number it; ours keep what they had
            features["tokenNumber"] = number
        cas.add(ts.get_type(name)(begin=tok.idx, end=tok.idx + len(tok.text), **features))
        number += 1


def _token_type(tok: Any) -> str:
    if tok.text == "\n":
        return NEWLINE_TOKEN
    if tok.is_punct:
        return PUNCTUATION_TOKEN
    return NUM_TOKEN if tok.like_num else WORD_TOKEN


def _records(doc: Any, key: str) -> list[tuple[Any, dict]]:
    """``(span, record)`` for the spans of group ``key`` that to_spacy made (by ``span.id``)."""
    records = ((doc._.ctakes or {}).get("groups") or {}).get(key) or []
    spans = doc.spans[key] if key in doc.spans else []
    return [(span, records[span.id - 1]) for span in spans if 0 < span.id <= len(records)]


def _restore_group(cas: Cas, doc: Any, key: str) -> list[Any]:
    """One annotation per record of group ``key`` (None where its span is gone or its type
    is unknown), with primitive features; references are set later."""
    ts = cas.typesystem
    records = ((doc._.ctakes or {}).get("groups") or {}).get(key) or []
    out: list[Any] = [None] * len(records)
    for span, record in _records(doc, key):
        name = record["type"]
        if not ts.contains_type(name):
            continue
        saved = record["features"]
        begin, end = saved.get("begin", span.start_char), saved.get("end", span.end_char)
        if (span.start_char, span.end_char) != _token_bounds(span, begin, end):
            begin, end = span.start_char, span.end_char  # a component moved the span
        primitives = {k: v for k, v in saved.items() if not isinstance(v, dict) and k not in _SKIP_FEATURES}
        fs = ts.get_type(name)(begin=begin, end=end, **primitives)
        cas.add(fs)
        out[span.id - 1] = fs
    return out


def _token_bounds(span: Any, begin: int, end: int) -> tuple[int, int]:
    """The token-aligned bounds the span had when it was made from ``begin..end``."""
    aligned = span.doc.char_span(begin, end, alignment_mode="expand")
    return (aligned.start_char, aligned.end_char) if aligned is not None else (span.start_char, span.end_char)


def apply_span_changes(doc: Any, restored: list[Any]) -> int:
    """Assertion values components changed on ``doc.spans["ctakes"]`` (our extensions, or
    negspacy/medspaCy flags) into the restored annotations; returns how many changed."""
    exported = (doc._.ctakes or {}).get("exported") or {}
    changed = 0
    for span, _ in _records(doc, SPAN_KEY):
        fs = restored[span.id - 1]
        if fs is None:
            continue
        before = exported.get(_offsets(span), {})
        updates = {feature: getattr(span._, ext) for feature, ext in ASSERTION_EXTENSIONS.items()
                   if getattr(span._, ext) is not None and getattr(span._, ext) != before.get(ext)}
        updates.update(foreign_assertions(span))
        changed += _set_features(fs, updates)
    return changed


def _set_features(fs: Any, updates: Mapping[str, Any]) -> int:
    changed = 0
    for feature, value in updates.items():
        if fs.type.get_feature(feature) is not None and fs.get(feature) != value:
            fs.set(feature, value)
            changed += 1
    return changed


def _apply_extensions(fs: Any, span: Any) -> None:
    """Assertion values of a new mention: our extensions, then negspacy/medspaCy flags."""
    updates = {feature: getattr(span._, ext) for feature, ext in ASSERTION_EXTENSIONS.items()
               if getattr(span._, ext) is not None}
    updates.update(foreign_assertions(span))
    _set_features(fs, updates)


def foreign_assertions(span: Any) -> dict[str, Any]:
    """CAS assertion features set by negspacy / medspaCy extensions on ``span``."""
    from spacy.tokens import Span
    out = {}
    for ext, (feature, value) in FOREIGN_ASSERTIONS.items():
        if Span.has_extension(ext) and getattr(span._, ext):
            out[feature] = value
    return out


def _resolve_references(cas: Cas, doc: Any, groups: dict[str, list[Any]]) -> None:
    ts = cas.typesystem
    for key, restored in groups.items():
        for span, record in _records(doc, key):
            fs = restored[span.id - 1]
            if fs is None:
                continue
            for name, value in record["features"].items():
                if isinstance(value, dict) and fs.type.get_feature(name) is not None:
                    fs.set(name, _decode(value, ts, groups))
    for encoded in (doc._.ctakes or {}).get("relations") or []:
        relation = _decode(encoded, ts, groups)
        if relation is not None:
            cas.add(relation)


def _decode(value: Any, ts: TypeSystem, groups: dict[str, list[Any]]) -> Any:
    if not isinstance(value, dict):
        return value
    if "$span" in value:
        group = groups.get(value.get("$group", SPAN_KEY), [])
        return group[value["$span"]] if value["$span"] < len(group) else None
    if "$array" in value:
        elements = [_decode(e, ts, groups) for e in value["elements"]]
        return ts.get_type(value["$array"])(elements=elements)
    name = value.get("$type")
    if not name or not ts.contains_type(name):
        return None
    features = {k: _decode(v, ts, groups) for k, v in value.get("features", {}).items() if k != "sofa"}
    return ts.get_type(name)(**{k: v for k, v in features.items() if v is not None})


def _add_sentences(cas: Cas, doc: Any) -> None:
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return
    sentence = cas.typesystem.get_type(SENTENCE)
    for number, sent in enumerate(doc.sents):
        words = [t for t in sent if not t.is_space]
        if words:
            cas.add(sentence(begin=words[0].idx, end=words[-1].idx + len(words[-1].text),
                             sentenceNumber=number))


def add_foreign_spans(cas: Cas, doc: Any, existing: list[Any], label_map: Mapping[str, str] | None = None,
                      span_keys: Iterable[str] = ()) -> list[Any]:
    """Mentions for ``doc.ents`` and ``doc.spans[k]`` (k in ``span_keys``) that no existing
    annotation (``existing``: aligned with the records of ``doc.spans["ctakes"]``) covers with
    the same (or the same token-aligned) offsets and type; an existing one matched by an entity
    takes the entity's negspacy/medspaCy assertion flags. Returns the new mentions."""
    ts = cas.typesystem
    labels = {**DEFAULT_LABELS, **{k.upper(): v for k, v in (label_map or {}).items()}}
    known = {(fs.begin, fs.end, fs.type.name): fs for fs in existing if fs is not None}
    for span, _ in _records(doc, SPAN_KEY):  # also by token-aligned offsets, as doc.ents has them
        fs = existing[span.id - 1] if span.id <= len(existing) else None
        if fs is not None:
            known.setdefault((span.start_char, span.end_char, fs.type.name), fs)
    created = []
    candidates = [*doc.ents, *(s for key in span_keys if key in doc.spans for s in doc.spans[key])]
    for span in candidates:
        name = mention_type(span.label_, ts, labels)
        key = (span.start_char, span.end_char, name)
        if key in known:
            _set_features(known[key], foreign_assertions(span))
            continue
        fs = ts.get_type(name)(begin=span.start_char, end=span.end_char, typeID=mention_type_id(name),
                               discoveryTechnique=_SPACY_DISCOVERY, polarity=1, uncertainty=0,
                               conditional=False, generic=False, subject="patient", historyOf=0)
        _apply_extensions(fs, span)
        cas.add(fs)
        known[key] = fs
        created.append(fs)
    return created


def mention_type(label: str, ts: TypeSystem, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
    """The cTAKES type for a spaCy label: a type (short or full) name, a mapped label, or
    ``EntityMention``."""
    if label and ts.contains_type(label):  # cassis also finds types by short name
        name = ts.get_type(label).name
        if ts.subsumes(IDENTIFIED_ANNOTATION, name):
            return name
    mapped = labels.get(label.upper())
    return mapped if mapped and ts.contains_type(mapped) else ENTITY_MENTION


def annotation_counts(cas: Cas) -> dict[str, int]:
    """Short type name -> number of annotations and relations (round-trip fidelity)."""
    counts: dict[str, int] = {}
    for fs in [*cas.select(ANNOTATION), *cas.select(RELATION)]:
        if fs.type.name == DOCUMENT_ANNOTATION:
            continue
        short = fs.type.name.rsplit(".", 1)[-1]
        counts[short] = counts.get(short, 0) + 1
    return dict(sorted(counts.items()))
