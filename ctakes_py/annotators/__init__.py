"""ctakes-py's own analysis components, one module per concept.

Each module holds one :class:`~ctakes_py.annotator.Annotator` subclass, registered by name
in :mod:`ctakes_py.registry` and described by ``descriptors/annotators/<Name>.xml``:

- :mod:`.section` ``SectionAnnotator``: header lines -> ``textspan.Segment`` tiling the text
- :mod:`.sentence` ``SentenceDetector``: rule-based clinical sentence splitting -> ``textspan.Sentence``
- :mod:`.tokenizer` ``Tokenizer``: one regex pass -> ``syntax.*Token``
"""
