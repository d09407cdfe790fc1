"""Reading JSON Lines requests on stdin, one object per line, each checked on its own.

The batch commands (``classify``, ``search --batch``) answer every good line and report each
bad one by its number, so one typo in a thousand queries costs one answer, not the run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator


def read_objects(lines: Iterable[str], field: str) -> Iterator[tuple[int, dict | None, str]]:
    """(line number, object, error) per non-blank line; the object is None when error is set.

    A good line is a JSON object whose ``field`` is a string.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield number, None, str(exc)
            continue
        if not isinstance(row, dict) or not isinstance(row.get(field), str):
            yield number, None, f'expected an object with a "{field}" string'
            continue
        yield number, row, ""
