"""Fault injection for testing a deployment's error handling (chaos testing).

Add it to a copy of a pipeline to check that a batch survives failing documents: every
document containing ``marker`` makes it raise (``action=raise``) or kill its worker
process (``action=exit``). It never changes a CAS.
"""
from __future__ import annotations

import os

from cassis import Cas

from ..annotator import Annotator, Parameter


class FaultInjector(Annotator):
    """Fails on documents that contain ``marker``."""

    parameters = (
        Parameter("marker", "String", default="__CTAKES_PY_FAULT__",
                  description="Text whose presence in a document triggers the fault."),
        Parameter("action", "String", default="raise",
                  description="raise: an exception (reported, batch goes on); exit: the worker process dies."),
    )

    def initialize(self, context) -> None:
        super().initialize(context)
        if self.action not in ("raise", "exit"):
            raise ValueError(f"FaultInjector action must be raise or exit, not {self.action!r}")

    def process(self, cas: Cas) -> None:
        if self.marker in (cas.sofa_string or ""):
            if self.action == "exit":
                os._exit(70)
            raise RuntimeError(f"injected fault: document contains {self.marker!r}")
