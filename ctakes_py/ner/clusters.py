"""Word clusters learned from unlabeled text: k-means over PPMI-SVD word vectors.

Words that occur in the same contexts (``cisplatin``, ``doxorubicin``...) get the same
cluster id, so the CRF generalizes from a word seen in training to rare or unseen words of
the same distributional class. Steps (:func:`build_clusters`):

1. vocabulary: lower-cased words with digits mapped to ``0``, seen ``min_count`` times;
2. word-context counts within ``window`` words (sentences padded so no pair crosses one);
3. positive PMI with context-distribution smoothing (``alpha`` = 0.75);
4. truncated SVD to ``dims`` dimensions, rows L2-normalized;
5. k-means for each size in ``sizes`` (coarse to fine ids).

Stored as TSV (``word<TAB>id per size``, header ``#sizes<TAB>...``), never pickled.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

_DIGIT = re.compile(r"\d")


def normalize_word(word: str) -> str:
    """Cluster key of a word: lower case, digits as ``0``."""
    return _DIGIT.sub("0", word.lower())


def _vocabulary(sentences: list[list[str]], min_count: int, max_words: int) -> dict[str, int]:
    counts = Counter(w for s in sentences for w in s)
    kept = [w for w, c in counts.most_common(max_words) if c >= min_count]
    return {w: i for i, w in enumerate(kept)}


def _cooccurrence(sentences: list[list[str]], vocab: dict[str, int], window: int):
    from scipy.sparse import coo_matrix

    ids: list[int] = []
    pad = [-1] * window
    for s in sentences:
        ids.extend(vocab.get(w, -1) for w in s)
        ids.extend(pad)
    arr = np.asarray(ids, dtype=np.int64)
    rows, cols = [], []
    for offset in range(1, window + 1):
        a, b = arr[:-offset], arr[offset:]
        keep = (a >= 0) & (b >= 0)
        rows += [a[keep], b[keep]]
        cols += [b[keep], a[keep]]
    r, c = np.concatenate(rows), np.concatenate(cols)
    n = len(vocab)
    return coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(n, n)).tocsr()


def _ppmi(counts, alpha: float):
    from scipy.sparse import csr_matrix

    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    coo = counts.tocoo()
    # log P(w,c) / (P(w) P_alpha(c)) with counts: the corpus total cancels out
    pmi = np.log(coo.data * col.sum() / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    return csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def build_clusters(sentences: Iterable[Sequence[str]], sizes: Sequence[int] = (50, 200, 800), dims: int = 100,
                   window: int = 2, min_count: int = 3, max_words: int = 60000, alpha: float = 0.75,
                   seed: int = 0) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """``(sizes, word -> cluster id per size)`` from tokenized sentences (raw words)."""
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    normalized = [[normalize_word(w) for w in s] for s in sentences]
    vocab = _vocabulary(normalized, min_count, max_words)
    ppmi = _ppmi(_cooccurrence(normalized, vocab, window), alpha)
    dims = max(2, min(dims, len(vocab) - 1))
    vectors = normalize(TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi))
    words = sorted(vocab, key=vocab.get)
    columns = []
    for k in sizes:
        k = min(k, len(words))
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096)
        columns.append(km.fit_predict(vectors))
    table = {w: tuple(int(col[i]) for col in columns) for i, w in enumerate(words)}
    return tuple(sizes), table


def save_clusters(path: str | Path, sizes: Sequence[int], table: dict[str, tuple[int, ...]]) -> None:
    """Write the TSV form (sorted by word)."""
    lines = ["#sizes\t" + "\t".join(map(str, sizes))]
    lines += [w + "\t" + "\t".join(map(str, ids)) for w, ids in sorted(table.items()) if "\t" not in w]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_clusters(path: str | Path) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """Read the TSV form written by :func:`save_clusters`."""
    sizes: tuple[int, ...] = ()
    table: dict[str, tuple[int, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "#sizes":
                sizes = tuple(int(x) for x in parts[1:])
            elif len(parts) > 1:
                table[parts[0]] = tuple(int(x) for x in parts[1:])
    return sizes, table
