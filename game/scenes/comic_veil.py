"""The comic screen under an overlay's veil: drawn veiled already wherever it can be.

A mixin of ComicScene (game/scenes/comic.py). When 锡小朗's card explains a decision or a
finished hunt, or the ending's card comes up, the overlay veils the screen beneath it.
Blending a veil over a million pixels costs about a millisecond at 1920x1080, so the
comic draws what it can veiled already and tells the overlay where (`ComicScene.veiled`,
real pixels, never overlapping), which leaves those parts out of its veil:

- the panel, copied from a picture veiled during look-ahead (game.ui.panel_layers),
  with what shows through the veil's holes kept unveiled (and a hunt's marks on it);
- the empty page and the empty top bar, filled in their colours as the veil leaves them,
  around everything drawn over them (the bar's words and buttons, the framed panel and
  its shadow, the column, the meter, the buttons) and the veil's holes, which the
  overlay veils (or leaves clear) itself;
- the leak meter, when nothing touches it: a kept picture composed on the page, veiled.

What 锡小朗's card covers whole, once it is there, is not painted at all. The screen is the
same, pixel for pixel, as veiling it all over the drawn comic (tests/test_kept_widgets.py).
"""
from __future__ import annotations

import pygame

from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.engine.translucent import simple_holes, subtract
from game.scenes.ending import ENDING_VEIL, EndingScene
from game.scenes.feedback import VEIL, VEIL_RADIUS, FeedbackScene, veil_holes
from game.ui import hud, panel_layers
from game.ui.button import draw_button

WIDGET_MARGIN = 12  # logical units around what is drawn on the page (shadows, focus rings)


class ComicVeil:
    def _veil_under(self, canvas: Canvas, explaining: hud.Explaining | None):
        """(colour, holes, marks, covered) when the panel can be drawn veiled already for the
        overlay above (锡小朗's card on a decision or a finished hunt, or the ending's card),
        which then leaves it out of its veil: its veiled picture was made ahead, with a hunt's
        marks on it (`marks` names them), and nothing else is drawn over the panel that the
        veil would have covered. `covered`: real pixels the card paints over whole (inside
        its rounding), which the comic leaves unpainted; or None."""
        above = self._above()
        panel = self.panel_of(self.shown)
        if self.fade > 0 or panel is None:
            return None
        marks, covered = None, None
        outcome = self.explaining()
        if isinstance(above, FeedbackScene) and outcome is not None and (
                (self.shown.type == "decision" and explaining is not None) or self.shown.type == "redflags"):
            if explaining is not None and not self.clear_of_panel(canvas, explaining):
                return None
            plan = above.plan if above.plan is not None and above.plan.size == tuple(canvas.size) else \
                above.plan_for(tuple(canvas.size))
            colour, holes = VEIL, [canvas.real_rect(h) for h in veil_holes(plan)]
            if self.shown.type == "redflags":
                marks = self.marks_name(canvas, holes)
                if marks is None:
                    return None
            elif not simple_holes([h for h in holes if h.w > 0 and h.h > 0], canvas.px(VEIL_RADIUS)):
                return None  # (overlapping holes are cut from the veil as drawn: not over a veiled panel)
            # Under the card (inside its rounding) nothing of the comic shows: not painted at
            # all, once the card is there whole (not while it comes in, see-through).
            if above.card_whole(canvas):
                rad = canvas.px(hud.CARD_RADIUS)
                covered = canvas.real_rect(plan.guide.card).inflate(-2 * rad, -2 * rad)
        elif isinstance(above, EndingScene) and above.comic is self and self.shown.type == "ending":
            colour, holes = ENDING_VEIL, []
            if above.card_whole(canvas):  # (not while it comes in, see-through)
                rad = canvas.px(hud.CARD_RADIUS)
                covered = canvas.real_rect(above.card_for(canvas.size)).inflate(-2 * rad, -2 * rad)
        else:
            return None
        ready = panel_layers.veiled_ready(canvas.with_art(self.art_roots), self.geo.frame, panel, self.level.persona,
                                          self.characters, ("xiaolang",), colour, holes, marks)
        return (colour, holes, marks, covered) if ready else None

    def marks_name(self, canvas: Canvas, holes: list[pygame.Rect]):
        """What a hunt has marked on its panel (each found clue's ring and check mark, the
        focus ring of a part), when all of it lies on the panel and nothing passing is drawn
        (a wrong tap's ring): the name its veiled picture is kept by, with whether the
        veil's `holes` overlap (then they are kept as rounded pieces). Else None."""
        if self.toast:
            return None
        inside = inside_border(canvas, self.geo.frame)
        spots = tuple(self.badge_spots())
        boxes = []
        for clue_id, (cx, cy) in spots:
            x, y, w, h = self.clue_rect(clue_id)
            boxes += [(x - 8, y - 8, w + 16, h + 16), (cx - 18, cy - 18, 36, 36)]  # its ring, its badge
        part = self.focused_part()
        if part is not None:
            x, y, w, h = part.rect
            boxes.append((x - 8, y - 8, w + 16, h + 16))
        if not all(inside.contains(canvas.real_rect(box)) for box in boxes):
            return None
        overlap = not simple_holes([h for h in holes if h.w > 0 and h.h > 0], canvas.px(VEIL_RADIUS))
        return ("marks", spots, part.rect if part is not None else None, overlap)

    def draw_marks(self, canvas: Canvas) -> None:
        """What marks_name names: drawn into the veiled panel."""
        self._draw_hunt_marks(canvas)
        part = self.focused_part()
        if part is not None:
            draw_button(canvas, part, True)

    def focused_part(self):
        """The part of the panel (a hunt's tap target) that has the focus, if one has."""
        focused = self.buttons.focused_id or ""
        return next((b for b in self.buttons.buttons if b.id == focused), None) if focused.startswith("part:") else None

    def clear_of_panel(self, canvas: Canvas, explaining: hud.Explaining) -> bool:
        """Whether the answer and the meter, drawn over the screen under 锡小朗's card, stay off
        the panel (then the panel may come veiled already)."""
        inside = inside_border(canvas, self.geo.frame)
        meter = explaining.meter if explaining.compact_meter else self._meter_rect(explaining)
        return not any(r is not None and canvas.real_rect(r).colliderect(inside) for r in (explaining.chosen, meter))

    def _empty_page(self, canvas: Canvas, explaining: hud.Explaining | None, holes: list[pygame.Rect],
                    covered: pygame.Rect | None = None) -> list[pygame.Rect]:
        """The real pixels of the page that nothing is drawn over under the overlay's card
        (and that are no hole in its veil): they may be filled in the veiled page colour at
        once. `explaining`: 锡小朗's card on a decision; None: on a hunt, or the ending's card."""
        w, h = canvas.size
        bar = canvas.real_rect((0, 0, w, hud.TOP_BAR_H + 3))  # the bar and its line
        framed = self._framed(canvas).inflate(4, 4)
        drawn = self._page_drawings(canvas, explaining)
        margin = 2 * canvas.px(WIDGET_MARGIN)
        cutters = [bar, framed] + [canvas.real_rect(r).inflate(margin, margin) for r in drawn] + list(holes)
        page = canvas.real_rect((0, 0, w, h)).clip(canvas.surface.get_rect())
        return subtract(page, cutters + ([covered] if covered is not None else []))

    def _empty_bar(self, canvas: Canvas, holes: list[pygame.Rect]) -> list[pygame.Rect]:
        """The real pixels of the top bar nothing is drawn over under the overlay's card:
        around its line, the title, the score, its buttons (and a tall screen's meter)."""
        w = canvas.size[0]
        drawn = [b.rect for b in self.buttons.buttons if b.id in ("menu", "history")]
        drawn += [self.geo.meter] if self.geo.tall else []
        margin = 2 * canvas.px(WIDGET_MARGIN)
        cutters = [canvas.real_rect(r).inflate(margin, margin) for r in drawn] + list(holes)
        for text, size, (x, _), anchor in self.bar_words(canvas):
            tw = canvas.measure(text, size, True)
            left = x - tw / 2 if anchor == "center" else x - tw
            cutters.append(canvas.real_rect((left - WIDGET_MARGIN, 0, tw + 2 * WIDGET_MARGIN, hud.TOP_BAR_H)))
        bar = canvas.real_rect((0, 0, w, hud.TOP_BAR_H - 3)).clip(canvas.surface.get_rect())  # (off its line)
        return subtract(bar, cutters)

    def meter_veiled(self, canvas: Canvas, explaining: hud.Explaining | None, holes: list[pygame.Rect]):
        """Where the leak meter goes (real pixels) when it can be drawn veiled already under
        the overlay's card: kept composed on the page and veiled (Canvas.kept), as the veil
        would leave it. None when it is lit (a hole) or something else is drawn over it.
        `explaining`: 锡小朗's card on a decision (the meter moved aside); None: a hunt's
        card or the ending's (the meter in its place)."""
        if explaining is not None and explaining.compact_meter or explaining is None and self.geo.tall:
            return None
        if explaining is not None and not simple_holes([h for h in holes if h.w > 0 and h.h > 0],
                                                       canvas.px(VEIL_RADIUS)):
            return None  # (a decision's card with overlapping holes veils all in its frame: see _veil_under)
        rect = self._meter_rect(explaining) if explaining is not None else self.geo.meter
        spot = canvas.kept_rect(hud.meter_bounds(rect))
        others = [self._framed(canvas), canvas.real_rect((0, 0, canvas.size[0], hud.TOP_BAR_H + 3))] + list(holes)
        for cx, cy, cw, ch in self._page_drawings(canvas, explaining, meter=False):
            others.append(canvas.real_rect((cx - 8, cy - 8, cw + 16, ch + 16)))  # (a button's bounds)
        return None if spot.collidelist(others) >= 0 else spot

    def column_veiled(self, canvas: Canvas, holes: list[pygame.Rect]):
        """Where a hunt's question and found list go (real pixels) when they can be drawn
        veiled already under 锡小朗's card on the finished hunt (a kept picture composed on
        the page and veiled, as the meter is): nothing else is drawn there and no hole lies
        there. Else None."""
        if self.shown.type != "redflags" or self.toast or self.geo.tall:
            return None
        spot = canvas.kept_rect(self.hunt_column_bounds())
        others = [self._framed(canvas), canvas.real_rect((0, 0, canvas.size[0], hud.TOP_BAR_H + 3))] + list(holes)
        others += [canvas.real_rect(b.rect).inflate(16, 16) for b in self.buttons.buttons if b.style != "part"]
        others.append(canvas.real_rect(hud.meter_bounds(self.geo.meter)))
        return None if spot.collidelist(others) >= 0 else spot

    def _page_drawings(self, canvas: Canvas, explaining: hud.Explaining | None, meter: bool = True) -> list[Rect]:
        """What the comic draws over the page under the overlay's card, besides its bar and
        the framed panel (logical rects; `meter`: the leak meter among them)."""
        drawn = [self.geo.meter] if self.geo.tall else []
        if explaining is not None:
            drawn += [r for r in (explaining.chosen, self._meter_rect(explaining) if meter else None) if r is not None]
            return drawn + [b.rect for b in self.buttons.buttons if b.id in ("menu", "history")]
        # The column's words (a hunt's question and what it found, its toast too; an ending's
        # badge and title), the meter and the step's buttons (see ComicScene.draw).
        if self.shown.type == "ending":
            drawn.append(self.ending_column(canvas))
        elif self.shown.type == "redflags":  # its question's card (as _draw_column draws it), what it found
            x, y, w, h = self.geo.prompt_card()
            drawn.append((x, y, w, min(h, 180)))
            drawn += [rect for _, _, rect in self.found_list(DryCanvas(self.app.assets))]
            if self.toast:
                drawn.append(self.geo.found_area())
        else:
            drawn += [self.geo.prompt_card(), self.geo.found_area()]
        drawn += [hud.meter_bounds(self.geo.meter)] if meter and not self.geo.tall else []
        return drawn + [b.rect for b in self.buttons.buttons if b.style != "part"]  # (parts: on the panel)


    def _framed(self, canvas: Canvas) -> pygame.Rect:
        """The real pixels of the framed panel with its ink border and its shadow."""
        x, y, fw, fh = self.geo.frame
        return canvas.real_rect((x - 2, y - 2, fw + 4 + 6, fh + 4 + 8))


def inside_border(canvas: Canvas, frame: Rect) -> pygame.Rect:
    """The real pixels of the panel inside its ink border (drawn over the panel's edge)."""
    x, y, w, h = frame
    width = canvas.px(hud.FRAME_BORDER)
    return canvas.real_rect((x - 2, y - 2, w + 4, h + 4)).inflate(-2 * width, -2 * width).clip(
        canvas.real_rect(frame).clip(canvas.surface.get_rect()))
