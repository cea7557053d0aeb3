"""CRF named-entity recognition: finds what the dictionary lookup misses.

One concept per module:

- :mod:`.tokens`: the CRF's token view of a CAS (tokens cut at ``-``/``/``, sentences, sections);
- :mod:`.bio`: entity spans <-> BIO tags;
- :mod:`.gazetteer`: dictionary-lookup matches as per-token tags;
- :mod:`.abbreviations`: Schwartz-Hearst abbreviation definitions;
- :mod:`.clusters`: word clusters from unlabeled text (PPMI-SVD + k-means);
- :mod:`.features`: crfsuite attributes per token;
- :mod:`.consistency`: document-level post-processing (abbreviations, label consistency);
- :mod:`.model`: the model folder (crfsuite file + JSON card), loading and training;
- :mod:`.tagger`: features -> Viterbi -> spans for a CAS;
- :mod:`.corpus`: PubTator / CoNLL / BioC / brat corpora as CAS + gold spans;
- :mod:`.training`: featurizing, c1/c2 and post-processing selection on dev;
- :mod:`.evaluation`: strict / lenient / seqeval scores, the dictionary baseline;
- :mod:`.active`: uncertainty ranking and annotation tasks (brat, Label Studio);
- :mod:`.cli`: ``train ner``, ``evaluate ner``, ``al select``.

The annotator is :class:`ctakes_py.annotators.crf_ner.CrfNer`.
"""
