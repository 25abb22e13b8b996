"""The analysis layer: text or an ``Article`` in, frozen dataclasses with character spans out.

One module per idea. Nothing here draws, shows or grades: this layer never
imports ``medialit.views`` or ``medialit.checks``, so every number a figure
draws or a check compares comes from here.
"""
