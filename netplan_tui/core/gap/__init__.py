"""Gap analysis: the network the user wants against the network they have.

Pure: no Textual, no I/O. For every desired quality (a role, company, sector,
skill, location, interest or other commonality with a target count) it counts
the contacts that have it, and turns a gap into a draft SMART goal sentence.

Matching is word based and tolerant (case, accents, punctuation, plurals,
common synonyms and seniority words); ``docs/matching.md`` lists the rules.
Each call of :func:`analyse` normalises every contact field once and indexes the
contacts by word, so a quality is matched with a few set intersections instead
of a scan over all contacts.
"""

from __future__ import annotations

from netplan_tui.core.models import QUALITY_CATEGORIES

from .companies import _company_keys, _company_words
from .drafts import MONTHLY_CONNECTIONS, draft_deadline, draft_goal
from .index import _item_words, _place_words, _text_words
from .report import GapReport, GapRow, analyse, matches, matching_contacts
from .suggestions import suggested_qualities
from .titles import _role
from .words import _singular, _words, normalise

__all__ = [
    "MONTHLY_CONNECTIONS", "QUALITY_CATEGORIES", "GapReport", "GapRow", "analyse",
    "draft_deadline", "draft_goal", "matches", "matching_contacts", "normalise",
    "suggested_qualities",
]

#: The cached helpers, so a benchmark can start cold (``cache_clear`` on each).
CACHED = (_company_keys, _company_words, _item_words, _place_words, _role, _singular,
          _text_words, _words)
