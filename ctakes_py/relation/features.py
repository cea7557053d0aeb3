"""Parser-free features of a candidate pair, as ``{name: value}`` dicts.

Per mention pair: the words and bigrams between the arguments (or only the first/last
three when many), the token distance (bucketed), argument types and order, head (last)
words and full texts of the arguments, three words either side, trigger words
(``induced``, ``associated with``, ``secondary to``, ``due to``, ``after`` ...) between or
around, argument negation (polarity -1), the sentence position, other mentions between,
and the arguments' lexicon codes; opt-in sentence-context (:func:`context_features`) and
pairing (:func:`pairing_features`: closest-mention ranks, masked words between, linking
phrases such as ``due to``/``induced``) features. A document-scope candidate (several mention pairs of
two concepts) gets the features of its closest pair in each sentence where both occur
(``s:`` prefix), concept-level counts (``d:`` prefix) and the document evidence of
:func:`ctakes_py.relation.cid.cid_features` (``c1:``/``c2:``/``x:``).
"""
from __future__ import annotations

import math
import re
from typing import Any

from .candidates import Candidate, DocView, concept_codes, feature_word
from .cid import cid_features

TRIGGERS = (
    "induced", "induce", "induces", "inducing", "induction", "associated", "association", "secondary",
    "due", "after", "following", "caused", "cause", "causes", "causing", "related", "attributed",
    "developed", "develop", "toxicity", "reaction", "adverse", "side", "effect", "effects", "during",
    "treated", "treatment", "therapy", "receiving", "received", "use", "exposure", "overdose",
    "intoxication", "because", "resulting", "resulted", "produced", "complication", "linked",
    "withdrawal", "discontinuation", "improved", "prevent", "prevention", "against", "reversed",
    "protective", "attenuated", "inhibited", "antagonized", "treat", "for", "with",
)
_TRIGGERS = frozenset(TRIGGERS)
_BETWEEN_MAX = 6


def _bucket(n: int) -> str:
    return str(n) if n < 5 else f"{2 ** int(math.log2(n))}+"


def _type_name(fs: Any) -> str:
    return fs.type.name.rsplit(".", 1)[-1]


def pair_features(view: DocView, a: Any, b: Any, others: list[Any] = ()) -> dict[str, float]:
    """Features of one mention pair ``(a, b)`` (``a`` = arg1) in one sentence."""
    f: dict[str, float] = {}
    left, right = (a, b) if a.begin <= b.begin else (b, a)
    order = "12" if left is a else "21"
    t1, t2 = _type_name(a), _type_name(b)
    f[f"order={order}"] = 1.0
    f[f"types={t1}|{t2}|{order}"] = 1.0
    between = [feature_word(w) for w in view.words(left.end, right.begin)]
    f[f"dist={_bucket(len(between))}"] = 1.0
    f[f"dist_o={_bucket(len(between))}|{order}"] = 1.0
    if len(between) <= _BETWEEN_MAX:
        for w in between:
            f[f"bw={w}"] = 1.0
        for x, y in zip(between, between[1:]):
            f[f"bb={x}_{y}"] = 1.0
        if len(between) <= 3:
            f[f"btw_all={'_'.join(between)}|{order}"] = 1.0
    else:
        for w in between[:3]:
            f[f"bw_first={w}"] = 1.0
        for w in between[-3:]:
            f[f"bw_last={w}"] = 1.0
    if between:
        f[f"bw1={between[0]}|{order}"] = 1.0
        f[f"bwl={between[-1]}|{order}"] = 1.0
    for w in between:
        if w in _TRIGGERS:
            f[f"trig_between={w}|{order}"] = 1.0
    _arg_features(f, view, a, "a1")
    _arg_features(f, view, b, "a2")
    sent = view.sentences[view.sentence_index(left.begin)]
    before = [feature_word(w) for w in view.words(sent[0], left.begin)][-3:]
    after = [feature_word(w) for w in view.words(right.end, sent[1])][:3]
    for i, w in enumerate(reversed(before)):
        f[f"before{i}={w}"] = 1.0
        if w in _TRIGGERS:
            f[f"trig_before={w}"] = 1.0
    for i, w in enumerate(after):
        f[f"after{i}={w}"] = 1.0
        if w in _TRIGGERS:
            f[f"trig_after={w}"] = 1.0
    if not before:
        f["left_at_sentence_start"] = 1.0
    # a mention between the arguments begins in their sentence
    here = view.sentence_members(others, view.sentence_index(left.begin)) if others else []
    inside = [m for m in here if left.end <= m.begin and m.end <= right.begin and m is not a and m is not b]
    f[f"mentions_between={_bucket(len(inside))}"] = 1.0
    for m in inside:
        f[f"between_type={_type_name(m)}"] = 1.0
    position = view.sentence_index(left.begin)
    f[f"sentence={min(position, 3)}"] = 1.0
    f["bias"] = 1.0
    return f


def _arg_features(f: dict[str, float], view: DocView, m: Any, prefix: str) -> None:
    words = [feature_word(w) for w in view.words(m.begin, m.end)] or [view.text[m.begin:m.end].lower()]
    f[f"{prefix}_head={words[-1]}"] = 1.0
    f[f"{prefix}_text={' '.join(words)}"] = 1.0
    f[f"{prefix}_len={_bucket(len(words))}"] = 1.0
    for w in words:
        if w in _TRIGGERS or w.endswith("induced"):
            f[f"{prefix}_has_trigger"] = 1.0
    if getattr(m, "polarity", 1) == -1:
        f[f"{prefix}_negated"] = 1.0
    if getattr(m, "uncertainty", 0) == 1:
        f[f"{prefix}_uncertain"] = 1.0
    for code in concept_codes(m)[:3]:
        f[f"{prefix}_code={code}"] = 1.0


def candidate_features(view: DocView, cand: Candidate, mentions: list[Any], context: bool = False,
                       pairing: bool = False) -> dict[str, float]:
    """Features of a candidate: :func:`pair_features` for a sentence-scope candidate (with
    ``context``, plus :func:`context_features`; with ``pairing``, plus
    :func:`pairing_features`); for a document-scope one, the pooled features of its
    same-sentence mention pairs (closest pair per sentence) plus concept-level features."""
    if len(cand.pairs) == 1 and not cand.key1:
        f = pair_features(view, cand.arg1, cand.arg2, mentions)
        if context:
            f.update(context_features(view, cand.arg1, cand.arg2, mentions))
        if pairing:
            f.update(pairing_features(view, cand.arg1, cand.arg2, mentions))
        return f
    return document_features(view, cand, mentions)


# "EFFECT ... due to DRUG" / "DRUG-induced EFFECT": the phrases that link an effect to its cause
_LINKS = re.compile(
    r"\b(?:induced by|caused by|due to|secondary to|associated with|attributed to|attributable to|related to|"
    r"resulting from|after|following|during|from|with|by|on|to)\b")
_CAUSES = re.compile(r"\b(?:induced|associated|related|caused|causes|causing|produced|resulted in|led to|"
                     r"leading to|mediated|triggered|provoked|precipitated|developed|induce|induces|induction)\b")
_COORDINATION = frozenset({"and", "or", ",", "/", "plus", "and/or", "with"})
_PLACEHOLDER = {"MedicationMention": "<D>"}


def pairing_features(view: DocView, a: Any, b: Any, mentions: list[Any]) -> dict[str, float]:
    """How an (arg1, arg2) mention pair sits among the sentence's other mentions (opt-in,
    the model card's ``feature_options.pairing``): whether each argument is the closest
    mention of its type to the other (and the rank), the words between with other mentions
    masked (``<D>`` drug, ``<E>`` effect), whether only coordination separates an argument
    from a same-typed mention that is itself closer, whether the arguments nest, and the
    linking phrase (``due to``, ``after`` ... for effect-before-drug; ``induced``, ``caused``
    ... for drug-before-effect) nearest the second argument, with its distance."""
    f: dict[str, float] = {}
    index = view.sentence_index(a.begin)
    here = [m for m in view.sentence_members(mentions, index) if m is not a and m is not b]
    same1 = [m for m in here if m.type.name == a.type.name and not _overlap(m, b)]
    same2 = [m for m in here if m.type.name == b.type.name and not _overlap(m, a)]
    gap = _gap(a, b)
    rank1 = sum(1 for m in same1 if _gap(m, b) < gap)
    rank2 = sum(1 for m in same2 if _gap(m, a) < gap)
    f[f"rank_a1={min(rank1, 3)}"] = f[f"rank_a2={min(rank2, 3)}"] = 1.0
    f[f"ranks={min(rank1, 2)}|{min(rank2, 2)}"] = 1.0
    if _overlap(a, b):
        f["nested"] = 1.0
        inner = a if a.end - a.begin <= b.end - b.begin else b
        f[f"nested_inner={'a1' if inner is a else 'a2'}"] = 1.0
        return f
    left, right = (a, b) if a.begin <= b.begin else (b, a)
    order = "12" if left is a else "21"
    masked = _masked_between(view, left, right, here)
    if len(masked) <= 8:
        f[f"mbw={' '.join(masked)}|{order}"] = 1.0
    for x, y in zip(masked, masked[1:]):
        if x in ("<D>", "<E>") or y in ("<D>", "<E>"):
            f[f"mbb={x}_{y}|{order}"] = 1.0
    if masked and all(w in _COORDINATION or w in ("<D>", "<E>") for w in masked):
        f[f"coordinated={order}"] = 1.0
        f[f"coordinated_ranks={min(rank1, 2)}|{min(rank2, 2)}|{order}"] = 1.0
    between = " ".join(view.words(left.end, right.begin))
    pattern = _LINKS if order == "21" else _CAUSES
    hits = list(pattern.finditer(between))
    if hits:
        last = hits[-1] if order == "21" else hits[0]
        words_after = len(between[last.end():].split()) if order == "21" else len(between[:last.start()].split())
        f[f"link={last.group(0)}|{order}"] = 1.0
        f[f"link_gap={_bucket(words_after)}|{order}"] = 1.0
        f[f"link_r={last.group(0)}|{min(rank1, 2)}|{min(rank2, 2)}|{order}"] = 1.0
    return f


# only punctuation and one coordinating phrase between two mentions: "vincristine/vinblastine",
# "olanzapine (Zyprexa)", "neutropenia or agranulocytosis"
_COORDINATED = re.compile(r"[\s,;/&()\-]*(?:(?:and|or|and/or|plus|as well as|including|such as|e\.g\.)"
                          r"[\s,;/&()\-]*)?", re.I)


def rerank_features(probabilities: list[float], keys: list[tuple], texts: list[str]) -> list[dict[str, float]]:
    """Second-stage features of sentence-scope candidates from their first-stage
    probabilities (``keys``: ``(case, begin1, end1, begin2, end2)``; ``texts``: the text of
    each case): the logit, its tenth and rank in the case; the gap to the best rival sharing
    the drug, sharing the effect, or overlapping either argument; the case maximum; and the
    best probability of a pair that shares one argument and whose other argument is
    coordinated with this one (``gangrene after bleomycin and vincristine``)."""
    by_case: dict[Any, list[int]] = {}
    for i, key in enumerate(keys):
        by_case.setdefault(key[0], []).append(i)
    out: list[dict[str, float]] = [{} for _ in keys]
    for case, members in by_case.items():
        text = texts[case]
        top = max(probabilities[i] for i in members)
        high = sum(1 for i in members if probabilities[i] >= 0.25)
        for rank, i in enumerate(sorted(members, key=lambda k: -probabilities[k])):
            out[i] = _rerank_one(i, rank, members, probabilities, keys, text, top, high)
    return out


def _rerank_one(i: int, rank: int, members: list[int], probs: list[float], keys: list[tuple], text: str,
                top: float, high: int) -> dict[str, float]:
    _, b1, e1, b2, e2 = keys[i]
    p = probs[i]
    f = {"bias": 1.0, "logit": math.log(max(p, 1e-6) / max(1 - p, 1e-6)), f"pb={int(p * 10)}": 1.0,
         f"rank={min(rank, 4)}": 1.0, "top_gap": p - top, f"n_high={min(high, 4)}": 1.0}
    others = [(j, keys[j]) for j in members if j != i]
    rivals = {
        "sd": [probs[j] for j, k in others if k[1:3] == (b1, e1)],
        "se": [probs[j] for j, k in others if k[3:5] == (b2, e2)],
        "oe": [probs[j] for j, k in others if k[1:3] == (b1, e1) and k[3] < e2 and b2 < k[4]],
        "od": [probs[j] for j, k in others if k[3:5] == (b2, e2) and k[1] < e1 and b1 < k[2]],
    }
    for name, values in rivals.items():
        best = max(values) if values else 0.0
        f[f"{name}_best={int(p >= best)}"] = 1.0
        f[f"{name}_gap"] = p - best
        f[f"{name}_n={min(len(values), 3)}"] = 1.0
    coordinated = {
        "cd": [probs[j] for j, k in others if k[3:5] == (b2, e2) and _coordinated(text, (b1, e1), k[1:3])],
        "ce": [probs[j] for j, k in others if k[1:3] == (b1, e1) and _coordinated(text, (b2, e2), k[3:5])],
    }
    for name, values in coordinated.items():
        if values:
            best = max(values)
            f[f"{name}_any"] = 1.0
            f[f"{name}_max"] = best
            f[f"{name}_gap"] = p - best
            f[f"{name}_maxb={int(best * 5)}"] = 1.0
    return f


def _coordinated(text: str, x: tuple[int, int], y: tuple[int, int]) -> bool:
    (_, end), (begin, _) = sorted([x, y])
    return end <= begin and _COORDINATED.fullmatch(text, end, begin) is not None


def _overlap(a: Any, b: Any) -> bool:
    return a.begin < b.end and b.begin < a.end


def _gap(a: Any, b: Any) -> int:
    return max(a.begin - b.end, b.begin - a.end, 0)


def _masked_between(view: DocView, left: Any, right: Any, others: list[Any]) -> list[str]:
    """Lower-cased words between two mentions, each other mention inside as one placeholder."""
    inside = sorted((m for m in others if left.end <= m.begin and m.end <= right.begin),
                    key=lambda m: (m.begin, -m.end))
    out, cursor = [], left.end
    for m in inside:
        if m.begin < cursor:
            continue
        out += [feature_word(w) for w in view.words(cursor, m.begin)]
        out.append(_PLACEHOLDER.get(_type_name(m), "<E>"))
        cursor = m.end
    return out + [feature_word(w) for w in view.words(cursor, right.begin)]


def context_features(view: DocView, a: Any, b: Any, mentions: list[Any]) -> dict[str, float]:
    """Sentence-level and NER-confidence features of a mention pair (opt-in, the model card's
    ``feature_options.context``): every word of the sentence (``sw=``, a bag-of-words gate
    telling ADE sentences from others), the arguments' confidences (tenths), the pair of
    discoveryTechniques (1 dictionary, 3 CRF, 4 alternative CRF span), and how many
    arg1-typed and other mentions the sentence has."""
    index = view.sentence_index(a.begin)
    f = {"sw=" + w: 1.0 for w in view.sentence_words(index)}
    c1, c2 = _confidence(a), _confidence(b)
    f[f"a1_conf={c1}"] = f[f"a2_conf={c2}"] = f[f"min_conf={min(c1, c2)}"] = 1.0
    f[f"tech={a.discoveryTechnique}|{b.discoveryTechnique}"] = 1.0
    here = view.sentence_members(mentions, index)
    same = sum(1 for m in here if m.type.name == a.type.name)
    f[f"n_arg1_type={min(same, 4)}"] = 1.0
    f[f"n_other_type={min(len(here) - same, 4)}"] = 1.0
    return f


def _confidence(m: Any) -> int:
    return min(9, int((getattr(m, "confidence", 0.0) or 0.0) * 10))


def document_features(view: DocView, cand: Candidate, mentions: list[Any]) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    best: dict[int, tuple[int, Any, Any]] = {}
    for a, b in cand.pairs:
        sa, sb = view.sentence_index(a.begin), view.sentence_index(b.begin)
        if sa == sb:
            gap = abs(a.begin - b.begin)
            if sa not in best or gap < best[sa][0]:
                best[sa] = (gap, a, b)
    for _, a, b in best.values():
        for name, value in pair_features(view, a, b, mentions).items():
            f["s:" + name] = max(f.get("s:" + name, 0.0), value)
    f[f"d:cooccur={_bucket(len(best))}"] = 1.0
    if not best:
        f["d:no_cooccurrence"] = 1.0
        gaps = [abs(view.sentence_index(a.begin) - view.sentence_index(b.begin)) for a, b in cand.pairs]
        f[f"d:sentence_gap={_bucket(min(gaps))}"] = 1.0
    s1 = {view.sentence_index(m.begin) for m in cand.mentions1}
    s2 = {view.sentence_index(m.begin) for m in cand.mentions2}
    if 0 in s1:
        f["d:a1_in_title"] = 1.0
    if 0 in s2:
        f["d:a2_in_title"] = 1.0
    if 0 in s1 and 0 in s2:
        f["d:both_in_title"] = 1.0
    f[f"d:a1_count={_bucket(len(cand.mentions1))}"] = 1.0
    f[f"d:a2_count={_bucket(len(cand.mentions2))}"] = 1.0
    rank1 = _frequency_rank(cand.key1, cand.arg1, mentions, view)
    rank2 = _frequency_rank(cand.key2, cand.arg2, mentions, view)
    f[f"d:a1_rank={min(rank1, 3)}"] = 1.0
    f[f"d:a2_rank={min(rank2, 3)}"] = 1.0
    f[f"d:ranks={min(rank1, 3)}|{min(rank2, 3)}"] = 1.0
    if any(getattr(m, "polarity", 1) != -1 for m in cand.mentions2):
        f["d:a2_some_affirmed"] = 1.0
    else:
        f["d:a2_all_negated"] = 1.0
    f[f"d:a1_first_sentence={min(min(s1), 4)}"] = 1.0
    f[f"d:a2_first_sentence={min(min(s2), 4)}"] = 1.0
    f[f"d:a1_head={_head(view, cand.arg1)}"] = 1.0
    f[f"d:a2_head={_head(view, cand.arg2)}"] = 1.0
    f[f"d:a1_code={cand.key1}"] = 1.0
    f[f"d:a2_code={cand.key2}"] = 1.0
    title = f"t{int(0 in s1)}{int(0 in s2)}"
    f[f"d:conj={title}|{'co' if best else 'noco'}|{min(rank1, 2)}|{min(rank2, 2)}"] = 1.0
    f[f"d:conj_t={title}|{_bucket(len(best))}"] = 1.0
    f.update(cid_features(view, cand, mentions))
    return f


def _head(view: DocView, fs: Any) -> str:
    words = view.text[fs.begin:fs.end].lower().split()
    return words[-1] if words else ""


def _frequency_rank(key: str, fs: Any, mentions: list[Any], view: DocView) -> int:
    """Rank (0 = most frequent) of a concept among the document's concepts of the same type."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.type.name == fs.type.name:
            for k in view.concepts(m)[0]:
                counts[k] = counts.get(k, 0) + 1
    mine = counts.get(key, 0)
    return sum(1 for c in counts.values() if c > mine)
