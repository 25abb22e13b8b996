"""``medialit.plots`` is a short name for ``medialit.views.plots``, so lessons can type ``import medialit.plots``.

The views are loaded only when asked for (matplotlib and ipywidgets are slow
to import), so this stub puts the real module in its own place, as the import
system allows: there is one module object, and nothing is copied.
"""

import sys

from .views import plots

sys.modules[__name__] = plots
