"""The views layer: colours, highlighted HTML, figures and widgets built on ``medialit.analysis``.

Views show what the analysis found; they compute no finding of their own.
"""
