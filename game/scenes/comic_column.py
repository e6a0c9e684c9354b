"""The comic screen's column, bar and marks: the question, what a hunt found, an ending's
title, the level's title and score.

A mixin of ComicScene (game/scenes/comic.py), kept apart so each file stays readable:
it reads the scene's state (the step shown, its layout, what was found, the toast) and
draws; it changes nothing.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect, TextBlock
from game.engine.dry import DryCanvas
from game.ui import hud
from game.ui.comic_layout import (ENDING_TITLE_LINES, ENDING_TITLE_SIZE, HUNT_COUNT_SIZE, HUNT_COUNT_TOP,
                                  HUNT_PROMPT_LINES, HUNT_PROMPT_SIZE, HUNT_PROMPT_TOP)
from game.ui.placement import place_badge

TOAST_PAD = 12  # the hunt's note ("这里没问题…"): its text keeps this far inside its frame


class ComicColumn:
    def shown_found(self) -> tuple[str, ...]:
        return self.play.found_on_shown

    def badge_spots(self) -> list[tuple[str, tuple[float, float]]]:
        """Where each found clue's check mark goes: beside it, off any text."""
        avoid = [r for name, r in self.screen_parts().items() if not name.startswith("actor") and name != "screen"]
        spots = []
        for clue_id in self.shown_found():
            rect = self.clue_rect(clue_id)
            if rect:
                others = [r for r in avoid if r != rect]
                centre = place_badge(rect, 16, others, self.geo.frame)
                avoid.append((centre[0] - 16, centre[1] - 16, 32, 32))
                spots.append((clue_id, centre))
        return spots

    def _draw_hunt_marks(self, canvas: Canvas) -> None:
        for clue_id, centre in self.badge_spots():
            rect = self.clue_rect(clue_id)
            hud.draw_ring(canvas, rect, pal.GREEN)
            with canvas.group("badge", (centre[0] - 16, centre[1] - 16, 32, 32), clue_id):
                canvas.circle(centre, 16, fill=pal.GREEN, border=pal.INK, width=3)
                canvas.text("✓", centre, 20, pal.WHITE, bold=True, anchor="center")
        if self.toast and self.toast_part:
            rect = next((b.rect for b in self.buttons.buttons if b.id == f"part:{self.toast_part}"), None)
            if rect:
                hud.draw_ring(canvas, rect, pal.AMBER, 4)

    def _draw_column(self, canvas: Canvas, over: tuple | None = None) -> None:
        """The column beside the panel. `over`: (page colour, veil) for a hunt's question and
        found list drawn veiled already, from a kept picture (see comic_veil.column_veiled)."""
        step = self.shown
        t = self.t
        geo = self.geo
        x, y, w, _ = geo.column
        if step.type == "redflags" and over is not None:
            count = t("comic.hunt_found", found=len(self.shown_found()))
            key = ("hunt column", self.level.id, step.id, step.prompt, count, self.shown_found(), tuple(geo.column))
            canvas.kept(key, self.hunt_column_bounds(), lambda on: self._draw_column(on), over)
        elif step.type == "decision":
            card = geo.prompt_card()
            hud.draw_card(canvas, card, pal.CAPTION)
            with canvas.group("prompt", card):
                hint = t("comic.choose_hint")
                with canvas.group("hint", (card[0] + 18, card[1] + 14, canvas.measure(hint, 20, True), 20)):
                    canvas.text(hint, (card[0] + 18, card[1] + 14), 20, pal.INK_SOFT, bold=True)
                block = canvas.layout(step.prompt, geo.prompt_text_width(), geo.prompt_size, bold=True, max_lines=4)
                canvas.text_block(block, (card[0] + 18, card[1] + (46 if geo.tall else 52)), pal.INK, bold=True)
        elif step.type == "redflags":
            card = geo.hunt_card()
            hud.draw_card(canvas, card, pal.CAPTION)
            with canvas.group("prompt", card):
                block = canvas.layout(step.prompt, geo.prompt_text_width(), HUNT_PROMPT_SIZE, bold=True,
                                      max_lines=HUNT_PROMPT_LINES)
                canvas.text_block(block, (card[0] + 18, card[1] + HUNT_PROMPT_TOP), pal.INK, bold=True)
                # Every hunt shows how many were found, never how many there are: a total would
                # say when to stop, and its absence that there is nothing to find.
                count = t("comic.hunt_found", found=len(self.shown_found()))
                at = (card[0] + 18, card[1] + HUNT_COUNT_TOP)
                with canvas.group("hint", (*at, canvas.measure(count, HUNT_COUNT_SIZE, True), HUNT_COUNT_SIZE)):
                    canvas.text(count, at, HUNT_COUNT_SIZE, pal.GREEN, bold=True)
            self._draw_found(canvas)
        elif step.type == "ending":
            if self.app.stack.top is not None and self.app.stack.top.name == "ending":
                return  # (the ending's card says it: beside the card its words peeked out, cut)
            verdict = "safe" if step.outcome == "safe" else "risky"
            hud.draw_verdict_badge(canvas, verdict, t(f"ending.{step.outcome}"), (x, y))
            block, (tx, ty, tw, _) = self._ending_title(canvas)
            with canvas.group("prompt", (tx, ty, tw, block.height)):
                canvas.text_block(block, (tx, ty), pal.INK, bold=True)

    def draw_title(self, canvas: Canvas, score: int | None = None) -> None:
        """The level's title and the score in the bar (`score`: as it will be, for look-ahead)."""
        hud.draw_title(canvas, *self._bar_texts(score), self.geo.title_at)

    def bar_words(self, canvas: Canvas) -> list[tuple[str, float, tuple[float, float], str]]:
        """What the bar's words are and where: (text, size, place, anchor) as draw_title puts them."""
        return hud.title_places(canvas, *self._bar_texts(), self.geo.title_at)

    def _bar_texts(self, score: int | None = None) -> tuple[str, str]:
        t = self.t
        title = f"{t('notebook.heading')} · {self.level.title}" if self.review else self.level.title
        return title, t("comic.score", score=self.session.score if score is None else score)

    def hunt_column_bounds(self) -> Rect:
        """All a hunt's column draws (its question's card and shadow, what it found), with a
        margin; not its toast."""
        x, y, w, h = self.geo.hunt_card()
        boxes = [(x - 8, y - 8, w + 22, h + 22)]
        listed = self.found_list(DryCanvas(self.app.assets))
        boxes += [(rx - 8, ry - 8, rw + 16, rh + 16) for _, _, (rx, ry, rw, rh) in listed]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
        return (x0, y0, x1 - x0, y1 - y0)

    def _ending_title(self, canvas: Canvas) -> tuple[TextBlock, Rect]:
        """An ending's title under its badge in the column: laid out, and where it goes."""
        box = self.geo.ending_title_box()
        return canvas.layout(self.shown.title, box[2], ENDING_TITLE_SIZE, bold=True,
                             max_lines=ENDING_TITLE_LINES), box

    def ending_column(self, canvas: Canvas) -> Rect:
        """All an ending draws in the column: its badge and its title (the badge is narrower)."""
        block, (_, ty, _, _) = self._ending_title(canvas)
        x, y, w, _ = self.geo.column
        return (x, y, w, ty + block.height - y)

    def found_list(self, canvas: Canvas) -> list[tuple[str, TextBlock, Rect]]:
        """The clues found so far and where each is listed: under the question (16:9) or in
        columns in the band (tall)."""
        ax, ay, aw, ah = self.geo.found_area()
        toast_h = 60 if self.toast else 0
        columns = 2 if self.geo.tall else 1
        col_w = (aw - 16 * (columns - 1)) / columns
        col, cy = 0, ay
        listed = []
        for clue_id in self.shown_found():
            block = canvas.layout("✓ " + self.level.clues[clue_id].text, col_w - 20, 21, max_lines=3)
            if cy + block.height > ay + ah - toast_h:
                col, cy = col + 1, ay
                if col >= columns:
                    break
            cx = ax + col * (col_w + 16)
            listed.append((clue_id, block, (cx + 10, cy, col_w - 20, block.height)))
            cy += block.height + 12
        return listed

    def _draw_found(self, canvas: Canvas) -> None:
        ax, ay, aw, ah = self.geo.found_area()
        for clue_id, block, rect in self.found_list(canvas):
            with canvas.group("found", rect, clue_id):
                canvas.text_block(block, rect[:2], pal.INK)
        if self.toast:
            box = (ax, ay + ah - 60, aw, 60)
            # The note wraps inside its frame (an English one is wider than the column): two
            # lines fit the frame's 60, each centred.
            block = canvas.layout(self.toast, aw - 2 * TOAST_PAD, 21, bold=True, max_lines=2)
            with canvas.group("toast", box):
                canvas.box(box, fill=pal.AMBER_LIGHT, border=pal.AMBER, width=3, radius=12)
                canvas.text_block(block, (ax + TOAST_PAD, box[1] + (60 - block.height) / 2), pal.INK, bold=True,
                                  align="center", width=aw - 2 * TOAST_PAD)
