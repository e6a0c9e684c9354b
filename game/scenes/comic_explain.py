"""The comic screen while 锡小朗 explains an answer: his card, and the room made for it.

A mixin of ComicScene (game/scenes/comic.py). It makes the feedback card for an answer
(pointing at its clues on the panel), tells the card what it must work around on this
screen (`stage_for`: the faces, the chosen answer and the leak meter, the words), and
draws the chosen answer and the meter moved out of his way.
"""
from __future__ import annotations

from dataclasses import replace

from game.engine import palette as pal
from game.engine import words
from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.play.playthrough import Outcome
from game.scenes.ending import EndingScene
from game.scenes.feedback import VEIL, FeedbackScene
from game.scenes.feedback_plan import Stage
from game.ui import hud
from game.ui.button import Button, draw_button
from game.ui.placement import Keep


class ComicExplaining:
    def feedback_for(self, outcome: Outcome) -> FeedbackScene:
        """锡小朗's feedback on an answer, pointing at its clues on the panel."""
        t = self.t
        highlights = [(r, self.level.clues[c].text) for c in outcome.clues if (r := self.clue_rect(c))]
        lines = list(outcome.lines) or [t(outcome.message)]
        if outcome.lines and outcome.message:  # a calm hunt: the verdict first, then the level's why
            lines = [t(outcome.message)] + lines
        badge = t("feedback.hunt_found_count", found=outcome.found, total=outcome.total) \
            if outcome.kind == "hunt" and outcome.total else ""
        feedback = FeedbackScene(self.app, outcome.verdict, lines, outcome.expression, highlights,
                                 badge=badge, chosen=outcome.chosen,
                                 stage=lambda size: self.stage_for(outcome, size), owner=self)
        feedback.outcome = outcome
        return feedback

    def card_for(self, outcome: Outcome) -> FeedbackScene:
        """The card for an answer just given: the one the look-ahead made for it, if it made
        that very card (same answer, screen size and text settings), else made now. The tap's
        frame then does not plan the card again (it veils the screen, the costliest frame)."""
        ready = self.__dict__.get("_cards_ahead", {})
        card = ready.get(self._card_key(outcome))
        ready.clear()  # (the others answered something else: let them go)
        if card is None:
            return self.feedback_for(outcome)
        card.outcome = outcome  # (the real one: the look-ahead's had no notebook change)
        card.begin_coming_in(self.app)  # (the look-ahead drew it as it is once in)
        card.dirty = True
        return card

    def keep_card(self, card: FeedbackScene) -> None:
        """The look-ahead made this card for an answer that may come: kept for `card_for`."""
        self.__dict__.setdefault("_cards_ahead", {})[self._card_key(card.outcome)] = card

    def forget_cards(self) -> None:
        """The look-ahead starts again (another step, another size): its cards are stale."""
        self.__dict__.get("_cards_ahead", {}).clear()

    def _card_key(self, outcome: Outcome) -> tuple:
        assets = self.app.assets
        return (replace(outcome, notebook=None), tuple(self.app.viewport.size), id(self.t), assets.text_scale,
                assets.lang, words.state())

    def chosen_option(self, outcome: Outcome) -> str | None:
        """The id of the option an outcome answered (decisions)."""
        if outcome.kind != "decision" or outcome.step not in self.level.step_ids:
            return None
        step = self.level.step(outcome.step)
        return next((o.id for o in step.options if o.label == outcome.chosen), None)

    def stage_for(self, outcome: Outcome, size) -> Stage:
        """What 锡小朗's overlay must work around on this screen, at a logical size."""
        self._place(size)
        geo = self.geo
        highlights = [(r, self.level.clues[c].text) for c in outcome.clues if (r := self.clue_rect(c))]
        explaining = geo.explaining(self._chosen_rect(outcome))
        keeps = [Keep(rect, f"face:{name}") for name, rect in self.faces(self.panel_of(self.shown), ("xiaolang",))]
        # The level's title, the score and the menu stay in view: nothing over the top bar's words
        # (a callout may come up to its edge: the keep ends a little above it).
        keeps.append(Keep((0, 0, size[0], hud.TOP_BAR_H - 8), "top bar"))
        if explaining.chosen is not None:
            keeps.append(Keep(explaining.chosen, "chosen answer", lit=True))
        option = self.chosen_option(outcome)
        leaks = outcome.leaked_now or (self.level.step(outcome.step).option(option).leaks if option else ())
        meter = self._meter_rect(explaining)
        keeps.append(Keep(meter, "leak meter", must=bool(leaks), lit=bool(leaks)))
        # Better left visible too, if there is room: the phone, what the hunt found, the words.
        parts = self.layout.parts if self.layout else {}
        if "screen" in parts:
            keeps.append(Keep(self.to_screen(parts["screen"]), "phone", must=False))
        for clue_id in (self.shown_found() if outcome.kind == "hunt" else ()):
            rect = self.clue_rect(clue_id)
            if rect:
                keeps.append(Keep(rect, f"found:{clue_id}", must=False, weight=4.0))
        for name in ("caption",) + tuple(n for n in parts if n.startswith("bubble:")):
            if name in parts:
                keeps.append(Keep(self.to_screen(parts[name]), name, must=False, weight=0.5))
        text = [self.to_screen(r) for name, r in parts.items() if not name.startswith("actor") and name != "screen"]
        if outcome.kind == "hunt":  # the question and what was found stay readable beside the panel
            card = self.geo.prompt_card()
            text += [(card[0], card[1], card[2], min(card[3], 180))]
            text += [rect for _, _, rect in self.found_list(DryCanvas(self.app.assets))]
        return Stage(highlights, keeps, chosen_shown=explaining.chosen is not None, text=text)

    def _chosen_rect(self, outcome: Outcome) -> Rect | None:
        option = self.chosen_option(outcome)
        return next((b.rect for b in self.buttons.buttons if b.id == f"option:{option}"), None) if option else None

    def _meter_rect(self, explaining: hud.Explaining) -> Rect:
        """Where the leak meter's chips are while 锡小朗 explains (as wide as they are): worked
        out once for each place and the player's text size (asked several times a frame)."""
        assets = self.app.assets
        key = (tuple(explaining.meter), explaining.compact_meter, id(self.t), assets.text_scale, words.state())
        known = self.__dict__.setdefault("_meter_rects", {})
        if key not in known:
            x, y, w, h = explaining.meter
            if explaining.compact_meter:
                known[key] = (x, y, hud.meter_width(DryCanvas(assets), self.t, self.level.leak_kinds), h)
            else:
                needs = hud.column_meter_height(DryCanvas(assets), self.t, w, self.level.leak_kinds)
                known[key] = (x, y, w, min(h, needs))
        return known[key]

    def _above(self):
        """The scene right above this one on the stack, if any."""
        scenes = self.app.stack.scenes
        if self not in scenes:
            return None
        index = scenes.index(self)
        return scenes[index + 1] if index + 1 < len(scenes) else None

    def explaining(self) -> Outcome | None:
        """The answer 锡小朗's overlay (right above this screen) is explaining, if any."""
        above = self._above()
        if isinstance(above, FeedbackScene) and above.owner is self:
            return getattr(above, "outcome", None)
        return None

    def guide_above(self) -> bool:
        """Whether an overlay right above shows 锡小朗 (his feedback, the ending card): the panel's
        own 锡小朗 then steps out, so there is one of him at a time."""
        above = self._above()
        return self.explaining() is not None or (isinstance(above, EndingScene) and above.comic is self)

    def _draw_answered(self, canvas: Canvas, explaining: hud.Explaining, outcome: Outcome,
                       leaked: list[str] | None = None, meter_veiled: bool = False) -> None:
        """While 锡小朗 explains a decision: the chosen answer and the leak meter, out of his way.
        `leaked`: what the meter shows (what has leaked now, unless the look-ahead says).
        `meter_veiled`: the meter is drawn veiled already (see game.scenes.comic_veil)."""
        leaked = self.session.leaked if leaked is None else leaked
        if not explaining.compact_meter:
            hud.draw_leak_meter(canvas, leaked, self.t, self._meter_rect(explaining), "column",
                                self.level.leak_kinds, (pal.GUTTER, VEIL) if meter_veiled else None)
        option = self.chosen_option(outcome)
        chosen = next((b for b in self.buttons.buttons if b.id == f"option:{option}"), None)
        if chosen is not None and explaining.chosen is not None:
            moved = Button(chosen.id, explaining.chosen, chosen.label, "option", chosen.size, lines=3)
            draw_button(canvas, moved, False)
        for button in self.buttons.buttons:
            if button.id in ("menu", "history"):
                draw_button(canvas, button, False)
