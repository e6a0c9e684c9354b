"""The anti-fraud comic game (Xi Xiaolang): levels, play rules, engine, UI and scenes."""
