"""Token features for the CRF, as crfsuite attribute strings (``name=value``).

Per token (``w`` = lower-cased word):

- identity: ``w``, ``w`` with digits as ``0``, token kind (word, number, punctuation...);
- shape: long (``Xxxx-dd`` style, capped) and collapsed (``Xx-d``); flags for initial
  capital, all capitals, mixed case, digits, Greek letters, length bucket;
- affixes: prefixes and suffixes of 1..``affix`` characters; membership in a chemical or
  disease suffix list (``-ine``, ``-mab``, ``-itis``, ``-emia``...);
- window: ``w`` and collapsed shape of the tokens at offsets ``-window..+window``, word
  bigrams around the token, suffix of the neighbours;
- gazetteer (optional): dictionary-lookup tags (``B-DRUG``, ``I-DISORDER``) of the token
  and its neighbours, and the group alone;
- clusters (optional): distributional word-cluster ids at each granularity for the token
  and its neighbours (:mod:`.clusters`);
- abbreviations (optional): a token inside a defined short form (``5-FU``) gets the long
  form's gazetteer groups, last-word suffix and cluster (:mod:`.abbreviations`);
- section: the Segment id (clinical notes), when there is one;
- document (optional): the gazetteer groups of the other occurrences of the same word in
  the document, and whether the word occurs in the first sentence (an abstract's title);
- sentence cues (optional, :meth:`FeatureExtractor.sentence_cues`): long-range context inside
  the sentence, beyond the word window: the token distance (bucketed) to the nearest
  gazetteer drug on each side, whether the sentence has one, the nearest adverse-event or
  indication cue word (:data:`CUE_STEMS`: ``induced``, ``after``, ``toxicity``...;
  :data:`INDICATION_STEMS`: ``patient``, ``history``...) on each side with its distance
  bucket, the sentence's cue words, and the token's gazetteer groups joined with each of
  these. The ADE corpus marks a drug or disorder only when they take part in an adverse
  event, which such context decides.

:class:`FeatureConfig` fixes the choice; it is stored in the model card so tagging uses
exactly the training features.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, fields
from typing import Any, NamedTuple

from .abbreviations import find_definitions, short_form_occurrences
from .clusters import normalize_word
from .tokens import NerDocument

CHEMICAL_SUFFIXES = (
    "ine", "ide", "ate", "ol", "one", "ium", "mab", "nib", "pril", "sartan", "olol", "statin", "azole",
    "mycin", "cillin", "cycline", "floxacin", "oxacin", "dipine", "azepam", "zolam", "profen", "tidine",
    "vir", "parin", "platin", "rubicin", "thiazide", "semide", "afil", "triptan", "oxetine", "azine",
    "amide", "amine", "ase", "ene", "yl", "ic", "acid", "ester", "sterone", "estradiol", "phos",
)
DISEASE_SUFFIXES = (
    "itis", "emia", "aemia", "osis", "oma", "omas", "pathy", "pathies", "algia", "plegia", "trophy",
    "penia", "uria", "rrhea", "rrhoea", "sis", "cytosis", "megaly", "plasia", "toxicity", "ism",
    "syndrome", "disease", "disorder", "failure", "deficiency", "tension", "cardia", "rhythmia",
    "ischemia", "infarction", "lepsy", "phrenia", "mania", "pnea", "noea", "sthenia", "kinesia",
)
_CHEM = re.compile("(?:" + "|".join(sorted(CHEMICAL_SUFFIXES, key=len, reverse=True)) + ")$")
_DIS = re.compile("(?:" + "|".join(sorted(DISEASE_SUFFIXES, key=len, reverse=True)) + ")$")
_GREEK = re.compile(r"^(?:alpha|beta|gamma|delta|kappa|omega|[α-ω])", re.IGNORECASE)
_SHAPE_UPPER = re.compile(r"[A-Z]")
_SHAPE_LOWER = re.compile(r"[a-z]")
_SHAPE_DIGIT = re.compile(r"[0-9]")
_SHAPE_OTHER_LETTER = re.compile(r"[^\W\dA-Za-z_]")
_REPEAT = re.compile(r"(.)\1+")
_DIGITS = re.compile(r"\d")

# Word beginnings that announce an adverse drug event (the sentence-cue features). Each
# lower-cased token is matched at its start, so "induced"/"inducing", "associated"/
# "association" share a cue; hyphenated words are already cut ("drug-induced" -> "drug",
# "-", "induced"). Short function words must match whole ("due", "after", "on").
CUE_STEMS = (
    "induc", "associat", "caus", "secondary", "following", "develop", "toxic", "adverse", "reaction",
    "receiv", "treat", "therap", "related", "attribut", "administ", "exposure", "overdos", "intoxicat",
    "poison", "hypersensitiv", "complicat", "occur", "result", "experienc", "onset", "discontinu",
    "withdr", "rechalleng", "effect", "use", "taking", "given", "dose",
)
# Markers of a disorder the patient had anyway (an indication or comorbidity, which the ADE
# corpus leaves unannotated): "a patient with", "history of", "diagnosed", "treated for".
INDICATION_STEMS = ("patient", "histor", "diagnos", "underlying", "prophyla", "indicat", "known", "suffer",
                    "present")
CUE_WORDS = ("due", "side", "after", "during", "on", "from", "by", "with", "while", "since", "for")
_CUE = re.compile("(?:" + "|".join(f"({re.escape(c)})\\w*" for c in CUE_STEMS + INDICATION_STEMS) + "|"
                  + "|".join(f"({re.escape(c)})" for c in CUE_WORDS) + ")$")
_CUE_NAMES = CUE_STEMS + INDICATION_STEMS + CUE_WORDS
DRUG_GROUP = "DRUG"


@dataclass(frozen=True)
class FeatureConfig:
    """Which features to compute (stored in the model card)."""

    window: int = 2
    affix: int = 4
    gazetteer: bool = True
    gazetteer_window: int = 2
    clusters: bool = True
    cluster_window: int = 1
    abbreviations: bool = True
    sections: bool = True
    suffix_lists: bool = True
    document: bool = False
    stacked: bool = False       # second-stage features from a first CRF (see .stacking)
    sentence_cues: bool = False  # drug distances and ADE cue words in the sentence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "FeatureConfig":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def word_shape(word: str) -> str:
    """``Xxxx-dd`` style shape, at most 12 characters."""
    shape = _SHAPE_DIGIT.sub("d", _SHAPE_LOWER.sub("x", _SHAPE_UPPER.sub("X", word)))
    return _SHAPE_OTHER_LETTER.sub("x", shape)[:12]


def short_shape(word: str) -> str:
    """The shape with runs collapsed (``Xxxx-dd`` -> ``Xx-d``)."""
    return _REPEAT.sub(r"\1", word_shape(word))


def _length_bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-7" if n <= 7 else "8+"


def distance_bucket(n: int | None) -> str:
    """A token distance as ``1``, ``2``, ``3-5``, ``6-10``, ``>10`` (``none`` for None)."""
    if n is None:
        return "none"
    return "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else ">10"


def cue_of(lower: str) -> str | None:
    """The cue (a :data:`CUE_STEMS`, :data:`INDICATION_STEMS` or :data:`CUE_WORDS` entry) a
    lower-cased word is, or None."""
    m = _CUE.match(lower)
    return _CUE_NAMES[m.lastindex - 1] if m else None


def _nearest(flags: list, start: int, end: int, reverse: bool) -> list[tuple[int, object] | None]:
    """For each token of ``[start, end)``: ``(distance, value)`` of the nearest earlier (or,
    ``reverse``, later) token whose ``flags`` value is not None, or None."""
    out: list[tuple[int, object] | None] = [None] * (end - start)
    last: int | None = None
    order = range(end - 1, start - 1, -1) if reverse else range(start, end)
    for i in order:
        if last is not None:
            out[i - start] = (abs(last - i), flags[last])
        if flags[i] is not None:
            last = i
    return out


WORD_CACHE_SIZE = 30_000   # distinct words one extractor keeps (~1.8 kB each) before its cache starts over


class _WordFeatures(NamedTuple):
    own: list[str]                              # context-free features (never mutated: _token copies)
    shape: str                                  # short_shape
    clusters: dict[int, list[str]] | None       # window offset -> cluster features, None without ids


class FeatureExtractor:
    """Turns a :class:`NerDocument` into crfsuite attribute lists, one list per sentence.

    ``clusters`` is the word-cluster table (``word -> ids``) when the config uses them."""

    def __init__(self, config: FeatureConfig | None = None,
                 clusters: dict[str, tuple[int, ...]] | None = None) -> None:
        self.config = config or FeatureConfig()
        self.clusters = clusters or {}
        # word -> its context-free features: a text repeats most of its words, and these are
        # two thirds of the tagging time when computed afresh for every token
        self._words: dict[str, _WordFeatures] = {}

    def _word(self, word: str) -> _WordFeatures:
        found = self._words.get(word)
        if found is None:
            if len(self._words) >= WORD_CACHE_SIZE:
                self._words.clear()
            ids = self._cluster(word) if self.clusters else None
            window = range(-self.config.cluster_window, self.config.cluster_window + 1)
            by_offset = {o: [f"c{k}[{o}]={c}" for k, c in enumerate(ids)] for o in window} if ids else None
            found = self._words[word] = _WordFeatures(self._own(word), short_shape(word), by_offset)
        return found

    # --- per token, independent of context -----------------------------------------------
    def _own(self, word: str) -> list[str]:
        cfg = self.config
        lower = word.lower()
        f = ["bias", "w=" + lower, "sh=" + word_shape(word), "ss=" + short_shape(word),
             "len=" + _length_bucket(len(word))]
        if _DIGITS.search(word):
            f.append("n=" + _DIGITS.sub("0", lower))
        for k in range(1, min(cfg.affix, len(lower)) + 1):
            f.append(f"p{k}=" + lower[:k])
        for k in range(1, min(cfg.affix + 1, len(lower)) + 1):
            f.append(f"x{k}=" + lower[-k:])
        if word[:1].isupper():
            f.append("init_cap")
        if word.isupper() and len(word) > 1:
            f.append("all_cap")
        elif any(c.isupper() for c in word[1:]):
            f.append("mixed_cap")
        if _GREEK.match(lower):
            f.append("greek")
        if cfg.suffix_lists and len(lower) > 4:
            m = _CHEM.search(lower)
            if m:
                f.append("chem_sfx=" + m.group())
            m = _DIS.search(lower)
            if m:
                f.append("dis_sfx=" + m.group())
        return f

    def _cluster(self, word: str) -> tuple[int, ...] | None:
        return self.clusters.get(normalize_word(word)) if self.clusters else None

    # --- document ---------------------------------------------------------------------------
    def document(self, doc: NerDocument) -> list[list[list[str]]]:
        """Attribute lists per token, grouped by sentence."""
        words = doc.words()
        cached = [self._word(w) for w in words]
        own = [c.own for c in cached]
        lowers = [w.lower() for w in words]
        shapes = [c.shape for c in cached]
        clusters = [c.clusters for c in cached] if self.clusters else []
        abbr = self._abbreviation_features(doc, words) if self.config.abbreviations else {}
        if self.config.document:
            for i, extra in self._document_features(doc, lowers).items():
                abbr.setdefault(i, []).extend(extra)
        if self.config.sentence_cues:
            for i, extra in enumerate(self.sentence_cues(doc, lowers)):
                if extra:
                    abbr.setdefault(i, []).extend(extra)
        out = []
        for start, end in doc.sentences:
            out.append([self._token(doc, i, start, end, own, lowers, shapes, clusters, abbr)
                        for i in range(start, end)])
        return out

    def _token(self, doc: NerDocument, i: int, start: int, end: int, own: list[list[str]], lowers: list[str],
               shapes: list[str], clusters: list[dict[int, list[str]] | None], abbr: dict[int, list[str]]
               ) -> list[str]:
        cfg = self.config
        f = list(own[i])
        if i == start:
            f.append("BOS")
        if i == end - 1:
            f.append("EOS")
        for o in range(-cfg.window, cfg.window + 1):
            j = i + o
            if o == 0 or j < start or j >= end:
                continue
            f.append(f"w[{o}]=" + lowers[j])
            f.append(f"ss[{o}]=" + shapes[j])
            if abs(o) == 1:
                f.append(f"x3[{o}]=" + lowers[j][-3:])
        if i > start:
            f.append("w[-1]|w=" + lowers[i - 1] + "|" + lowers[i])
        if i + 1 < end:
            f.append("w|w[1]=" + lowers[i] + "|" + lowers[i + 1])
        if cfg.gazetteer and doc.gazetteer:
            for o in range(-cfg.gazetteer_window, cfg.gazetteer_window + 1):
                j = i + o
                if start <= j < end:
                    for tag in doc.gazetteer[j]:
                        f.append(f"g[{o}]=" + tag)
                        if o == 0:
                            f.append("gg=" + tag[2:])
        if cfg.clusters and clusters:
            for o in range(-cfg.cluster_window, cfg.cluster_window + 1):
                j = i + o
                if start <= j < end and clusters[j]:
                    f.extend(clusters[j][o])
        if cfg.sections and doc.sections and doc.sections[i]:
            f.append("sec=" + doc.sections[i])
        if i in abbr:
            f.extend(abbr[i])
        return f

    def _document_features(self, doc: NerDocument, lowers: list[str]) -> dict[int, list[str]]:
        """Per token: groups matched at other occurrences of its word, and title membership."""
        groups: dict[str, set[str]] = {}
        for i, word in enumerate(lowers):
            if doc.gazetteer and doc.gazetteer[i] and len(word) > 2:
                groups.setdefault(word, set()).update(t[2:] for t in doc.gazetteer[i])
        first = set(lowers[doc.sentences[0][0]:doc.sentences[0][1]]) if doc.sentences else set()
        out: dict[int, list[str]] = {}
        for i, word in enumerate(lowers):
            if len(word) < 3 or not word[0].isalnum():
                continue
            feats = ["doc_g=" + g for g in sorted(groups.get(word, ()))]
            if word in first:
                feats.append("in_first")
            if feats:
                out[i] = feats
        return out

    def sentence_cues(self, doc: NerDocument, lowers: list[str]) -> list[list[str]]:
        """Per token (document order): drug and cue-word context within its sentence.

        - ``dl=``/``dr=``: distance bucket to the nearest gazetteer DRUG token on the left /
          right (``none`` when there is none); ``sd=0/1``: the sentence has a drug token;
        - ``cl=``/``cr=``: the nearest cue word (:func:`cue_of`) on the left / right, alone and
          with its distance bucket (``cl=induc|1``); ``sc=``: every cue of the sentence;
        - ``g=``: the token's own gazetteer groups (``-`` for none) joined with each of ``dl``,
          ``dr``, ``cl`` and ``cr`` (``g=DISORDER|dl=3-5``), so "a disorder near a drug" can weigh
          differently from "any word near a drug".

        Two passes per sentence (nearest on the left, nearest on the right)."""
        gazetteer = doc.gazetteer or [()] * len(lowers)
        drugs = [True if any(t[2:] == DRUG_GROUP for t in tags) else None for tags in gazetteer]
        cues = [cue_of(w) for w in lowers]
        out: list[list[str]] = [[] for _ in lowers]
        for start, end in doc.sentences:
            sentence = ["sd=" + ("1" if any(drugs[start:end]) else "0")]
            sentence += ["sc=" + c for c in sorted({c for c in cues[start:end] if c})]
            nearest = zip(_nearest(drugs, start, end, False), _nearest(drugs, start, end, True),
                          _nearest(cues, start, end, False), _nearest(cues, start, end, True))
            for i, (dl, dr, cl, cr) in enumerate(nearest, start):
                left, right = distance_bucket(dl and dl[0]), distance_bucket(dr and dr[0])
                f = out[i]
                f += sentence
                f += ["dl=" + left, "dr=" + right]
                for side, hit in (("cl=", cl), ("cr=", cr)):
                    if hit is not None:
                        f += [side + str(hit[1]), f"{side}{hit[1]}|{distance_bucket(hit[0])}"]
                g = "g=" + ("|".join(sorted({t[2:] for t in gazetteer[i]})) or "-")
                f += [f"{g}|dl={left}", f"{g}|dr={right}", f"{g}|cl={cl[1] if cl else '-'}",
                      f"{g}|cr={cr[1] if cr else '-'}"]
        return out

    def _abbreviation_features(self, doc: NerDocument, words: list[str]) -> dict[int, list[str]]:
        """Features of tokens inside a defined short form, taken from its long form."""
        out: dict[int, list[str]] = {}
        begins = [b for b, _ in doc.tokens]
        ends = [e for _, e in doc.tokens]
        text = doc.text
        for d in find_definitions(text):
            lf_first, lf_last = bisect_right(ends, d.long_begin), bisect_left(begins, d.long_end) - 1
            if lf_first > lf_last:
                continue
            head = words[lf_last].lower()
            feats = ["abbr", "abbr_x4=" + head[-4:]]
            if doc.gazetteer:
                groups = {t[2:] for j in range(lf_first, lf_last + 1) for t in doc.gazetteer[j]}
                feats += ["abbr_g=" + g for g in sorted(groups)]
            ids = self._cluster(words[lf_last])
            if ids:
                feats.append("abbr_c=" + str(ids[-1]))
            short = text[d.short_begin:d.short_end]
            for b, e in short_form_occurrences(text, short):
                for j in range(bisect_right(ends, b), bisect_left(begins, e)):
                    out.setdefault(j, []).extend(feats)
        return out
