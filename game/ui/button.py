"""Buttons and the focus ring that lets keyboard, mouse and touch use the same ones."""
from __future__ import annotations

from dataclasses import dataclass

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect

STYLES = {
    # fill, text colour, border
    "primary": (pal.BLUE, pal.WHITE, pal.INK),
    "secondary": (pal.WHITE, pal.INK, pal.INK),
    "option": (pal.WHITE, pal.INK, pal.INK),
    "quiet": (pal.PAPER, pal.INK, pal.INK_SOFT),
}


@dataclass
class Button:
    id: str
    rect: Rect
    label: str
    style: str = "secondary"
    size: float = 26
    icon: str = ""  # a short mark drawn before the label (✓ ! ▶ …)
    colour: tuple | None = None  # overrides the style's fill

    def contains(self, pos: tuple[float, float]) -> bool:
        x, y, w, h = self.rect
        return x <= pos[0] <= x + w and y <= pos[1] <= y + h


def draw_button(canvas: Canvas, button: Button, focused: bool) -> bool:
    """Draw a button; returns False if its label did not fit."""
    if button.style == "part":  # an invisible hit area: only its focus ring shows
        if focused:
            x, y, w, h = button.rect
            canvas.box((x - 6, y - 6, w + 12, h + 12), border=pal.BLUE, width=4, radius=14)
        return True
    fill, fg, border = STYLES[button.style]
    if button.colour is not None:
        fill = button.colour
    x, y, w, h = button.rect
    radius = min(18, h / 2)
    canvas.box((x + 3, y + 5, w, h), fill=(0x2B, 0x2B, 0x3A, 60), radius=radius)
    canvas.box(button.rect, fill=fill, border=border, width=3, radius=radius)
    if focused:
        canvas.box((x - 6, y - 6, w + 12, h + 12), border=pal.BLUE, width=4, radius=radius + 6)
    label = f"{button.icon} {button.label}" if button.icon else button.label
    block = canvas.layout(label, w - 28, button.size, bold=True, max_lines=2)
    canvas.text_block(block, (x + 14, y + (h - block.height) / 2), fg, bold=True,
                      align="center", width=w - 28)
    return block.fits


class ButtonGroup:
    """The buttons of a screen, with one keyboard focus moving between them."""

    def __init__(self, buttons: list[Button] | None = None) -> None:
        self.buttons: list[Button] = buttons or []
        self.focus: int | None = None

    def set(self, buttons: list[Button], keep_focus: bool = False) -> None:
        old = self.focused_id
        self.buttons = buttons
        ids = [b.id for b in buttons]
        self.focus = ids.index(old) if keep_focus and old in ids else None

    @property
    def focused_id(self) -> str | None:
        if self.focus is None or self.focus >= len(self.buttons):
            return None
        return self.buttons[self.focus].id

    def handle(self, intent: it.Intent) -> str | None:
        """Move focus or return the id of the button the intent activates."""
        if not self.buttons:
            return None
        if intent.kind == it.TAP and intent.pos is not None:
            # The smallest button under the tap wins: a form field inside a larger part.
            hits = [b for b in self.buttons if b.contains(intent.pos)]
            return min(hits, key=lambda b: b.rect[2] * b.rect[3]).id if hits else None
        if intent.kind == it.FOCUS_NEXT:
            self.focus = 0 if self.focus is None else (self.focus + 1) % len(self.buttons)
        elif intent.kind == it.FOCUS_PREV:
            self.focus = len(self.buttons) - 1 if self.focus is None else (self.focus - 1) % len(self.buttons)
        elif intent.kind == it.ACTIVATE:
            return self.focused_id
        return None

    def draw(self, canvas: Canvas) -> None:
        for i, button in enumerate(self.buttons):
            draw_button(canvas, button, i == self.focus)

    def targets(self) -> dict[str, Rect]:
        return {b.id: b.rect for b in self.buttons}
