"""Look-ahead: while the player reads, the panels that can come next are made ready.

A new step's first frame used to lay its panel out, render its drawings from SVG
and compose the phone, the caption and the bubbles: 10-60 ms at 1920x1080, all in
the frame that answers the player's tap. Yet the player spends seconds reading
each panel, the loop asleep. So, when nothing moves, the loop asks the top screen
to `prepare` one piece of what may come (as Ren'Py predicts the images of the
next screens): where each answer's feedback card would go, the layout and the
picture of each step that can follow this one, and of this panel as it looks under
锡小朗's explanation. A tap then finds them made.

Each piece is one panel or one card (about 10 ms at 1920x1080, 70 ms for a panel
whose drawings must be rendered again); the loop looks for input between pieces, so
a tap waits for one piece at most. Nothing here changes what is drawn, only when
it is made: a panel not made ahead is made when shown, as before.
"""
from __future__ import annotations

import copy
from collections.abc import Iterator

import pygame

from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.levels.model import Level, Panel, Step
from game.play.playthrough import decision_outcome, hunt_outcome
from game.play.scoring import hunt_score
from game.scenes.ending import ENDING_VEIL, EndingScene
from game.scenes.feedback import VEIL, VEIL_RADIUS, veil_holes
from game.ui import hud, panel_layers
from game.ui.button import ButtonGroup
from game.ui.panel import ALL, SCENE, bubble_text_length

GUIDE = ("xiaolang",)  # who leaves the panel while his own overlay is above it


def steps_after(level: Level, step: Step) -> list[Step]:
    """Every step that can be shown right after this one (a branch: each of its cases)."""
    seen: set[str] = set()
    found: list[Step] = []
    pending = [step.next, *(o.next for o in step.options)]
    while pending:
        step_id = pending.pop(0)
        if not step_id or step_id in seen:
            continue
        seen.add(step_id)
        try:
            after = level.step(step_id)
        except KeyError:
            continue
        if after.type == "branch":
            pending += [case.next for case in after.cases] + [after.otherwise]
        else:
            found.append(after)
    return found


def pieces(comic) -> Iterator[bool]:
    """The comic's look-ahead, one piece at a time: yields True after each piece of work done.

    The panels that may come next are made first; what the next tap needs at once (the
    answer's card and 锡小朗's drawing, this panel without him) last, so the bounded caches
    keep them as their newest."""
    app = comic.app
    canvas = app.view_canvas().with_art(comic.art_roots)
    frame = comic.geo.frame
    persona, characters = comic.level.persona, comic.characters
    shown = comic.shown
    answering = comic.explaining() is None
    # At a question, the panels that follow are made once it is answered, while 锡小朗
    # explains: until then the bounded picture cache holds what the answer needs (this panel,
    # and the same veiled or without him), never at the cost of the panel on screen.
    if answering and shown.type in ("decision", "redflags"):
        ahead = []
    elif not answering and comic.session.step_id != shown.id:
        ahead = [comic.session.step]  # answered: what comes next is known
    else:
        ahead = steps_after(comic.level, shown)
    jobs: list[tuple[Panel | None, str, tuple[str, ...]]] = []
    for step in ahead:
        panel = comic.panel_of(step)
        if panel is None:
            continue
        if comic.layout_of(panel, prepare=True):
            yield True
        # (Once its words are all there, the whole panel is made from this picture in a copy.)
        jobs.append((panel, _first_layer(app, step, panel), ()))
    if answering and shown.type == "redflags":
        jobs.append((comic.panel_of(shown), ALL, GUIDE))  # under 锡小朗's explanation, without him
    for panel, layer, hidden in jobs:
        if panel is not None and hud.prepare_framed_panel(canvas, panel, persona, characters, layer, frame, hidden):
            yield True
    for step in ahead:
        _warm_column(comic, step)  # its question and buttons: their words are rendered now
        yield True
    if shown.type == "redflags" and answering and comic.session.step_id == shown.id:
        # The card of finishing the hunt now, with what is found so far (planned again after each find).
        session = comic.session
        outcome = hunt_outcome(shown, session.hunt_found, session.hunt_wrong_taps)
        card = comic.feedback_for(outcome)
        comic.keep_card(card)  # (the tap that finishes the hunt now takes it)
        _warm(app, card)
        points = hunt_score(comic.level, shown, set(session.hunt_found), session.hunt_wrong_taps)
        comic.draw_title(_warm_canvas(app), session.score + points)  # (the score it brings)
        yield True
        # The panel under that card, veiled, with the marks of what is found on it (made again
        # after each find; the picture without 锡小朗 it comes from is kept for that).
        card_holes = [canvas.real_rect(h) for h in veil_holes(card.plan)]
        marks = comic.marks_name(canvas, card_holes)
        if marks is not None and panel_layers.prepare_veiled(
                canvas, frame, hud.PANEL_INNER_W, comic.panel_of(shown), persona, characters, GUIDE, VEIL, card_holes,
                (marks, comic.draw_marks), canvas.px(VEIL_RADIUS) if marks[-1] else 0):
            yield True
        if marks is not None and comic.meter_veiled(canvas, None, card_holes) is not None:
            comic.draw_meter(_warm_canvas(app), VEIL)  # (the meter under that card, veiled already)
        if marks is not None and comic.column_veiled(canvas, card_holes) is not None:
            comic._draw_column(_warm_canvas(app), (pal.GUTTER, VEIL))  # (its question and found list too)
        # The column as each clue still hidden would leave it, found next (its words in the list).
        found = comic.shown_found()
        for clue_id in shown.clues:
            if clue_id not in found:
                _warm_column(comic, shown, found + (clue_id,))
                yield True
    if shown.type == "decision" and answering:
        # Where each answer's card would go (game.scenes.feedback keeps the plans it made).
        leaked = set(comic.session.leaked)
        holes = set()
        clear = True  # whether each answer leaves the panel clear (then it may come veiled)
        cards = []
        for option in shown.options:
            outcome = decision_outcome(shown, option, None, tuple(k for k in option.leaks if k not in leaked))
            card = comic.feedback_for(outcome)  # (planned as it is made)
            comic.keep_card(card)  # (the tap on this answer takes it)
            cards.append(card)
            card_holes = [canvas.real_rect(h) for h in veil_holes(card.plan)]
            holes |= {tuple(h) for h in card_holes}
            # Under the card, the answer moved aside and the meter as it will read.
            explaining = comic.geo.explaining(comic._chosen_rect(outcome))
            after = comic.session.leaked + [k for k in outcome.leaked_now if k not in leaked]
            # (its meter veiled already, when the card's veil can leave it out: see comic_veil)
            veiled = comic.meter_veiled(canvas, explaining, card_holes) is not None
            comic._draw_answered(_warm_canvas(app), explaining, outcome, after, meter_veiled=veiled)
            comic.draw_title(_warm_canvas(app), comic.session.score + option.points)
            clear = clear and comic.clear_of_panel(canvas, explaining)
            yield True
        # The panel under the cards, veiled, with what shows through every answer's holes.
        if not clear:
            if hud.prepare_framed_panel(canvas, comic.panel_of(shown), persona, characters, ALL, frame, GUIDE):
                yield True
        elif panel_layers.prepare_veiled(canvas, frame, hud.PANEL_INNER_W, comic.panel_of(shown), persona, characters,
                                       GUIDE, VEIL, [pygame.Rect(h) for h in sorted(holes)]):
            yield True
        for card in cards:  # last: 锡小朗's drawing is then the newest in the bounded caches
            _warm(app, card)
            yield True
    if shown.type == "ending" and answering:
        # The panel under the ending's card, veiled; then the card, with 锡小朗 and what leaked.
        if panel_layers.prepare_veiled(canvas, frame, hud.PANEL_INNER_W, comic.panel_of(shown), persona, characters,
                                       GUIDE, ENDING_VEIL, []):
            yield True
        if comic.meter_veiled(canvas, None, []) is not None:
            comic.draw_meter(_warm_canvas(app), ENDING_VEIL)
        _warm(app, EndingScene(app, comic))
        yield True
    if answering and shown.type == "redflags":
        hud.prepare_framed_panel(canvas, comic.panel_of(shown), persona, characters, ALL, frame, GUIDE)  # touched


def results_after(app, comic) -> Iterator[bool]:
    """The results of the play the comic has ended, drawn where nobody sees them: one piece."""
    from game.scenes.results import ResultsScene

    _warm(app, ResultsScene(app, comic.session, comic.notebook_added))
    yield True


def _warm(app, scene) -> None:
    """Draw a screen once where nobody sees it: what it draws with (锡小朗 at his size, its
    words, its kept buttons) is then made, and its first frame only copies them. (An overlay
    that comes in over a few frames is drawn as it is once in.)"""
    if getattr(scene, "appear", 0) > 0:
        scene.appear = 0.0
    scene.draw(_warm_canvas(app))


def _warm_canvas(app) -> Canvas:
    """A canvas of one pixel standing in for the window: drawing on it costs next to nothing,
    but the text, drawings and kept pictures it asks for are made as for the window."""
    viewport = app.viewport
    canvas = Canvas(pygame.Surface((1, 1)), app.assets, viewport.scale, viewport.offset, viewport.size)
    canvas.area = app.window.get_rect()
    return canvas


class _Preview:
    """A comic's play as it would stand on a later step, as far as drawing the column reads it."""

    def __init__(self, play, step: Step, found: tuple[str, ...] = ()) -> None:
        self.shown = step
        self.session = play.session
        self.review = play.review
        self.found_on_shown = found


def _warm_column(comic, step: Step, found: tuple[str, ...] = ()) -> None:
    """Draw the column and buttons `step` will show where nobody sees them (their words are
    then rendered, and laid out, before the tap that brings the step). `found`: the clues
    a hunt on it has found by then."""
    preview = copy.copy(comic)
    preview.play = _Preview(comic.play, step, found)
    preview.buttons = ButtonGroup()
    preview.toast = ""
    preview.layout = comic.layout_of(comic.panel_of(step))
    preview._place(comic.geo.size, fresh=True)
    canvas = _warm_canvas(comic.app)
    preview._draw_column(canvas)
    preview.buttons.draw(canvas)


def level_start(app, level: Level) -> Iterator[bool]:
    """A level's first panel, made ready while a screen that can start the level is still
    (the results' 下一关 and 再玩一次, the level shelf): one piece of work."""
    try:
        step = level.step(level.start)
    except KeyError:
        return
    if step.panel is None:
        return
    canvas = app.view_canvas().with_art(tuple(app.library.art_dirs(level.id)[:-1]))
    characters = app.library.characters(level.id) or app.characters
    geo = hud.comic_layout(app.viewport.size)
    if hud.prepare_framed_panel(canvas, step.panel, level.persona, characters, _first_layer(app, step, step.panel),
                                geo.frame, ()):
        yield True
    if step.type == "ending":
        return  # (a play that starts at its end records it as it starts: not made twice)
    # Then the rest of its first frame (the bar and its buttons, the meter, the question's
    # words), drawn where nobody sees it by the screen that will show it. (The seed of its
    # play is drawn from the game's random numbers: they are left as they were.)
    from game.scenes.comic import ComicScene

    state = app.rng.getstate()
    try:
        first = ComicScene(app, level)
    finally:
        app.rng.setstate(state)
    first.draw(_warm_canvas(app))
    yield True


def _first_layer(app, step: Step, panel: Panel) -> str:
    """The picture a step's first frames want: the panel under its bubbles while they appear."""
    settings = app.settings
    appears = (not step.panel_from and bubble_text_length(panel) > 0 and settings.text_speed
               and not settings.reduced_motion)
    return SCENE if appears else ALL
