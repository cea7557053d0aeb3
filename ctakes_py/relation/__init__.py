"""Feature-based relation extraction: candidate pairs of CAS mentions
(:mod:`.candidates`), parser-free pair features (:mod:`.features`), a logistic-regression
model stored as JSON coefficients (:mod:`.model`), training (:mod:`.training`) and the
``train re`` command (:mod:`.cli`). The annotator is
:class:`ctakes_py.annotators.relation.RelationExtractor`."""
