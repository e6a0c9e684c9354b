"""Where a screen goes next: the game's routes, and what lies under each, in one place.

A screen asks for a route (`app.routes.go("levels")`) instead of building the
stack itself, and never imports another screen to get there. Going to a route
rebuilds the stack from the title up, so the title is always at the bottom, a
screen cannot pile up copies of itself (1000 plays leave the stack as deep as
one), and nothing but a confirmed quit can leave the player with no screen.

Overlays that belong to a screen (feedback, pause, history, the ending card, a
confirmation) are pushed by that screen and pop back to it with a result.
"""
from __future__ import annotations

from typing import Any, Callable

from game.engine.scenes import Scene

# route -> the routes under it, bottom first
UNDER: dict[str, tuple[str, ...]] = {
    "home": (),
    "levels": ("home",),
    "play": ("home", "levels"),
    "results": ("home", "levels"),
    "review": ("home",),
}
ROUTES: tuple[str, ...] = tuple(UNDER)


def _title(app, **_: Any) -> Scene:
    from game.scenes.title import TitleScene

    return TitleScene(app)


def _levels(app, **args: Any) -> Scene:
    from game.scenes.level_select import LevelSelectScene

    return LevelSelectScene(app, **args)


def _play(app, **args: Any) -> Scene:
    from game.scenes.comic import ComicScene

    return ComicScene(app, **args)


def _results(app, **args: Any) -> Scene:
    from game.scenes.results import ResultsScene

    return ResultsScene(app, **args)


def _review(app, **_: Any) -> Scene:
    from game.scenes.review import ReviewScene

    return ReviewScene(app)


FACTORIES: dict[str, Callable[..., Scene]] = {
    "home": _title, "levels": _levels, "play": _play, "results": _results, "review": _review,
}


class Router:
    def __init__(self, app) -> None:
        self.app = app

    def scene(self, route: str, **args: Any) -> Scene:
        """Build the screen of a route without going there (a review plays moments in it)."""
        if route not in FACTORIES:
            raise KeyError(f"unknown route {route!r}; routes are {', '.join(ROUTES)}")
        return FACTORIES[route](self.app, **args)

    def go(self, route: str, **args: Any) -> None:
        """Show a route: its screen on top of the fresh screens that lie under it."""
        under = [self.scene(name) for name in UNDER[route]]
        self.app.stack.reset_to(under + [self.scene(route, **args)])

    def home(self) -> None:
        self.go("home")
