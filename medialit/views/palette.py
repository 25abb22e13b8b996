"""Colours, underlines and tags that every view shares, chosen so colour is never the only signal.

The figure colours are the Okabe–Ito palette (Okabe, M. & Ito, K. 2008,
"Color Universal Design (CUD): How to make figures and presentations that are
friendly to colorblind people", https://jfly.uni-koeln.de/color/), which stays
distinguishable for the common kinds of colour blindness. Text highlights use a
light tint of the same colour behind black text, so the text keeps a WCAG 2.x
contrast ratio of at least 4.5:1 (``contrast_ratio`` checks it). Each category
also has its own underline style, a short visible tag and, in figures, a hatch
pattern and a marker, so a reader who cannot tell the colours apart still can.

The hedges and boosters of lesson 03 are nine categories in one view, more than
Okabe–Ito's seven colours, and its tints of blue and sky blue look alike. They
use Paul Tol's "light" scheme instead (Tol, P. 2021, "Colour Schemes", SRON
technical note SRON/EPS/TN/09-002, https://personal.sron.nl/~pault/): nine
pale colours made to sit behind black text and to stay apart for colour-blind
readers. Boosters take the warm ones and also get a box around the phrase, so
"stronger" and "softer" differ without colour too.

>>> s = style_for("modal")
>>> (s.tag, s.underline, contrast_ratio(s.text, s.tint) >= 4.5)
('modal', 'dotted', True)
"""

from __future__ import annotations

import html
from dataclasses import dataclass

#: The eight Okabe–Ito colours (Okabe & Ito 2008), in their usual order.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}

#: Paul Tol's "light" scheme (Tol 2021): pale colours for backgrounds behind black text.
TOL_LIGHT: dict[str, str] = {
    "light blue": "#77AADD",
    "light cyan": "#99DDFF",
    "mint": "#44BB99",
    "pear": "#BBCC33",
    "olive": "#AAAA00",
    "light yellow": "#EEDD88",
    "orange (light)": "#EE8866",
    "pink": "#FFAABB",
    "pale grey": "#DDDDDD",
}

#: Text colour on every highlight: near-black reads well on all the light tints.
TEXT = "#111111"

#: The inline style of the views' plain text: a font every machine has, in near-black.
SANS = "font-family:'DejaVu Sans',Arial,sans-serif;color:#111"
#: The bar beside a one-line message, by its kind: an error in dark vermillion, a note in Okabe–Ito blue.
_MESSAGE_COLOURS = {"error": "#B55000", "info": "#0072B2"}


def message_html(text: str, kind: str = "error") -> str:
    """A one-line message a view shows instead of its result: ``kind`` is "error" or "info"; ``text`` is escaped.

    >>> m = message_html("No <b>text</b> here.", "info")
    >>> 'class="ml-message ml-info"' in m, "No &lt;b&gt;text&lt;/b&gt; here." in m
    (True, True)
    """
    colour = _MESSAGE_COLOURS[kind]
    return (f'<div class="ml-message ml-{kind}" role="status" style="{SANS};border-left:5px solid {colour};'
            f'padding:4px 8px;background:#FFFFFF">{html.escape(text)}</div>')


UNDERLINES = ("solid", "dashed", "dotted", "double", "wavy")
HATCHES = {"solid": "//", "dashed": "\\\\", "dotted": "..", "double": "xx", "wavy": "oo"}
MARKERS = {"solid": "o", "dashed": "s", "dotted": "^", "double": "D", "wavy": "v"}


def _rgb(colour: str) -> tuple[float, float, float]:
    h = colour.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    if len(h) != 6:
        raise ValueError(f"A colour must look like '#1a2b3c' or '#abc', not {colour!r}.")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour: 0 for black, 1 for white.

    >>> relative_luminance("#FFFFFF"), relative_luminance("#000")
    (1.0, 0.0)
    """
    def linear(c: float) -> float:
        # The sRGB transfer curve, as written in WCAG 2.x.
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio of two colours, from 1 (none) to 21 (black on white).

    WCAG level AA asks for at least 4.5 for ordinary text.

    >>> round(contrast_ratio("#000000", "#FFFFFF"), 1)
    21.0
    """
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def tint(colour: str, amount: float = 0.3) -> str:
    """Mix ``amount`` of ``colour`` into white: a light background for black text.

    >>> tint("#000000", 0.5)
    '#808080'
    """
    return _hex(tuple(1 - amount * (1 - c) for c in _rgb(colour)))


def shade(colour: str, amount: float) -> str:
    """Mix ``amount`` of black into ``colour`` (a darker line colour).

    >>> shade("#FFFFFF", 0.5)
    '#808080'
    """
    return _hex(tuple(c * (1 - amount) for c in _rgb(colour)))


def _line_colour(colour: str, bg: str) -> str:
    # Underlines and borders are "non-text" marks: WCAG asks 3:1 against what is
    # next to them. Darken the palette colour just enough to get there.
    step = 0.0
    line = colour
    while contrast_ratio(line, bg) < 3.0 and step < 1.0:
        step += 0.05
        line = shade(colour, step)
    return line


@dataclass(frozen=True)
class Style:
    """How one category looks everywhere: colour, tint, underline, tag, hatch and marker."""

    category: str
    tag: str
    colour: str
    underline: str
    tint: str
    line: str
    text: str = TEXT
    boxed: bool = False  # a thin box around the phrase too (boosters): a second non-colour signal

    @property
    def hatch(self) -> str:
        """A matplotlib hatch pattern matching the underline style."""
        return HATCHES[self.underline]

    @property
    def marker(self) -> str:
        """A matplotlib marker matching the underline style."""
        return MARKERS[self.underline]

    @property
    def slug(self) -> str:
        """The category as a CSS class name part: ``vague attribution`` -> ``vague-attribution``."""
        return slugify(self.category)

    def css(self) -> str:
        """Inline CSS for a highlighted phrase (background, text colour, underline)."""
        return (
            f"background:{self.tint};color:{self.text};"
            f"text-decoration:underline {self.underline} {self.line};"
            "text-decoration-thickness:2px;text-underline-offset:3px;"
            "padding:0 1px;border-radius:2px"
            + (f";border:1.5px solid {self.line}" if self.boxed else "")
        )


def slugify(name: str) -> str:
    """A safe CSS class fragment: lower-case letters, digits and hyphens.

    >>> slugify("Vague attribution (loaded)!")
    'vague-attribution-loaded'
    """
    out, dash = [], False
    for c in name.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "other"


# category: (tag, Okabe–Ito colour name, underline). Within one view (family)
# no two categories share both colour and underline, and every tag differs.
_TABLE: dict[str, dict[str, tuple[str, str, str]]] = {
    # Lesson 03: nine categories, nine colours of Tol's light scheme; boosters warm and boxed.
    "hedge": {
        "possibility": ("possible", "light yellow", "dashed"),
        "modal": ("modal", "light blue", "dotted"),
        "approximator": ("approx.", "mint", "solid"),
        "tentative": ("tentative", "pear", "wavy"),
        "vague attribution": ("vague source", "pale grey", "double"),
        "agentless attribution": ("no agent", "olive", "dashed"),
        "distancing": ("distancing", "light cyan", "wavy"),
        "intensifier": ("intensifier", "pink", "double"),
        "certainty": ("certain", "orange (light)", "solid"),
        "hedge": ("hedge", "sky blue", "solid"),
        "booster": ("booster", "vermillion", "wavy"),
    },
    "attribution": {
        "source": ("source", "blue", "solid"),
        "cue": ("cue", "bluish green", "dashed"),
        "loaded cue": ("loaded cue", "vermillion", "wavy"),
        "quote": ("quote", "orange", "dotted"),
        "no source": ("no source", "reddish purple", "double"),
    },
    "source": {
        "named person": ("person", "blue", "solid"),
        "named group": ("group", "bluish green", "dashed"),
        "unnamed": ("unnamed", "orange", "dotted"),
        "agentless": ("no agent", "reddish purple", "double"),
        "photo agency": ("agency", "sky blue", "wavy"),
        "photographer": ("photographer", "yellow", "solid"),
        "photo credit": ("credit", "vermillion", "dashed"),
        "mention": ("mention", "blue", "double"),
    },
    "block": {
        "headline": ("HEADLINE", "blue", "solid"),
        "subheading": ("SUBHEADING", "sky blue", "dashed"),
        "image_label": ("PHOTO LABEL", "orange", "dotted"),
        "caption": ("CAPTION", "yellow", "double"),
        "credit": ("CREDIT", "vermillion", "wavy"),
        "body": ("BODY", "bluish green", "solid"),
        "boilerplate": ("BOILERPLATE", "reddish purple", "dashed"),
        "empty": ("EMPTY", "black", "dotted"),
    },
    "figure": {
        "direct quote": ("direct", "orange", "solid"),
        "indirect": ("indirect", "sky blue", "dotted"),
        "article says": ("article says", "vermillion", "solid"),
        "record": ("record", "blue", "dashed"),
        "rate": ("per 100 words", "black", "dotted"),
    },
}

FAMILIES: dict[str, tuple[str, ...]] = {fam: tuple(rows) for fam, rows in _TABLE.items()}
# Black is kept for text and axes; the other seven colours take turns for unknown categories.
_CYCLE = [name for name in OKABE_ITO if name != "black"]


#: Categories that strengthen a claim: their marks are boxed as well as underlined.
BOOSTERS = frozenset({"certainty", "intensifier", "booster"})


def _make(category: str, tag: str, colour_name: str, underline: str) -> Style:
    if colour_name in TOL_LIGHT:  # already pale: the colour itself goes behind the text
        colour = light = TOL_LIGHT[colour_name]
    else:
        colour = OKABE_ITO[colour_name]
        light = tint(colour, 0.22 if colour_name == "black" else 0.35)
    return Style(category, tag, colour, underline, light, _line_colour(colour, light),
                 boxed=category in BOOSTERS)


_STYLES: dict[str, Style] = {}
for _rows in _TABLE.values():
    for _cat, (_tag, _col, _ul) in _rows.items():
        _STYLES.setdefault(_cat, _make(_cat, _tag, _col, _ul))


def style_for(category: str) -> Style:
    """The style of a category; an unknown category gets a stable style of its own.

    >>> style_for("named person").underline
    'solid'
    >>> style_for("something new") == style_for("something new")
    True
    """
    key = (category or "other").strip().lower().replace("-", " ")
    if key in _STYLES:
        return _STYLES[key]
    # A stable choice (not hash(), which changes between runs): sum of code points.
    n = sum(map(ord, key))
    colour = _CYCLE[n % len(_CYCLE)]
    underline = UNDERLINES[(n // len(_CYCLE)) % len(UNDERLINES)]
    tag = key if len(key) <= 14 else key[:13] + "."
    return _make(key, tag, colour, underline)


def all_styles() -> list[Style]:
    """Every named style, for tests and for a legend of legends.

    >>> len(all_styles()) >= 30
    True
    """
    return list(_STYLES.values())
