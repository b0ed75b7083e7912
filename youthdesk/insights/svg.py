"""Small server-side SVG charts for the report (the PDF cannot run Chart.js). Every label is escaped."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR = "#1d70b8"
INK = "#0b0c0c"


def _value(v) -> float:
    return float(v) if isinstance(v, int | float) else 0.0


def columns_svg(labels: list[str], values: list, *, width: int = 640, height: int = 220) -> SafeString:
    """Vertical bars (for a time series); a suppressed value ("<10") draws as an empty slot."""
    n = max(len(values), 1)
    top = max([_value(v) for v in values] + [1.0])
    plot_h, base = height - 40, height - 24
    step = (width - 50) / n
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    parts.append(f'<text x="0" y="12" font-size="10" fill="{INK}">{escape(int(top))}</text>')
    for i, v in enumerate(values):
        h = plot_h * _value(v) / top
        x = 40 + i * step
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}" fill="{BAR}"/>'
        )
    for i in (0, n - 1) if labels else ():
        parts.append(
            f'<text x="{40 + i * step:.1f}" y="{height - 6}" font-size="10" fill="{INK}">{escape(labels[i])}</text>'
        )
    parts.append(f'<line x1="40" y1="{base}" x2="{width - 10}" y2="{base}" stroke="{INK}"/></svg>')
    return mark_safe("".join(parts))  # noqa: S308 -- built here from escaped labels and numbers


def bars_svg(labels: list[str], values: list, *, width: int = 640) -> SafeString:
    """Horizontal bars with their labels and the value as shown (so "<10" stays "<10")."""
    row = 22
    height = row * max(len(values), 1) + 10
    top = max([_value(v) for v in values] + [1.0])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        y = 5 + i * row
        w = (width - 280) * _value(v) / top
        parts.append(f'<text x="0" y="{y + 14}" font-size="11" fill="{INK}">{escape(label[:38])}</text>')
        parts.append(f'<rect x="220" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{BAR}"/>')
        parts.append(f'<text x="{224 + w:.1f}" y="{y + 14}" font-size="11" fill="{INK}">{escape(v)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 -- built here from escaped labels and numbers
