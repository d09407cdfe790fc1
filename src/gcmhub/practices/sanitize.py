"""User text as plain text: markup removed with nh3, entities decoded, whitespace kept.

Templates autoescape whatever is stored, so this is a second wall: nothing that looks like
markup (a ``<script>``, an ``onerror=``) is ever kept to be rendered, exported or re-imported.
"""

from __future__ import annotations

import html

import nh3


def plain(value: str) -> str:
    """``value`` without tags (script and style contents dropped), as readable text."""
    return html.unescape(nh3.clean(value, tags=set(), attributes={})).strip()
