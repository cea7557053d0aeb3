"""Lexicons for dictionary lookup: the on-disk format, builders and the automaton cache.

- :mod:`.format` the lexicon folder (manifest + gzip TSV terms and concepts), streaming writer
- :mod:`.normalize` the one text analysis shared by terms and notes
- :mod:`.semantic` TUI -> cTAKES semantic group -> mention type / typeID
- :mod:`.umls`, :mod:`.bsv`, :mod:`.tabular`, :mod:`.open_sources` builders per source kind
- :mod:`.variants` plural / word-order / abbreviation variants added at compile time
- :mod:`.definitions` abbreviations a note defines (``long form (SHORT)``)
- :mod:`.filters`, :mod:`.report` junk-term filter; what a build skipped and why
- :mod:`.obo` OBO ontology reader
- :mod:`.automaton` compile to pyahocorasick and cache with verified checksums
- :mod:`.builders` one function per kind of build (UMLS, BSV, CSV/TSV, open sources)
- :mod:`.cli` the ``ctakes-py lexicon`` commands
"""
from .automaton import CompiledLexicon, CompileSettings, load_compiled
from .format import Concept, Lexicon, LexiconWriter
from .normalize import term_key

__all__ = [
           "CompileSettings",
           "CompiledLexicon",
           "Concept",
           "Lexicon",
           "LexiconWriter",
           "load_compiled",
           "term_key",
]
