"""Buttons and the focus ring that lets keyboard, mouse and touch use the same ones."""
from __future__ import annotations

from dataclasses import dataclass, replace

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.ui.arrows import in_line

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
    lines: int = 2  # lines the label may take

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
    # Kept as a picture of it, focus ring and shadow included (a button is the same each frame).
    x, y, w, h = button.rect
    key = ("button", tuple(button.rect), button.label, button.style, button.size, button.icon, button.colour,
           button.lines, focused)
    return canvas.kept(key, (x - 8, y - 8, w + 16, h + 16), lambda on: _draw_button(on, button, focused))


def _draw_button(canvas: Canvas, button: Button, focused: bool) -> bool:
    fill, fg, border = STYLES[button.style]
    if button.colour is not None:
        fill = button.colour
    x, y, w, h = button.rect
    radius = min(18, h / 2)
    if len(fill) == 3:  # an opaque button: only what shows of its shadow is drawn
        canvas.shadow(button.rect, (3, 5), (0x2B, 0x2B, 0x3A, 60), radius=radius)
    else:
        canvas.box((x + 3, y + 5, w, h), fill=(0x2B, 0x2B, 0x3A, 60), radius=radius)
    canvas.box(button.rect, fill=fill, border=border, width=3, radius=radius)
    if focused:
        canvas.box((x - 6, y - 6, w + 12, h + 12), border=pal.BLUE, width=4, radius=radius + 6)
    label = f"{button.icon} {button.label}" if button.icon else button.label
    block = canvas.layout(label, w - 28, button.size, bold=True, max_lines=button.lines)
    with canvas.group("option" if button.style == "option" else "button", button.rect, button.id):
        canvas.text_block(block, (x + 14, y + (h - block.height) / 2), fg, bold=True,
                          align="center", width=w - 28)
    return block.fits


def shift_buttons(group: "ButtonGroup", dx: float, dy: float) -> None:
    """Move every button of a group (a screen laid out again for a taller space); focus stays."""
    group.set([replace(b, rect=(b.rect[0] + dx, b.rect[1] + dy, b.rect[2], b.rect[3])) for b in group.buttons],
              keep_focus=True)


# A button takes presses only once it has been on screen this long. A quick double
# tap (or a double Enter) then never presses the button that appears under the
# finger on the next screen: 继续 and 我看完了 sit at the same spot.
ARM_TIME = 0.35
# On a screen that uses something up with each press (换一个: three new nicknames), a second
# tap on the same button this soon after the first is the second click of a double click
# (children double-click buttons as they would an icon), and is dropped. Elsewhere a quick
# second press is meant (上一格 twice, the PIN's 1 1, the operator's corner) and counts.
DOUBLE_CLICK = 0.4


class ButtonGroup:
    """The buttons of a screen, with one keyboard focus moving between them.

    `focus` starts on the screen's main button (`main`, or the first), so Enter and
    Space act at once. Tab and Shift+Tab go through the buttons in their order. An
    arrow goes to the nearest button that way in line with the focused one (see
    game.ui.arrows); with none, Left and Right go on in the tab order (from the end
    of a row to the next row, as reading does) and Up and Down stay. With
    `wrap=False` focus stops at both ends of the order instead of going round (the
    title: Shift+Tab from 开始闯关 must not land on 退出).
    """

    def __init__(self, buttons: list[Button] | None = None, main: str | None = None,
                 wrap: bool = True, repeats: bool = True) -> None:
        self.buttons: list[Button] = []
        self.focus: int | None = None
        self.wrap = wrap
        self.repeats = repeats  # False: a double click's second tap is dropped (see DOUBLE_CLICK)
        self.age = 0.0  # seconds the current buttons have been on screen
        self._last_tap: str | None = None  # the button last tapped,
        self._since_tap = 0.0  # and how many seconds ago
        self.set(buttons or [], main=main)

    def set(self, buttons: list[Button], keep_focus: bool = False, main: str | None = None) -> None:
        """New buttons: focus goes to `main` (or stays, with keep_focus), and they arm afresh."""
        old = self.focused_id
        self.buttons = buttons
        ids = [b.id for b in buttons]
        if keep_focus and old in ids:
            self.focus = ids.index(old)
            return
        self.age = 0.0
        if main in ids:
            self.focus = ids.index(main)
        else:
            self.focus = 0 if buttons else None

    def tick(self, dt: float) -> None:
        self.age += dt
        self._since_tap += dt

    @property
    def armed(self) -> bool:
        return self.age >= ARM_TIME

    def focus_on(self, button_id: str) -> None:
        ids = [b.id for b in self.buttons]
        if button_id in ids:
            self.focus = ids.index(button_id)

    def label_of(self, button_id: str) -> str:
        return next((b.label for b in self.buttons if b.id == button_id), "")

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
            if not self.armed:
                return None
            # The smallest button under the tap wins: a form field inside a larger part.
            hits = [b for b in self.buttons if b.contains(intent.pos)]
            if not hits:
                return None
            chosen = min(hits, key=lambda b: b.rect[2] * b.rect[3]).id
            if not self.repeats and chosen == self._last_tap and self._since_tap < DOUBLE_CLICK:
                return None  # the second click of a double click
            self._last_tap, self._since_tap = chosen, 0.0
            return chosen
        if intent.kind in (it.FOCUS_NEXT, it.FOCUS_PREV):
            step = 1 if intent.kind == it.FOCUS_NEXT else -1
            if intent.direction is None or self.focus is None or self.focus >= len(self.buttons):
                self._move(step)
            else:
                self._arrow(intent.direction, step)
        elif intent.kind == it.ACTIVATE:
            return self.focused_id if self.armed else None
        return None

    def _move(self, step: int) -> None:
        n = len(self.buttons)
        if self.focus is None:
            self.focus = 0 if step > 0 else n - 1
        elif self.wrap:
            self.focus = (self.focus + step) % n
        else:
            self.focus = max(0, min(n - 1, self.focus + step))

    def _arrow(self, direction: str, step: int) -> None:
        target = in_line([b.rect for b in self.buttons], self.focus, direction)
        if target is not None:
            self.focus = target
        elif direction in (it.LEFT, it.RIGHT):
            self._move(step)

    def draw(self, canvas: Canvas, skip_style: str | None = None) -> None:
        for i, button in enumerate(self.buttons):
            if button.style != skip_style:
                draw_button(canvas, button, i == self.focus)

    def targets(self) -> dict[str, Rect]:
        return {b.id: b.rect for b in self.buttons}


class CentredButtons:
    """For a scene whose card is centred in a taller logical space (4:3, 5:4): its buttons
    follow the card. The scene sets `self.buttons`, then calls `self._place(size)`; the
    update does it again, so a resized window moves them."""

    dy = 0.0  # how far down the card moved in a taller space

    def _place(self, size) -> None:
        from game.ui.hud import centre_offset

        dy = centre_offset(size)
        if dy != self.dy:
            shift_buttons(self.buttons, 0, dy - self.dy)
            self.dy = dy

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
