"""Training data and fitting for relation models.

:func:`labelled_candidates` turns gold CASes (mentions + ``BinaryTextRelation`` s of the
model's category) into feature dicts and 0/1 labels: sentence scope labels a mention pair
by its gold relation (either argument order, read as arg1 = the configured arg1 type);
document scope labels a concept pair. :func:`fit` trains scikit-learn's
``LogisticRegression`` (liblinear, L2) on ``DictVectorizer`` features and keeps the
non-zero weights by name; :func:`best_threshold` picks the F1-best probability cut-off.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from typing import Any

from cassis import Cas

from ..typesystem import ALTERNATIVE_SPAN, BINARY_TEXT_RELATION
from .candidates import (
    DOCUMENT_SCOPE,
    Candidate,
    DocView,
    concept_keys,
    document_candidates,
    select_mentions,
    sentence_candidates,
)
from .features import candidate_features
from .model import RelationConfig, RelationModel


def candidates_of(cas: Cas, config: RelationConfig, techniques: Sequence[int] = (),
                  names: dict[str, str] | None = None, nested: bool = False
                  ) -> tuple[DocView, list[Candidate], list[Any]]:
    """The document view, candidates and all argument mentions of a CAS (``names``: mention
    text -> concept id for mentions without codes, document scope; ``nested``: sentence-scope
    pairs may nest an arg1 inside an arg2, see :func:`~.candidates.sentence_candidates`)."""
    view = DocView.of(cas, names, config.code_pattern)
    arg1s = select_mentions(cas, config.arg1_types, techniques)
    arg2s = select_mentions(cas, config.arg2_types, techniques)
    if config.scope == DOCUMENT_SCOPE:
        cands = document_candidates(view, arg1s, arg2s, config.require_ids)
    else:
        cands = sentence_candidates(view, arg1s, arg2s, config.window, nested)
    # alternative spans compete with the Viterbi ones: they are arguments, never context
    mentions = sorted({id(m): m for m in arg1s + arg2s if m.discoveryTechnique != ALTERNATIVE_SPAN}.values(),
                      key=lambda m: (m.begin, m.end))
    return view, cands, mentions


def gold_keys(cas: Cas, config: RelationConfig) -> set[tuple]:
    """Gold relations of the category: ``(begin1, end1, begin2, end2)`` of (arg1, arg2) for
    sentence scope (arg1 = the argument of an arg1 type), concept-id pairs for document scope."""
    from .candidates import _is_a, expand_type

    arg1_types = {expand_type(t) for t in config.arg1_types}
    text = cas.sofa_string or ""
    out = set()
    for rel in cas.select(BINARY_TEXT_RELATION):
        if rel.category != config.category or rel.arg1 is None or rel.arg2 is None:
            continue
        a, b = rel.arg1.argument, rel.arg2.argument
        if not _is_a(a, arg1_types) and _is_a(b, arg1_types):
            a, b = b, a
        if config.scope == DOCUMENT_SCOPE:
            for k1 in _relation_codes(rel.arg1 if a is rel.arg1.argument else rel.arg2, text):
                for k2 in _relation_codes(rel.arg2 if b is rel.arg2.argument else rel.arg1, text):
                    out.add((k1, k2))
        else:
            out.add((a.begin, a.end, b.begin, b.end))
    return out


def _relation_codes(arg: Any, text: str) -> list[str]:
    """Concept ids of a relation argument; a ``Type:ID`` role picks one of several."""
    keys = concept_keys(arg.argument, text)
    _, sep, code = (arg.role or "").rpartition(":")
    return [code] if sep and code in keys else keys


def candidate_key(cand: Candidate, config: RelationConfig) -> tuple:
    if config.scope == DOCUMENT_SCOPE:
        return cand.key1, cand.key2
    return cand.arg1.begin, cand.arg1.end, cand.arg2.begin, cand.arg2.end


def build_names(cases: Iterable[Cas], types: Sequence[str]) -> dict[str, str]:
    """Normalized mention text -> its most frequent concept code, over the coded mentions of
    ``types`` in ``cases`` (a names table for mentions an NER found without codes)."""
    from collections import Counter

    from .candidates import concept_codes, normalize_name

    counts: dict[str, Counter] = {}
    for cas in cases:
        text = cas.sofa_string or ""
        for m in select_mentions(cas, types):
            codes = concept_codes(m)
            if len(codes) == 1:
                counts.setdefault(normalize_name(text[m.begin:m.end]), Counter())[codes[0]] += 1
    return {name: c.most_common(1)[0][0] for name, c in sorted(counts.items())}


def _overlapping(key: tuple, gold: set[tuple]) -> tuple | None:
    """The gold sentence-scope key whose two arguments overlap those of ``key``, if any."""
    b1, e1, b2, e2 = key
    for g in gold:
        if b1 < g[1] and g[0] < e1 and b2 < g[3] and g[2] < e2:
            return g
    return None


def labelled_candidates(cases: Iterable[Cas], config: RelationConfig, techniques: Sequence[int] = (),
                        names: dict[str, str] | None = None, overlap: bool = False, context: bool = False,
                        keys: list[tuple] | None = None, pairing: bool = False, nested: bool = False
                        ) -> tuple[list[dict[str, float]], list[int], int]:
    """Feature dicts, labels, and the number of gold relations no candidate covers. With
    ``overlap`` (sentence scope), a candidate between predicted mentions (``techniques``)
    is positive when its arguments overlap those of a gold relation. ``context``/``pairing``:
    add :func:`~.features.context_features`/:func:`~.features.pairing_features`; ``nested``:
    see :func:`candidates_of`; ``keys``: a list to extend with ``(case index, *candidate
    key)`` per candidate."""
    X, y, missed = [], [], 0
    for number, cas in enumerate(cases):
        gold = gold_keys(cas, config)
        view, cands, mentions = candidates_of(cas, config, techniques, names, nested)
        found = set()
        for cand in cands:
            key = candidate_key(cand, config)
            if keys is not None:
                keys.append((number, *key))
            if overlap and config.scope != DOCUMENT_SCOPE:
                key = _overlapping(key, gold) or key
            X.append(candidate_features(view, cand, mentions, context, pairing))
            y.append(int(key in gold))
            found.add(key)
        missed += len(gold - found)
    return X, y, missed


def suppress_overlapping(probabilities: Sequence[float], keys: Sequence[tuple]) -> list[int]:
    """Indexes of the sentence-scope candidates that survive non-maximum suppression, most
    probable first: a candidate is dropped when a more probable one of the same case
    (``keys``: ``(case, begin1, end1, begin2, end2)``) has overlapping arguments on both
    sides (``skin rash`` vs ``extensive skin rash`` for the same drug)."""
    kept: dict[Any, _KeptPairs] = {}
    out = []
    for i in sorted(range(len(keys)), key=lambda k: -probabilities[k]):
        case, b1, e1, b2, e2 = keys[i]
        pairs = kept.setdefault(case, _KeptPairs())
        if not pairs.overlaps(b1, e1, b2, e2):
            pairs.add(b1, e1, b2, e2)
            out.append(i)
    return out


class _KeptPairs:
    """The pairs kept so far in one case, grouped by first-argument span and searchable by
    offset, so a candidate is checked only against the groups whose first argument could
    overlap its own (a flat scan made suppression quadratic in a long document)."""

    def __init__(self) -> None:
        self.firsts: list[tuple[int, int]] = []                     # sorted first-argument spans
        self.seconds: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.longest = 0

    def overlaps(self, b1: int, e1: int, b2: int, e2: int) -> bool:
        lo = bisect_left(self.firsts, (b1 - self.longest, -1))
        hi = bisect_left(self.firsts, (e1, -1))
        return any(b1 < k2 and any(b2 < s2 and s1 < e2 for s1, s2 in self.seconds[(k1, k2)])
                   for k1, k2 in self.firsts[lo:hi])

    def add(self, b1: int, e1: int, b2: int, e2: int) -> None:
        if (b1, e1) not in self.seconds:
            insort(self.firsts, (b1, e1))
            self.seconds[(b1, e1)] = []
            self.longest = max(self.longest, e1 - b1)
        self.seconds[(b1, e1)].append((b2, e2))


def fit(X: list[dict[str, float]], y: list[int], config: RelationConfig, c: float = 1.0,
        class_weight: str | None = None, min_weight: float = 1e-6) -> RelationModel:
    """Logistic regression on the feature dicts; weights below ``min_weight`` are dropped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(y)) < 2:
        raise ValueError("training data needs positive and negative candidates")
    vec = DictVectorizer()
    matrix = vec.fit_transform(X).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear accepts 32-bit indices only
    matrix.indptr = matrix.indptr.astype("int32")
    clf = LogisticRegression(C=c, solver="liblinear", class_weight=class_weight, max_iter=500)
    clf.fit(matrix, y)
    names = vec.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, clf.coef_[0]) if abs(w) >= min_weight}
    return RelationModel(config, weights, float(clf.intercept_[0]))


def best_threshold(probabilities: Sequence[float], labels: Sequence[int], extra_fn: int = 0) -> tuple[float, float]:
    """(threshold, F1) maximizing F1 over the candidates' probabilities (``extra_fn``: gold
    relations no candidate covers, counted as misses)."""
    pairs = sorted(zip(probabilities, labels), reverse=True)
    positives = sum(labels) + extra_fn
    best = (0.5, 0.0)
    tp = fp = 0
    for i, (p, label) in enumerate(pairs):
        tp += label
        fp += 1 - label
        if i + 1 < len(pairs) and pairs[i + 1][0] == p:
            continue
        f1 = 2 * tp / (tp + fp + positives) if positives else 0.0
        if f1 > best[1]:
            nxt = pairs[i + 1][0] if i + 1 < len(pairs) else 0.0
            best = ((p + nxt) / 2, f1)
    return best


def _tune_split(n: int, fraction: float = 0.15) -> list[bool]:
    """Deterministic held-out flags (every k-th document) for threshold selection."""
    step = max(2, round(1 / fraction))
    return [i % step == step - 1 for i in range(n)]


def train_and_select(cases: Sequence[Cas], config: RelationConfig, c: float = 1.0, dev: Sequence[Cas] | None = None,
                     log: Any = print, techniques: Sequence[int] = (), overlap: bool = False
                     ) -> tuple[RelationModel, dict[str, Any]]:
    """Fit on 85% of ``cases``, choose the threshold on the other 15%, refit on all; with
    ``dev``, also score the final model there (gold entities). ``techniques``/``overlap``:
    see :func:`labelled_candidates`. Returns (model, report)."""
    flags = _tune_split(len(cases))
    fit_cases = [c_ for c_, held in zip(cases, flags) if not held]
    tune_cases = [c_ for c_, held in zip(cases, flags) if held]
    X, y, _ = labelled_candidates(fit_cases, config, techniques, overlap=overlap)
    Xt, yt, missed_t = labelled_candidates(tune_cases, config, techniques, overlap=overlap)
    log(f"fit {len(X)} candidates ({sum(y)} positive); tune {len(Xt)} ({sum(yt)} positive)")
    first = fit(X, y, config, c=c)
    threshold, tune_f1 = best_threshold([first.probability(x) for x in Xt], yt, missed_t)
    log(f"threshold {threshold:.3f} (tune F1 {tune_f1:.4f})")
    Xa, ya = X + Xt, y + yt
    model = fit(Xa, ya, config, c=c)
    model.threshold = threshold
    if config.scope == DOCUMENT_SCOPE:
        model.names = build_names(cases, config.arg1_types + config.arg2_types)
    report: dict[str, Any] = {"candidates": len(Xa), "positives": sum(ya), "cases": len(cases),
                              "c": c, "tune_f1": round(tune_f1, 4), "threshold": threshold}
    if dev is not None:
        Xd, yd, missed_d = labelled_candidates(dev, config)
        report["dev_gold_entities"] = _f1(model, Xd, yd, missed_d)
        log(f"dev (gold entities): {report['dev_gold_entities']}")
    return model, report


def _f1(model: RelationModel, X: list[dict[str, float]], y: list[int], missed: int) -> dict[str, float]:
    pred = [model.probability(x) >= model.threshold for x in X]
    tp = sum(1 for p, g in zip(pred, y) if p and g)
    fp = sum(1 for p, g in zip(pred, y) if p and not g)
    fn = sum(1 for p, g in zip(pred, y) if g and not p) + missed
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4),
            "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0}


def train_cross_validated(cases: Sequence[Cas], groups: Sequence[str], config: RelationConfig, c: float = 1.0,
                          techniques: Sequence[int] = (), context: bool = False, suppress: bool = False,
                          folds: int = 5, log: Any = print, pairing: bool = False, nested: bool = False,
                          rerank: bool = False) -> tuple[RelationModel, dict[str, Any]]:
    """Fit on all ``cases`` with the threshold chosen on out-of-fold probabilities (``folds``
    parts by a hash of ``groups``, the document id of each case, so a document's sentences
    stay together); with ``suppress`` the threshold is chosen after
    :func:`suppress_overlapping`, as the annotator decodes. ``context``/``pairing``/``nested``:
    see :func:`labelled_candidates`. With ``rerank``, a second logistic regression learns from
    :func:`~.features.rerank_features` of the out-of-fold probabilities; its own out-of-fold
    threshold decides, and it is returned as ``report["reranker"]`` (a :class:`RelationModel`
    for the caller to save, not a card entry). Returns (model, report)."""
    import hashlib

    keys: list[tuple] = []
    X, y, missed = labelled_candidates(cases, config, techniques, context=context, keys=keys, pairing=pairing,
                                       nested=nested)
    part = [int(hashlib.sha1(groups[k[0]].encode()).hexdigest(), 16) % folds for k in keys]
    oof = [0.0] * len(X)
    for f in range(folds):
        model = fit([x for x, p in zip(X, part) if p != f], [t for t, p in zip(y, part) if p != f], config, c=c)
        for i, p in enumerate(part):
            if p == f:
                oof[i] = model.probability(X[i])
    threshold, cv_f1 = _oof_threshold(oof, y, keys, missed, suppress)
    log(f"{len(X)} candidates ({sum(y)} positive, {missed} gold relations without one); "
        f"{folds}-fold threshold {threshold:.3f} (F1 {cv_f1:.4f})")
    model = fit(X, y, config, c=c)
    model.threshold = threshold
    report = {"candidates": len(X), "positives": sum(y), "uncovered_gold": missed, "cases": len(cases), "c": c,
              "threshold": threshold, "threshold_selection": f"{folds}-fold out-of-fold F1 by document",
              "cv_f1": round(cv_f1, 4)}
    if rerank:
        from .features import rerank_features

        S = rerank_features(oof, keys, [cas.sofa_string or "" for cas in cases])
        oof2 = [0.0] * len(S)
        for f in range(folds):
            second = fit([x for x, p in zip(S, part) if p != f], [t for t, p in zip(y, part) if p != f], config,
                         c=RERANK_C)
            for i, p in enumerate(part):
                if p == f:
                    oof2[i] = second.probability(S[i])
        threshold2, cv_f1_2 = _oof_threshold(oof2, y, keys, missed, suppress)
        log(f"reranker: {folds}-fold threshold {threshold2:.3f} (F1 {cv_f1_2:.4f})")
        reranker = fit(S, y, config, c=RERANK_C)
        reranker.threshold = threshold2
        report.update({"reranker": reranker, "rerank_c": RERANK_C, "rerank_threshold": threshold2,
                       "rerank_cv_f1": round(cv_f1_2, 4)})
    return model, report


RERANK_C = 1.0   # chosen on an inner split of the ADE training documents (0.1 and 10 within 0.001)


def _oof_threshold(probabilities: list[float], y: list[int], keys: list[tuple], missed: int, suppress: bool
                   ) -> tuple[float, float]:
    """(threshold, F1) over out-of-fold probabilities, after overlap suppression if asked."""
    kept = suppress_overlapping(probabilities, keys) if suppress else list(range(len(y)))
    labels = [y[i] for i in kept]
    return best_threshold([probabilities[i] for i in kept], labels, sum(y) + missed - sum(labels))

