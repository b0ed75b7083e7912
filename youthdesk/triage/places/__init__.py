"""Where the child is: place mentions in message text mapped to a police force area, offline, pure Python.

`locate(text)` returns (all place matches, the place text chosen, the force name or None). The force is
None when no place is named, when the place is ambiguous (Newport, Richmond) or straddles forces without a
clear majority (the matches carry the candidates and shares), and for Jersey, Guernsey and the Isle of Man.
"""

from youthdesk.triage.places.locate import locate

__all__ = ["locate"]
