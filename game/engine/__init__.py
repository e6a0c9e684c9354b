"""The thin pygame layer: window, loop, scene stack, intents, assets and text."""
