"""The anti-fraud comic game (Xi Xiaolang): levels, play rules, engine, UI and scenes."""

import os as _os

# pygame prints a greeting on import; the tools print JSON on stdout, so keep it quiet.
_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
