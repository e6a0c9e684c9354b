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
    "quick": ("home",),
    "profiles": ("home",),
    "settings": ("home",),
    "teacher": ("home",),
}
# A booth has no title or level list: its home is the attract loop and every run
# starts from there, so dropping a run is going home.
KIOSK_UNDER: dict[str, tuple[str, ...]] = {
    "home": (),
    "play": ("home",),
    "quick": ("home",),
    "results": ("home",),
    "lure": ("home",),
    "nickname": ("home",),
    "board": ("home",),
    "pin": ("home",),
    "operator": ("home",),
}
ROUTES: tuple[str, ...] = tuple(dict.fromkeys([*UNDER, *KIOSK_UNDER]))


def _title(app, **_: Any) -> Scene:
    if app.kiosk is not None:
        from game.scenes.attract import AttractScene

        return AttractScene(app)
    from game.scenes.title import TitleScene

    return TitleScene(app)


def _kiosk(module: str, cls: str) -> Callable[..., Scene]:
    def make(app, **args: Any) -> Scene:
        import importlib

        return getattr(importlib.import_module(f"game.scenes.{module}"), cls)(app, **args)

    return make


def _levels(app, **args: Any) -> Scene:
    from game.scenes.level_select import LevelSelectScene

    return LevelSelectScene(app, **args)


def _play(app, **args: Any) -> Scene:
    from game.scenes.comic import ComicScene

    return ComicScene(app, **args)


def _results(app, **args: Any) -> Scene:
    from game.scenes.results import ResultsScene

    return ResultsScene(app, **args)


def _quick(app, **args: Any) -> Scene:
    from game.scenes.quick_round import QuickRoundScene

    return QuickRoundScene(app, **args)


def _profiles(app, **args: Any) -> Scene:
    from game.scenes.profiles import ProfilesScene

    return ProfilesScene(app, **args)


def _settings(app, **args: Any) -> Scene:
    from game.scenes.settings import SettingsScene

    return SettingsScene(app, **args)


def _review(app, **_: Any) -> Scene:
    from game.scenes.review import ReviewScene

    return ReviewScene(app)


def _teacher(app, **_: Any) -> Scene:
    from game.scenes.teacher import TeacherScene

    return TeacherScene(app)


FACTORIES: dict[str, Callable[..., Scene]] = {
    "home": _title, "levels": _levels, "play": _play, "results": _results, "review": _review, "quick": _quick,
    "profiles": _profiles, "settings": _settings,
    "lure": _kiosk("lure", "LureScene"), "nickname": _kiosk("nickname", "NicknameScene"),
    "board": _kiosk("leaderboard", "LeaderboardScene"), "pin": _kiosk("pin", "PinScene"),
    "operator": _kiosk("operator", "OperatorScene"), "teacher": _teacher,
}


class Router:
    def __init__(self, app) -> None:
        self.app = app

    @property
    def under(self) -> dict[str, tuple[str, ...]]:
        return KIOSK_UNDER if self.app.kiosk is not None else UNDER

    def available(self) -> tuple[str, ...]:
        """The routes of the mode the game runs in."""
        return tuple(r for r in self.under if r in FACTORIES)

    def scene(self, route: str, **args: Any) -> Scene:
        """Build the screen of a route without going there (a review plays moments in it)."""
        if route not in self.available():
            raise KeyError(f"unknown route {route!r}; routes are {', '.join(self.available())}")
        return FACTORIES[route](self.app, **args)

    def go(self, route: str, **args: Any) -> None:
        """Show a route: its screen on top of the fresh screens that lie under it."""
        under = [self.scene(name) for name in self.under[route]]
        self.app.stack.reset_to(under + [self.scene(route, **args)])

    def home(self) -> None:
        """The title (a booth: the attract loop, and going there ends the visitor's run)."""
        kiosk = self.app.kiosk
        if kiosk is not None and kiosk.mode.in_run:
            kiosk.drop_run()
        else:
            self.go("home")
