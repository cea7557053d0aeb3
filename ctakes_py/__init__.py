"""ctakes-py: Apache cTAKES-style clinical NLP in pure Python.

The few names most users need::

    from ctakes_py import Pipeline, load_typesystem
    nlp = Pipeline.from_descriptor("default")
    cas = nlp("Patient denies chest pain.")
"""
from . import cassis_speedups
from .annotator import Annotator, ExternalResource, Parameter, UimaContext
from .document import create_cas, get_document_id, get_metadata
from .errors import CtakesError
from .pipeline import Pipeline
from .typesystem import load_typesystem

__version__ = "0.1.0"

cassis_speedups.install()

__all__ = ["Annotator", "CtakesError", "ExternalResource", "Parameter", "Pipeline", "UimaContext",
           "create_cas", "get_document_id", "get_metadata", "load_typesystem", "__version__"]
