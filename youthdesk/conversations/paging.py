"""Keyset ("seek") paging over the inbox queue's order: a page starts after a row's sort values, not at an offset.

An offset page shifts when a new message arrives above it (rows skipped or shown twice on the next page);
a keyset page is anchored to a position in the order, and each page is one index range scan however deep.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime

from django.db.models import F, Q
from django.db.models.expressions import OrderBy


class CursorError(ValueError):
    """A page link whose position cannot be read (edited by hand, or from another version)."""


@dataclass(frozen=True)
class SortKey:
    """One column of a total order: its direction, whether it may be NULL (always sorted last), its type."""

    field: str
    descending: bool
    nullable: bool = False
    kind: str = "int"  # "int" or "datetime": how a cursor value is read back


# Grade first, then who has waited longest (not waiting on us: last), then most recent; id breaks every tie.
OPEN_ORDER = (
    SortKey("grade_rank", descending=True),
    SortKey("waiting_since", descending=False, nullable=True, kind="datetime"),
    SortKey("last_message_at", descending=True, kind="datetime"),
    SortKey("id", descending=False),
)
CLOSED_ORDER = (
    SortKey("closed_at", descending=True, nullable=True, kind="datetime"),
    SortKey("id", descending=False),
)


def order_expressions(keys: tuple[SortKey, ...], *, backwards: bool = False) -> list[OrderBy]:
    """ORDER BY for the keys (reversed when paging backwards), NULLs placed the same on every database."""
    expressions = []
    for key in keys:
        descending = key.descending != backwards
        column = F(key.field)
        if key.nullable:
            nulls = {"nulls_first": True} if backwards else {"nulls_last": True}
            expressions.append(column.desc(**nulls) if descending else column.asc(**nulls))
        else:
            expressions.append(column.desc() if descending else column.asc())
    return expressions


def after_position(keys: tuple[SortKey, ...], values: tuple, *, backwards: bool = False) -> Q:
    """Rows strictly after `values` in the keys' order (strictly before it when `backwards`)."""
    terms: list[Q] = []
    same = Q()
    for key, value in zip(keys, values, strict=True):
        descending = key.descending != backwards
        nulls_last = not backwards
        if value is None:
            later = Q(**{f"{key.field}__isnull": False}) if not nulls_last else None
            equal = Q(**{f"{key.field}__isnull": True})
        else:
            later = Q(**{f"{key.field}__{'lt' if descending else 'gt'}": value})
            if key.nullable and nulls_last:
                later |= Q(**{f"{key.field}__isnull": True})
            equal = Q(**{key.field: value})
        if later is not None:
            terms.append(same & later)
        same &= equal
    if not terms:
        return Q(pk__in=[])
    result = terms[0]
    for term in terms[1:]:
        result |= term
    return result


def row_position(keys: tuple[SortKey, ...], row) -> tuple:
    """The sort values of one row (a model instance or a values() dict)."""
    if isinstance(row, dict):
        return tuple(row[key.field] for key in keys)
    return tuple(getattr(row, key.field) for key in keys)


def cursor_encode(keys: tuple[SortKey, ...], values: tuple) -> str:
    """A short, URL-safe token for a position."""
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    raw = json.dumps(plain, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_decode(keys: tuple[SortKey, ...], token: str) -> tuple:
    """The position a token names; CursorError if it is not one of ours for these keys."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        plain = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise CursorError("the page link is not readable") from None
    if not isinstance(plain, list) or len(plain) != len(keys):
        raise CursorError("the page link does not fit this view")
    values = []
    for key, value in zip(keys, plain, strict=True):
        if value is None and key.nullable:
            values.append(None)
        elif key.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
            values.append(value)
        elif key.kind == "datetime" and isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                raise CursorError("the page link has a bad time") from None
            if moment.tzinfo is None:
                raise CursorError("the page link has a time without a zone")
            values.append(moment)
        else:
            raise CursorError("the page link does not fit this view")
    return tuple(values)
