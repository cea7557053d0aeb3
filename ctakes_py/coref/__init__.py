"""Person coreference: mention detection, deterministic sieves, a mention-pair classifier
with best-first clustering, and clinical entity chains (see :mod:`.resolver`)."""
from .resolver import CorefResolver, Resolution

__all__ = ["CorefResolver", "Resolution"]
