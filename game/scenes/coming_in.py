"""An overlay's card coming in: a mixin of FeedbackScene and EndingScene.

The frame that veils the screen beneath an overlay is the costliest of a play, so the card
does not come in that frame: it draws the veil (and a feedback's rings round the clues).
The next frame makes a picture of the card over what the window shows where it comes
(`Canvas.grab`, then the card drawn onto it as it would be drawn on the window); the
frames after copy it on, more opaque each time, for APPEAR_TIME in all, and nothing
beneath is drawn again (`Scene.draw_change`). A card too big to fade cheaply (the
ending's, most of the screen) comes whole in the frame after the veil's, drawn straight
over it. Once the card is there, the screen is the very screen a whole draw makes. With
reduced motion the card is there at once.

The picture's surface is let go once the card is there: kept, it would add its size (5 MB
for the ending's card at 1080p) to the game's memory for good.

The scene says where its card comes (`coming_area`), what the picture of it depends on
(`coming_key`), and draws it (`draw_card`); it calls `begin_coming_in` as it is made,
`coming_on` as time passes and `draw_coming` last in its draw, after the veil.
"""
from __future__ import annotations

from game.engine.canvas import Canvas

APPEAR_TIME = 0.15
SCRATCH = "coming in"  # the surface its picture is made on while it comes in (Assets.scratch)


class ComingIn:
    fades = True  # False: the card comes whole, a frame after the veil (a big card: see EndingScene)
    appear = 0.0  # seconds left until the card is there
    _coming: tuple | None = None  # (what the picture shows, the picture) while it fades in
    _shows = 255  # how opaque the window shows the card (0-255)
    _veiled = False  # the frame with the veil alone is drawn: the card comes in from the next

    def begin_coming_in(self, app) -> None:
        settings = getattr(app, "settings", None)
        motion = settings is not None and not settings.reduced_motion
        self.appear = APPEAR_TIME if motion else 0.0
        self._coming = None
        self._shows = 0
        self._veiled = False

    def coming_on(self, dt: float) -> None:
        """Time passes while the card comes in: only its part of the screen changes."""
        if self.appear > 0:
            if self._veiled:  # (one that does not fade is there in the frame after the veil's)
                self.appear = self.appear - dt if self.fades and self.appear - dt > 1e-6 else 0.0
            self.changed(self.coming_area())

    def opacity(self) -> int:
        """How much of the card shows: 0 (the veil's own frame) to 255 (there), easing in."""
        if self.appear <= 0:
            return 255
        if not self.fades:
            return 0
        done = 1 - self.appear / APPEAR_TIME
        return round(255 * (1 - (1 - done) ** 2))

    def card_whole(self, canvas: Canvas) -> bool:
        """Whether the card is painted whole in this draw (then nothing beneath it need be)."""
        return canvas.log is not None or self.opacity() >= 255

    def draw_coming(self, canvas: Canvas) -> None:
        """The card as it is now, after the veil, in a draw of everything beneath it too."""
        self._veiled = True
        self._coming = None  # (what is beneath was drawn just now)
        if self.card_whole(canvas):
            self.draw_card(canvas)
            self._shows = 255
        elif self.opacity() > 0:
            self._come_in(canvas)
        else:
            self._shows = 0

    def draw_change(self, canvas: Canvas) -> bool:
        """While the card comes in, only it changes: drawn over what the window shows."""
        if not self._veiled or canvas.log is not None or self._shows >= 255:
            return False
        if self._coming is not None and self._coming[0] != self.coming_key(canvas):
            return False  # (the screen changed size: all of it is drawn again)
        if self._coming is None and self.opacity() >= 255:
            self.draw_card(canvas)  # straight over the veil: the window shows none of it yet
            self._shows = 255
        else:
            self._come_in(canvas, first_shown_later=True)
        return True

    def _come_in(self, canvas: Canvas, first_shown_later: bool = False) -> None:
        alpha = self.opacity()
        if self._coming is None:  # the window shows what is beneath the card, not the card
            picture = canvas.grab(self.coming_area(), SCRATCH)
            canvas.draw_on(picture, self.draw_card)
            self._coming = (self.coming_key(canvas), picture)
            self._shows = 0
            if first_shown_later and alpha < 255:
                return  # (made in this frame, shown from the next: no frame does both)
        key, picture = self._coming
        # The window shows the card at `_shows` over what is beneath: copied on at `step`, it
        # shows at `alpha` (what is beneath is left at (255 - alpha) / 255 of itself).
        step = 255 if alpha >= 255 else round(255 * (1 - (255 - alpha) / (255 - self._shows)))
        canvas.show(picture, step)
        self._shows = alpha
        if alpha >= 255:  # there: drawn as it is from now on; its surface is let go (memory)
            self._coming = None
            canvas.assets.scratch.pop(SCRATCH, None)

    # -- what the scene provides -----------------------------------------------------------------

    def coming_area(self):
        raise NotImplementedError

    def coming_key(self, canvas: Canvas) -> tuple:
        raise NotImplementedError

    def draw_card(self, canvas: Canvas) -> None:
        raise NotImplementedError
