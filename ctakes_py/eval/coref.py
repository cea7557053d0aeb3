"""Coreference scores: MUC, B-cubed, CEAF-e, their CoNLL average, and BLANC.

Definitions follow the reference scorer's (Pradhan et al. 2014, "Scoring Coreference
Partitions of Predicted Mentions: A Reference Implementation"), including its handling of
predicted mentions that are not in the key (twinless mentions) and of singletons:

- **MUC** (Vilain et al. 1995): links; recall = sum(|K| - |p(K, R)|) / sum(|K| - 1), where
  p(K, R) partitions K by the response (mentions missing from the response count as
  singleton parts); precision swaps key and response. Singletons contribute nothing.
- **B-cubed** (Bagga & Baldwin 1998): recall = sum over key clusters K and response
  clusters R of |K & R|^2 / |K|, divided by the number of key mentions; precision is the
  same with |R| and the number of response mentions.
- **CEAF-e** (Luo 2005): entity similarity phi4 = 2|K & R| / (|K| + |R|); the best
  one-to-one alignment (Kuhn-Munkres) gives S; recall = S / #key entities, precision =
  S / #response entities.
- **CoNLL** = mean of the MUC, B-cubed and CEAF-e F1.
- **BLANC** (Recasens & Hovy 2011, extended to predicted mentions by Luo et al. 2014):
  mean of the F1 over coreference links and over non-coreference links (pairs of mentions).

A *partition* is a list of clusters; a cluster is a collection of hashable mentions (e.g.
``(begin, end)`` spans). Mentions must not repeat across clusters of one partition.
Scores over several documents add the counts of each document (micro average), as the
reference scorer does.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Hashable, Iterable, Sequence

Cluster = frozenset
Partition = Sequence[Iterable[Hashable]]


@dataclass
class PRF:
    """Numerator/denominator pairs for recall and precision, added over documents."""

    recall_num: float = 0.0
    recall_den: float = 0.0
    precision_num: float = 0.0
    precision_den: float = 0.0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.recall_num += other.recall_num
        self.recall_den += other.recall_den
        self.precision_num += other.precision_num
        self.precision_den += other.precision_den
        return self

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _clusters(partition: Partition) -> list[frozenset]:
    out = [frozenset(c) for c in partition if c]
    seen: set = set()
    for cluster in out:
        if seen & cluster:
            raise ValueError(f"mention(s) {sorted(map(str, seen & cluster))[:3]} in two clusters")
        seen |= cluster
    return out


def muc(key: Partition, response: Partition) -> PRF:
    k, r = _clusters(key), _clusters(response)
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    return PRF(rn, rd, pn, pd)


def _muc_side(gold: list[frozenset], other: list[frozenset]) -> tuple[float, float]:
    where = {m: i for i, c in enumerate(other) for m in c}
    num = den = 0.0
    for cluster in gold:
        parts = {where.get(m, ("missing", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def b_cubed(key: Partition, response: Partition) -> PRF:
    k, r = _clusters(key), _clusters(response)
    rn = sum(len(kc & rc) ** 2 / len(kc) for kc in k for rc in r)
    pn = sum(len(kc & rc) ** 2 / len(rc) for kc in k for rc in r)
    return PRF(rn, sum(map(len, k)), pn, sum(map(len, r)))


def ceaf_e(key: Partition, response: Partition) -> PRF:
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return PRF(0.0, len(k), 0.0, len(r))
    from scipy.optimize import linear_sum_assignment

    sim = [[2 * len(kc & rc) / (len(kc) + len(rc)) for rc in r] for kc in k]
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = float(sum(sim[i][j] for i, j in zip(rows, cols)))
    return PRF(total, len(k), total, len(r))


def _links(clusters: list[frozenset]) -> tuple[set, set]:
    coref = {frozenset(p) for c in clusters for p in combinations(c, 2)}
    mentions = [m for c in clusters for m in c]
    where = {m: i for i, c in enumerate(clusters) for m in c}
    non = {frozenset((a, b)) for a, b in combinations(mentions, 2) if where[a] != where[b]}
    return coref, non


@dataclass
class Blanc:
    coref: PRF
    non_coref: PRF

    def __iadd__(self, other: "Blanc") -> "Blanc":
        self.coref += other.coref
        self.non_coref += other.non_coref
        return self

    @property
    def recall(self) -> float:
        return (self.coref.recall + self.non_coref.recall) / 2

    @property
    def precision(self) -> float:
        return (self.coref.precision + self.non_coref.precision) / 2

    @property
    def f1(self) -> float:
        return (self.coref.f1 + self.non_coref.f1) / 2


def blanc(key: Partition, response: Partition) -> Blanc:
    kc, kn = _links(_clusters(key))
    rc, rn = _links(_clusters(response))
    return Blanc(PRF(len(kc & rc), len(kc), len(kc & rc), len(rc)),
                 PRF(len(kn & rn), len(kn), len(kn & rn), len(rn)))


@dataclass
class CorefScores:
    """All metrics, accumulated over documents with :meth:`add`."""

    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF
    blanc: Blanc
    documents: int = 0

    @classmethod
    def empty(cls) -> "CorefScores":
        return cls(PRF(), PRF(), PRF(), Blanc(PRF(), PRF()))

    def add(self, key: Partition, response: Partition) -> "CorefScores":
        self.muc += muc(key, response)
        self.b_cubed += b_cubed(key, response)
        self.ceaf_e += ceaf_e(key, response)
        self.blanc += blanc(key, response)
        self.documents += 1
        return self

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def table(self) -> str:
        """One line per metric: recall, precision, F1."""
        rows = [("MUC", self.muc), ("B-cubed", self.b_cubed), ("CEAF-e", self.ceaf_e), ("BLANC", self.blanc)]
        lines = [f"{'metric':<8} {'R':>7} {'P':>7} {'F1':>7}"]
        lines += [f"{name:<8} {s.recall:7.4f} {s.precision:7.4f} {s.f1:7.4f}" for name, s in rows]
        lines.append(f"{'CoNLL':<8} {'':>7} {'':>7} {self.conll:7.4f}")
        return "\n".join(lines)


def score(documents: Iterable[tuple[Partition, Partition]]) -> CorefScores:
    """Micro-averaged scores over ``(key, response)`` partitions of several documents."""
    total = CorefScores.empty()
    for key, response in documents:
        total.add(key, response)
    return total
