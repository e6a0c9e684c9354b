"""The real game driven through its screens, as a person (or `python -m game drive`) would:
taps and keys by visible label, and what is on screen afterwards. Shared by the tests of
navigation, the booth, the classroom screens and the quick round."""
from __future__ import annotations

from game.drive import perform, state
from game.pilot import Pilot


class Driver:
    def __init__(self, app) -> None:
        self.app = app
        self.pilot = Pilot(app)
        app.routes.home()
        app.stack.apply()
        self.pilot.settle()

    def act(self, *actions: str) -> Driver:
        """Perform `drive` actions (tap:LABEL, key:tab, idle:3 …) one after another."""
        for action in actions:
            perform(self.app, self.pilot, action)
        return self

    def do(self, *actions: str) -> dict:
        """Perform the actions and return the screen as `drive` reports it."""
        self.act(*actions)
        return state(self.app, self.pilot, actions[-1] if actions else "", True)

    @property
    def stack(self) -> list[str]:
        return [s.name for s in self.app.stack.scenes]

    @property
    def screen(self):
        return self.app.stack.top

    def focus(self) -> str | None:
        return self.screen.buttons.focused_id

    def tab_to(self, button_id: str) -> None:
        """Tab until `button_id` has the focus (fails if it never gets it)."""
        for _ in range(len(self.screen.buttons.buttons)):
            if self.focus() == button_id:
                return
            self.act("key:tab")
        assert self.focus() == button_id
