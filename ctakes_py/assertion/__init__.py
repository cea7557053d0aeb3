"""Assertion status of mentions (negation, uncertainty, conditional, generic, subject,
history) from editable trigger lists, ConText style, with negspacy's termsets."""
from .engine import ContextEngine, Decision
from .rules import CATEGORIES, TriggerRule, read_rules
from .scope import ScopeSettings
from .sections import SectionRule, read_section_rules
from .token_view import TokenView

__all__ = ["CATEGORIES", "ContextEngine", "Decision", "ScopeSettings", "SectionRule", "TokenView",
           "TriggerRule", "read_rules", "read_section_rules"]
