"""Automaton compile and the verified on-disk cache."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctakes_py.lexicon import automaton as am
from ctakes_py.lexicon.automaton import (
    CACHE_FILE,
    SIDECAR_FILE,
    CompileSettings,
    cache_key,
    code_shape,
    compile_lexicon,
    load_cache,
    load_compiled,
    word_code,
)
from ctakes_py.lexicon.builders import build_bsv
from ctakes_py.lexicon.format import Lexicon


@pytest.fixture
def lexicon_dir(tmp_path, fixtures_dir) -> Path:
    build_bsv(tmp_path / "lex", [fixtures_dir / "lexicon" / "tiny.bsv"], tui="T047")
    return tmp_path / "lex"


def _matches(compiled, words: list[str]) -> set[tuple[int, int]]:
    """(first word, last word) of every hit in a list of lower-case words."""
    encoded = "".join(compiled.codes.get(w, compiled.unknown_code) for w in words)
    return {(last // compiled.width - compiled.key_units[e] + 1, last // compiled.width)
            for last, e in compiled.automaton.iter(encoded)}


def test_codes_are_fixed_width_and_distinct():
    assert code_shape(10) == (1, 12) and code_shape(62) == (1, 64) and code_shape(63) == (2, 9)
    assert code_shape(106_000) == (3, 48)
    width, base = code_shape(2998)
    codes = {word_code(n, width, base) for n in range(3000)}
    assert len(codes) == 3000 and all(len(c) == width for c in codes)
    lead = {c[0] for c in codes}
    assert all(c[1] not in lead for c in codes)   # trail characters never look like a lead


def test_compiled_matches_whole_words_only(lexicon_dir):
    compiled = compile_lexicon(Lexicon(lexicon_dir), CompileSettings())
    words = ["the", "breast", "cancer", "was", "treated", "with", "aspirin"]
    assert _matches(compiled, words) == {(1, 1), (1, 2), (2, 2), (6, 6)}
    assert _matches(compiled, ["breastcancer"]) == set()


def test_variants_and_stop_terms(lexicon_dir):
    plain = compile_lexicon(Lexicon(lexicon_dir), CompileSettings())
    rich = compile_lexicon(Lexicon(lexicon_dir), CompileSettings(plurals=True, permutations=True,
                                                                 abbreviations=True,
                                                                 stop_terms=("Cancer",)))
    assert _matches(plain, ["cancers"]) == set()
    assert _matches(rich, ["breast", "cancers"]) == {(0, 0), (0, 1)}      # plural variant
    assert _matches(rich, ["cancer"]) == set()                             # stop term
    assert (0, 2) in _matches(rich, ["congestive", "heart", "failures"])
    chf = _matches(rich, ["chf"])
    assert chf == {(0, 0)}
    entry = next(e for _, e in rich.automaton.iter(rich.codes["chf"]))
    assert rich.case_sensitive[entry] and rich.concepts_of(entry, upper_text=False) == []


def test_cache_round_trip(tmp_path, lexicon_dir):
    settings = CompileSettings(plurals=True)
    first = load_compiled(lexicon_dir, settings, cache_dir=tmp_path / "c")
    key = cache_key(Lexicon(lexicon_dir), settings.normalized())
    folder = tmp_path / "c" / key[:40]
    assert (folder / CACHE_FILE).is_file() and (folder / SIDECAR_FILE).is_file()
    second = load_cache(tmp_path / "c", key)
    assert second is not None
    words = ["breast", "cancers", "and", "all", "of", "all"]
    assert _matches(first, words) == _matches(second, words) == {(0, 0), (0, 1), (1, 1), (3, 3), (5, 5)}
    assert second.concept_rows == first.concept_rows and second.words == first.words
    assert list(second.concept_ids) == list(first.concept_ids)


def test_cache_key_depends_on_settings_and_content(tmp_path, lexicon_dir, fixtures_dir):
    lex = Lexicon(lexicon_dir)
    assert cache_key(lex, CompileSettings()) != cache_key(lex, CompileSettings(plurals=True))
    before = cache_key(lex, CompileSettings())
    with pytest.MonkeyPatch.context() as patch:      # other variant/normalization code
        patch.setattr(am, "_CODE_VERSION", "something else")
        assert cache_key(lex, CompileSettings()) != before
    build_bsv(lexicon_dir, [fixtures_dir / "lexicon" / "tiny.bsv"], tui="T048")
    assert cache_key(Lexicon(lexicon_dir), CompileSettings()) != before


def test_tampered_cache_is_not_loaded(tmp_path, lexicon_dir, caplog):
    settings = CompileSettings()
    load_compiled(lexicon_dir, settings, cache_dir=tmp_path / "c")
    key = cache_key(Lexicon(lexicon_dir), settings)
    folder = tmp_path / "c" / key[:40]
    data = bytearray((folder / CACHE_FILE).read_bytes())
    data[-1] ^= 0xFF
    (folder / CACHE_FILE).write_bytes(bytes(data))
    assert load_cache(tmp_path / "c", key) is None
    assert "checksum mismatch" in caplog.text
    # a sidecar for other settings is refused too
    sidecar = json.loads((folder / SIDECAR_FILE).read_text())
    sidecar["key"] = "0" * 64
    (folder / SIDECAR_FILE).write_text(json.dumps(sidecar))
    assert load_cache(tmp_path / "c", key) is None
    # load_compiled recovers by compiling and rewriting a good cache
    compiled = load_compiled(lexicon_dir, settings, cache_dir=tmp_path / "c")
    assert compiled.entries > 0 and load_cache(tmp_path / "c", key) is not None


def test_cache_never_calls_pickle(tmp_path, lexicon_dir, monkeypatch):
    load_compiled(lexicon_dir, CompileSettings(), cache_dir=tmp_path / "c")

    def no_pickle(*args, **kwargs):
        raise AssertionError("pickle must not be used to load a cache")

    monkeypatch.setattr("pickle.loads", no_pickle)
    monkeypatch.setattr("pickle.load", no_pickle)
    assert load_cache(tmp_path / "c", cache_key(Lexicon(lexicon_dir), CompileSettings())) is not None


def test_cache_goes_to_user_dir_when_lexicon_is_read_only(tmp_path, lexicon_dir, monkeypatch):
    monkeypatch.delenv(am.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(am, "_writable", lambda folder: False)
    assert am.default_cache_root(Lexicon(lexicon_dir)) == tmp_path / "xdg" / "ctakes_py" / "automata"
    monkeypatch.setattr(am, "_writable", lambda folder: True)
    assert am.default_cache_root(Lexicon(lexicon_dir)) == lexicon_dir / am.CACHE_DIR_NAME
    monkeypatch.setenv(am.ENV_CACHE_DIR, str(tmp_path / "env"))
    assert am.default_cache_root(Lexicon(lexicon_dir)) == tmp_path / "env"


def test_cache_never_goes_into_an_installed_package(tmp_path, lexicon_dir, monkeypatch):
    # pip leaves files it did not install behind, and a leftover ctakes_py/ folder in
    # site-packages shadows a later editable install
    monkeypatch.delenv(am.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(am, "_writable", lambda folder: True)
    monkeypatch.setattr(am, "INSTALLED_RESOURCES", lexicon_dir.parent.resolve())
    assert am.default_cache_root(Lexicon(lexicon_dir)) == tmp_path / "xdg" / "ctakes_py" / "automata"
    monkeypatch.setattr(am, "INSTALLED_RESOURCES", tmp_path / "site-packages" / "ctakes_py" / "_resources")
    assert am.default_cache_root(Lexicon(lexicon_dir)) == lexicon_dir / am.CACHE_DIR_NAME


def test_old_caches_are_pruned(tmp_path, lexicon_dir):
    for stop in range(am.KEEP_CACHES + 3):
        load_compiled(lexicon_dir, CompileSettings(stop_terms=(f"term{stop}",)), cache_dir=tmp_path / "c")
    kept = [p for p in (tmp_path / "c").iterdir() if (p / SIDECAR_FILE).is_file()]
    assert len(kept) == am.KEEP_CACHES
