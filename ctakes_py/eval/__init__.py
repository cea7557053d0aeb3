"""Scorers: entity spans (strict/lenient), relations, brat folders; ``ctakes-py evaluate``."""
from .ner import Counts, Span, score_spans, spans_from_bio, summarize
from .relations import RelationTuple, score_relations

__all__ = ["Counts", "Span", "score_spans", "spans_from_bio", "summarize", "RelationTuple",
           "score_relations"]
