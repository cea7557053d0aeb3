"""UIMA-style analysis-engine descriptors: parse (``parser``), model (``model``), check (``validate``)."""
from .model import AggregateDescription, Description, ParameterDecl, PrimitiveDescription
from .parser import parse_descriptor
from .validate import validate

__all__ = ["AggregateDescription", "Description", "ParameterDecl", "PrimitiveDescription",
           "parse_descriptor", "validate"]
