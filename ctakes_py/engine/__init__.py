"""Batch engines: they move documents and CASes, never knowing what an annotator does."""
