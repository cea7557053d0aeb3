"""Coreference-aware phenotyping: condition vocabulary, attribution of conditions to
persons, per-document graphs, longitudinal patients and cohort counts."""
from .cohort import CohortResult, run_cohort, write_outputs

__all__ = ["CohortResult", "run_cohort", "write_outputs"]
