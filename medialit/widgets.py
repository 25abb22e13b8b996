"""``medialit.widgets`` is a short name for ``medialit.views.widgets``, so lessons can type ``import medialit.widgets``.

The views are loaded only when asked for (matplotlib and ipywidgets are slow
to import), so this stub puts the real module in its own place, as the import
system allows: there is one module object, and nothing is copied.
"""

import sys

from .views import widgets

sys.modules[__name__] = widgets
