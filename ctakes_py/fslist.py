"""UIMA linked lists (``FSList``) as Python lists, both ways.

cTAKES keeps coreference chains (``CollectionTextRelation.members``) as FSLists of
``NonEmptyFSList`` head/tail cells ending in an ``EmptyFSList``.
"""
from __future__ import annotations

from typing import Any

from cassis import TypeSystem


def make_fs_list(ts: TypeSystem, items: list[Any]) -> Any:
    """An FSList holding ``items`` in order."""
    node = ts.get_type("uima.cas.EmptyFSList")()
    non_empty = ts.get_type("uima.cas.NonEmptyFSList")
    for item in reversed(items):
        node = non_empty(head=item, tail=node)
    return node


def fs_list_items(node: Any) -> list[Any]:
    """The elements of an FSList (``None`` or an empty list gives ``[]``)."""
    out = []
    while node is not None and node.type.name == "uima.cas.NonEmptyFSList":
        out.append(node.head)
        node = node.tail
    return out
