"""Build the two word lists of the medication drug finder's tolerant (misspelling) match.

    python scripts/build_medication_vocabulary.py                  # ../shared/data/mtsamples + lexicons/default
    python scripts/build_medication_vocabulary.py --mtsamples CSV --lexicon DIR --out lexicons/medication

Writes into ``--out`` (default ``lexicons/medication``):

``drug_name_words.txt``
    one-word drug names (letters only, >= 5 letters, lower case) that a misspelled word is
    compared with: the terms of the dictionary lexicon's (``lexicons/default``) DRUG concepts
    that carry an RxNorm or DrugBank code, and the one-word entries of ``drug_terms.tsv``.
``known_words.txt``
    ordinary English and clinical words (letters only, >= 4 letters, lower case): every word
    written at least ``--min-count`` times in the MTSamples transcriptions and every word of the
    lexicon's non-drug terms (disorders, findings, anatomy, procedures), minus the drug names
    above and the words ending in a drug-name stem (``drug_stems.txt``). A word in this list is
    never taken for a misspelled drug ("podium" is not "sodium").

Both files are sorted and deterministic for the same inputs.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.medication.vocabulary import load_vocabulary  # noqa: E402

WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{4,}(?![A-Za-z0-9])")
MIN_NAME = 5


def _prescribable(concept_row: str) -> bool:
    cols = concept_row.rstrip("\n").split("\t")
    return cols[2] == "DRUG" and any(c.startswith(("RXNORM:", "DRUGBANK:")) for c in cols[4].split())


def lexicon_words(lexicon: Path, vocab_folder: Path) -> tuple[set[str], set[str]]:
    """(one-word drug names of the lexicon's DRUG group and of ``drug_terms.tsv``, words of
    the lexicon's other terms), lower-cased."""
    with gzip.open(lexicon / "concepts.tsv.gz", "rt", encoding="utf-8") as fh:
        next(fh)
        # a name to spell is a prescribable drug: a DRUG concept coded in RxNorm or DrugBank
        # (not the MeSH-only chemicals and antigens such as "HBsAg")
        is_drug = [_prescribable(line) for line in fh]
    names, other = set(), set()
    with gzip.open(lexicon / "terms.tsv.gz", "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            key, ids = line.rstrip("\n").split("\t")
            # ids ending in "U" apply only to upper-case text (abbreviations): not a name to spell
            drug = [is_drug[int(i.rstrip("U"))] for i in ids.split(",") if not i.endswith("U")]
            if any(drug):
                if key.isalpha() and len(key) >= MIN_NAME:
                    names.add(key.lower())
            elif drug:
                other.update(w.lower() for w in WORD.findall(key))
    vocab = load_vocabulary(vocab_folder)
    names |= {e.phrase.lower() for e in vocab.entries("drug_terms")
              if e.phrase.isalpha() and len(e.phrase) >= MIN_NAME}
    return names, other


def mtsamples_words(csv_path: Path) -> Counter:
    csv.field_size_limit(1 << 30)
    counts: Counter = Counter()
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = " ".join(row.get(k) or "" for k in ("description", "transcription", "keywords"))
            counts.update(w.lower() for w in WORD.findall(text))
    return counts


def write_list(path: Path, header: list[str], words: list[str]) -> None:
    lines = [f"# {h}" for h in header] + words
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mtsamples", type=Path,
                        default=REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv")
    parser.add_argument("--lexicon", type=Path, default=REPO / "lexicons" / "default")
    parser.add_argument("--out", type=Path, default=REPO / "lexicons" / "medication")
    parser.add_argument("--min-count", type=int, default=2,
                        help="a word must occur this often in MTSamples to count as known (drops typos)")
    args = parser.parse_args(argv)

    names, other = lexicon_words(args.lexicon, args.out)
    stems = tuple(e.phrase.lower() for e in load_vocabulary(args.out).entries("drug_stems"))
    counts = mtsamples_words(args.mtsamples)
    seen = {w for w, n in counts.items() if n >= args.min_count} | other
    known = sorted(w for w in seen if w not in names and not w.endswith(stems))
    write_list(args.out / "drug_name_words.txt",
               ["One-word drug names (>= 5 letters) for the tolerant match of misspelled drugs.",
                "Built by scripts/build_medication_vocabulary.py from the DRUG terms of lexicons/default",
                "and drug_terms.tsv; do not edit by hand."], sorted(names))
    write_list(args.out / "known_words.txt",
               ["Ordinary and clinical words (>= 4 letters) never taken for a misspelled drug.",
                f"Built by scripts/build_medication_vocabulary.py: MTSamples words seen >= {args.min_count} times",
                "and words of the non-drug terms of lexicons/default, minus drug names and drug-stem words;",
                "do not edit by hand."], known)
    print(f"{len(names)} drug name words, {len(known)} known words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
