"""Anchoring moved to desktop/domain/anchoring.py (it is a rule over text, not storage); these
names stay importable here for services/annotations.py until it imports them from there."""

from desktop.domain.anchoring import Anchor, make_anchor

__all__ = ["Anchor", "make_anchor"]
