"""How often a disease is the caused disease of its abstract: pair knowledge backed off to any chemical.

The ``k:`` features of :func:`~ctakes_py.relation.cid.prior_features` count the training
abstracts where the exact (chemical, disease) MeSH pair was related; most candidate pairs were
never seen. Backed off to *any* chemical, the disease alone says much: BC5CDR relates typical
adverse effects (``hypotension``, ``seizures``, ``hepatitis``) in most abstracts that name them
and the conditions being treated (``hypertension``, ``schizophrenia``) in few.

:func:`disease_rates` counts, per disease MeSH id, the training abstracts where it is a candidate
and related to some chemical / to none. The rows live in the pair-count table of
:func:`~ctakes_py.relation.cid.pair_counts` under the key ``"*|<disease>"`` (``*`` standing for
any chemical), so ``cid_pairs.json`` carries them. :func:`rate_features` turns them into one
``kd:`` indicator: the related share in quarters, conjoined with how many abstracts it rests on
(``kd:rate=3|5+``), or ``kd:unseen``. On a training candidate the candidate's own abstract is
left out, as for ``k:``.
"""
from __future__ import annotations

from collections.abc import Iterable

ANY = "*"


def rate_key(disease: str) -> str:
    """The pair-count key of a disease's backed-off row."""
    return f"{ANY}|{disease}"


def disease_rates(docs: Iterable[Iterable[tuple[tuple[str, str], int]]]) -> dict[str, list[int]]:
    """``"*|disease" -> [abstracts where related to some chemical, abstracts where related to
    none]`` over the ``((chemical, disease), label)`` candidates of each training abstract."""
    out: dict[str, list[int]] = {}
    for doc in docs:
        caused: dict[str, int] = {}
        for (_, disease), label in doc:
            caused[disease] = caused.get(disease, 0) or int(label)
        for disease, label in caused.items():
            out.setdefault(rate_key(disease), [0, 0])[0 if label else 1] += 1
    return out


def rate_bucket(pos: int, total: int) -> str:
    """``<quarter of pos/total>|<1|2-4|5+ abstracts>``, the value of the ``kd:rate=`` features."""
    size = "1" if total == 1 else ("2-4" if total < 5 else "5+")
    return f"{4 * pos // total}|{size}"


def rate_features(f: dict[str, float], disease: str, counts: dict[str, list[int]],
                  own_label: int | None = None) -> None:
    """Add the ``kd:`` feature of a candidate's ``disease`` to ``f``; ``own_label``: whether the
    candidate's own (training) abstract relates the disease to some chemical, left out."""
    pos, neg = counts.get(rate_key(disease), (0, 0))
    if own_label is not None:
        pos, neg = pos - own_label, neg - (1 - own_label)
    if pos + neg:
        f[f"kd:rate={rate_bucket(pos, pos + neg)}"] = 1.0
    else:
        f["kd:unseen"] = 1.0
