"""The seat picker (换座位): a student taps their seat number, or a generated nickname.

Nothing is typed and no name is asked for. The seats are a grid of 1-60; the last
profile picked on this PC is marked 上次 and focused, so Enter confirms it. A
student without a seat number picks a nickname instead: the ones used on this PC
before, or one of a few new ones (换一批 draws others). Picking switches the
player (notebook, stars, play log and own settings) and returns to the title:
from the title, changing seats is two taps.
"""
from __future__ import annotations

from dataclasses import replace

from game.classroom.profiles import SEATS, Profile, fresh_nicknames, parse
from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

COLUMNS = 10
SEAT_W, SEAT_H, SEAT_GAP_X, SEAT_GAP_Y = 92, 60, 14, 12
GRID_TOP = 138
NICK_W, NICK_H, NICK_GAP, NICK_COLUMNS = 250, 62, 20, 4
KNOWN_SHOWN = 8  # nicknames of this PC shown (two rows); a room rarely has more without seats
NEW_SHOWN = 4
BOTTOM = 610
TAG_SIZE = 20  # the 上次 tag's text


def centre_offset(size) -> float:
    """How far this 1280x720 design moves down to sit in the middle of a taller space (5:4, 4:3)."""
    return max(0.0, (size[1] - 720) / 2)


def seat_rect(number: int) -> tuple[float, float, float, float]:
    """Where seat `number` (1-60) sits in the grid."""
    i = number - 1
    grid_w = COLUMNS * SEAT_W + (COLUMNS - 1) * SEAT_GAP_X
    x0 = (1280 - grid_w) / 2
    return (x0 + (i % COLUMNS) * (SEAT_W + SEAT_GAP_X), GRID_TOP + (i // COLUMNS) * (SEAT_H + SEAT_GAP_Y),
            SEAT_W, SEAT_H)


def nick_rect(index: int, top: float) -> tuple[float, float, float, float]:
    row_w = NICK_COLUMNS * NICK_W + (NICK_COLUMNS - 1) * NICK_GAP
    x0 = (1280 - row_w) / 2
    return (x0 + (index % NICK_COLUMNS) * (NICK_W + NICK_GAP), top + (index // NICK_COLUMNS) * (NICK_H + 12),
            NICK_W, NICK_H)


class ProfilesScene(Scene):
    name = "profiles"
    adaptive = True

    def __init__(self, app, page: str = "seats") -> None:
        super().__init__()
        self.app = app
        self.page = page  # "seats" or "nicknames"
        self.last = app.profiles.last
        self.fresh: list[Profile] = []
        self.buttons = ButtonGroup()
        self.dy = centre_offset(app.viewport.size)
        self._build()

    def _place(self, size) -> None:
        if centre_offset(size) != self.dy:
            self.dy = centre_offset(size)
            self._build(self.buttons.focused_id)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)

    # -- what is on screen ----------------------------------------------------------

    def known_nicknames(self) -> list[Profile]:
        known = [p for p in self.app.profiles.known() if p.nickname_parts is not None]
        if self.last is not None and self.last.nickname_parts is not None and self.last not in known:
            known.insert(0, self.last)
        return known[:KNOWN_SHOWN]

    def _draw_fresh(self) -> None:
        t = self.app.locale
        taken = {p.id for p in self.app.profiles.known()}
        self.fresh = fresh_nicknames(t.words("kiosk.nick_adjectives"), t.words("kiosk.nick_animals"), NEW_SHOWN,
                                     self.app.rng, taken, shown=self.fresh)

    def _build(self, main: str | None = None) -> None:
        t = self.app.locale
        buttons = [Button("back", (24, 20, 130, 52), t("profiles.back"), "quiet", 24)]
        last = f"profile:{self.last.id}" if self.last is not None else None
        if self.page == "seats":
            seats = [Button(f"profile:{Profile.seat(n).id}", seat_rect(n), str(n), "secondary", 28) for n in SEATS]
            buttons = seats + [Button("nicknames", (420, BOTTOM, 440, 60), t("profiles.use_nickname"), "secondary",
                                      24)] + buttons
            ids = [b.id for b in buttons]
            main = main or (last if last in ids else seats[0].id)
        else:
            if not self.fresh:
                self._draw_fresh()
            known, top = self.known_nicknames(), self._rows_top()
            nicks = [Button(f"profile:{p.id}", nick_rect(i, top[0]), self.app.profile_name(p), "secondary", 24)
                     for i, p in enumerate(known)]
            nicks += [Button(f"profile:{p.id}", nick_rect(i, top[1]), self.app.profile_name(p), "secondary", 24)
                      for i, p in enumerate(self.fresh)]
            buttons = nicks + [Button("more", (340, BOTTOM, 280, 60), t("profiles.more"), "secondary", 24),
                               Button("seats", (660, BOTTOM, 280, 60), t("profiles.use_seat"), "secondary", 24)] \
                + buttons
            ids = [b.id for b in buttons]
            main = main or (last if last in ids else nicks[0].id if nicks else "seats")
        buttons = [replace(b, rect=(b.rect[0], b.rect[1] + self.dy, b.rect[2], b.rect[3])) if b.id != "back" else b
                   for b in buttons]
        self.buttons.set(buttons, main=main)
        self.dirty = True

    def _rows_top(self) -> tuple[float, float]:
        """Where the rows of this PC's nicknames and of the new ones start."""
        known = self.known_nicknames()
        if not known:
            return (0.0, 200.0)
        rows = -(-len(known) // NICK_COLUMNS)
        return (200.0, 200.0 + rows * (NICK_H + 12) + 70)

    # -- input ----------------------------------------------------------------------

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        self.dirty = True
        if chosen == "back" or intent.kind == it.BACK:
            if self.page == "nicknames":
                self.page = "seats"
                self._build("nicknames")
            else:
                self.app.routes.home()
        elif chosen == "nicknames":
            self.page = "nicknames"
            self._build()
        elif chosen == "seats":
            self.page = "seats"
            self._build("nicknames")
        elif chosen == "more":
            self._draw_fresh()
            self._build("more")
        elif chosen and chosen.startswith("profile:"):
            profile = parse(chosen.split(":", 1)[1])
            if profile is not None:
                self.app.sounds.play("tap")
                self.app.use_profile(profile)
                self.app.routes.home()

    # -- drawing --------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        t = self.app.locale
        seats = self.page == "seats"
        dy = self.dy
        hud.draw_page(canvas, t("profiles.heading" if seats else "profiles.nick_heading"), y=46 + dy)
        hint = canvas.layout(t("profiles.hint" if seats else "profiles.nick_hint"), 1000, 22, max_lines=2)
        canvas.text_block(hint, (140, 102 + dy - hint.height / 2), pal.INK_SOFT, align="center", width=1000)
        if not seats:
            top = self._rows_top()
            if self.known_nicknames():
                canvas.text(t("profiles.nick_known"), (640, top[0] - 26 + dy), 22, pal.INK, bold=True,
                            anchor="center")
            canvas.text(t("profiles.nick_new"), (640, top[1] - 26 + dy), 22, pal.INK, bold=True, anchor="center")
        self.buttons.draw(canvas)
        if self.last is not None:
            button = next((b for b in self.buttons.buttons if b.id == f"profile:{self.last.id}"), None)
            if button is not None:
                self._draw_last(canvas, button.rect)

    def _draw_last(self, canvas: Canvas, rect) -> None:
        """The 上次 tag on the last profile's button, on its top edge."""
        x, y, w, _ = rect
        label = self.app.locale("profiles.last")
        # 20 units stay 16 px on a 1024x768 screen. The tag keeps to the gap above the row (12 units) and
        # clear of the seat's number; wider than the button (Last time on a seat), it sits centred on it.
        tag_w = canvas.measure(label, TAG_SIZE, True) + 14
        tag_x = x + w - tag_w - 4 if tag_w + 8 <= w else x + (w - tag_w) / 2
        tag = (tag_x, y - 12, tag_w, 26)
        canvas.box(tag, fill=pal.AMBER, border=pal.INK, width=2, radius=13)
        canvas.text(label, (tag[0] + tag_w / 2, tag[1] + 13), TAG_SIZE, pal.INK, bold=True, anchor="center")
