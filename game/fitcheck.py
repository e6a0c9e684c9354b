"""Checking with the real fonts that a level's text fits where the game shows it.

The loader counts characters; this lays each panel, option and feedback card
out exactly as the game will, and reports what would be cut, as problems at the
line of the text in the level file. The level library runs it on every level
(`python -m game validate` and the game alike), so a level that would be cut is
never shown. (Characters the font lacks are found before, from the font's list
of characters, assets/fonts/covered.txt.)
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pygame

from game.engine.assets import Assets, FacesOpening
from game.engine.canvas import Canvas
from game.engine.dry import DryCanvas
from game.engine.viewport import is_tall
from game.fitkey import fingerprint
from game.levels.loader import LoadResult
from game.levels.model import Panel, Step
from game.levels.problems import Problem
from game.locale import Locale
from game.scenes.feedback_card import LABEL_TEXT, LABEL_W, SIZES, CardText, card_fits, surely_fits
from game.ui.comic_layout import comic_layout
from game.ui.hud import meter_width
from game.ui.panel import draw_panel

PROMPT_LINES = 4
# The comic screen's layouts (16:9, 4:3, 5:4): text must fit each, as the game lays it out.
LAYOUTS = [comic_layout(size) for size in SIZES]


class _LayoutOnly(Assets):
    """Fonts as the game has them, art as blank sheets: what fits never depends on the
    pictures (the layout tests draw every screen with these)."""

    def art(self, relative: str, size: tuple[int, int], roots: tuple = (), flip: bool = False) -> pygame.Surface:
        w, h = max(1, int(size[0])), max(1, int(size[1]))
        return self._art.get_or((w, h), lambda: pygame.Surface((w, h), pygame.SRCALPHA))


class FitChecker:
    """The level library's `extra_check`: call it with a LoadResult of a level that
    passed every other check; it returns the problems of text that would not fit."""

    def __init__(self, assets_dir, characters: dict | None = None, faces: FacesOpening | None = None) -> None:
        pygame.font.init()
        assets_dir = Path(assets_dir)
        # (`faces`: the fonts already being opened, see game.fitkey.LazyFitChecker.expect_use)
        self.assets = _LayoutOnly(assets_dir, faces)
        # The art data of a level's characters comes with it from the level library; these are
        # for a level that brings none (None: assets/art/characters.yaml, read when first needed).
        self._characters = characters
        self.app = SimpleNamespace(locale=Locale.load(assets_dir / "locale" / "zh_CN.yaml"))
        # Laid out, not painted: the same layout code as the screen, with no pixels (what fits
        # never depends on the pictures; tests compare the verdicts with a painting canvas).
        self.canvas: Canvas = DryCanvas(self.assets)
        self._assets_dir = assets_dir
        self._cache_key: str | None = None

    @property
    def cache_key(self) -> str:
        """The key of this check's remembered verdicts (worked out when asked: a caller that
        keys them itself, such as the game's lazy checker, never pays for it)."""
        if self._cache_key is None:
            self._cache_key = fingerprint(self._assets_dir)
        return self._cache_key

    @property
    def characters(self) -> dict:
        if self._characters is None:
            from game.app import read_characters

            self._characters = read_characters(self._assets_dir / "art" / "characters.yaml")
        return self._characters

    def __call__(self, result: LoadResult) -> list[Problem]:
        level = result.level
        characters = result.characters or self.characters
        problems: list[Problem] = []

        def report(where: str, message: str) -> None:
            line, col = result.positions.get(where, result.positions.get(where.rsplit(".", 1)[0], (0, 0)))
            problems.append(Problem(result.path, line, col, where, message))

        # Text of one size after another, not a step's texts in turn: the font is set to each size
        # once, not back and forth (each new size empties its cache of glyphs). The problems are
        # sorted afterwards, so the order they are found in does not show.
        # A panel shown by several steps (the same one: see panel_from) is laid out once. (Kept by
        # its id: hashing a panel hashes all of it, every time.)
        laid_out: dict[int, object] = {}
        parts_of: dict[int, dict] = {}
        for i, step in enumerate(level.steps):
            if step.panel is None:
                continue
            layout = laid_out.get(id(step.panel))
            if layout is None:
                layout = laid_out[id(step.panel)] = draw_panel(self.canvas.sub((0, 0, 1280, 720), 1280),
                                                               step.panel, level.persona, characters)
            parts_of[i] = layout.parts
            if not step.panel_from:
                for what in layout.overflows:
                    report(_panel_path(f"steps[{i}].panel", step.panel, what),
                           "this text does not fit on the panel; shorten it")
        decisions = [(f"steps[{i}]", step, parts_of.get(i, {})) for i, step in enumerate(level.steps)
                     if step.type == "decision"]
        self._prompts(decisions, report)
        self._labels(decisions, report)
        self._cards(decisions, level, report)
        self._hunts([step for step in level.steps if step.type == "redflags"], level, report)
        self._meter(level, report)
        return problems

    def _meter(self, level, report) -> None:
        """The leak meter shows every kind the level can let out in one row: under the panel
        (16:9, inside its card) or in the top bar (tall screens)."""
        kinds = level.leak_kinds
        if not kinds:
            return
        width = meter_width(self.canvas, self.app.locale, kinds)
        room = min(geo.meter[2] - (0 if geo.tall else 36) for geo in LAYOUTS)
        if width > room:
            i, k = next((i, k) for i, step in enumerate(level.steps) for k, option in enumerate(step.options)
                        if option.leaks)
            t = self.app.locale
            names = t("game.list_separator").join(t(f"leaks.{kind}") for kind in kinds)
            report(f"steps[{i}].options[{k}].leaks",
                   f"the leak meter has no room for all the kinds this level lets out ({names}): they take "
                   f"{width:.0f} px of its {room:.0f}; let out fewer kinds, or give them shorter names "
                   f"(leaks: in assets/locale/)")

    def _prompts(self, decisions: list, report) -> None:
        failed = set()
        for geo in LAYOUTS:
            for path, step, _ in decisions:
                if path not in failed and not _fits(self.canvas, step.prompt, geo.prompt_text_width(),
                                                    geo.prompt_size, True, PROMPT_LINES):
                    failed.add(path)
                    report(f"{path}.prompt", f"the question does not fit in {PROMPT_LINES} lines; shorten it")

    def _labels(self, decisions: list, report) -> None:
        failed = set()  # each label is reported once, for the first layout it does not fit
        for geo in LAYOUTS:
            for path, step, _ in decisions:
                width = min(r[2] for r in geo.option_rects(len(step.options))) - 28
                for k, option in enumerate(step.options):
                    where = f"{path}.options[{k}]"
                    if where not in failed and not _fits(self.canvas, option.label, width, geo.option_size, True,
                                                         geo.option_lines):
                        failed.add(where)
                        report(f"{where}.label", f"the label does not fit its button in {geo.option_lines} "
                                                 f"lines (on a {geo.size[0]}x{geo.size[1]} screen); shorten it")

    def _cards(self, decisions: list, level, report) -> None:
        cards = [(f"{path}.options[{k}]", *self._card(option, parts, level))
                 for path, step, parts in decisions for k, option in enumerate(step.options)]
        failed = set()
        for sizes in (SIZES[:1], SIZES[1:]):  # 16:9, then the tall screens (the card's two sizes of text)
            families = list(dict.fromkeys(is_tall(size) for size in sizes))
            for where, card, notes in cards:
                if where not in failed and not all(surely_fits(card, self.canvas, tall, notes, True)
                                                       or card_fits(card, self.canvas, tall, notes, True)
                                                       for tall in families):
                    failed.add(where)
                    report(f"{where}.feedback.text", "the feedback card cannot show all of this text; shorten it")

    def _card(self, option, parts: dict, level) -> tuple[CardText, list[tuple[int, str]]]:
        """The words of the card 锡小朗 explains this answer with, and the explanations of its clues
        (numbered, as the card tells them when they cannot be callouts), as FeedbackScene.fits
        judges them: on the comic, the chosen answer stays in view, and a clue is pointed at
        (so explained) where its part is on the panel."""
        clues = [level.clues[c] for c in option.feedback.clues]
        shown = [clue.text for clue in clues if (clue.rect if clue.target == "rect" else parts.get(clue.target))]
        card = CardText.said(self.app.locale, list(option.feedback.text), option.label)
        return card, list(enumerate([text for text in shown if text], start=1))

    def _hunts(self, hunts: list[Step], level, report) -> None:
        failed = set()
        for tall in (False, True):
            for step in hunts:
                for clue_id in step.clues:
                    clue = level.clues[clue_id]
                    if clue_id not in failed and not _fits(self.canvas, clue.text, LABEL_W[tall] - 64,
                                                           LABEL_TEXT[tall], True, 3):
                        failed.add(clue_id)
                        report(f"clues.{clue_id}.text", "this explanation is too long for its label; shorten it")


def _fits(canvas: Canvas, text: str, width: float, size: float, bold: bool, max_lines: int) -> bool:
    """Whether `canvas.layout(text, width, size, bold=bold, max_lines=max_lines)` fits, known
    without laying out where wrapping at the full width already needs no more lines (evening
    out never needs more: see Canvas.lines_at_most)."""
    most = canvas.lines_at_most(text, width, size, bold)
    if most is not None and most <= max_lines:
        return True
    return canvas.layout(text, width, size, bold=bold, max_lines=max_lines).fits


def _panel_path(base: str, panel: Panel, what: str) -> str:
    """The level-file path of a panel part named by the layout (caption, bubble[1], screen.body:0)."""
    if what == "caption":
        return f"{base}.caption"
    if what.startswith("bubble["):
        return f"{base}.bubbles{what[6:]}.text"
    if what.startswith("screen."):
        part = what[len("screen."):]
        name, _, index = part.partition(":")
        if name == "field" and panel.screen is not None:
            ids = [f.id for f in panel.screen.fields]
            return f"{base}.screen.fields[{ids.index(index)}]" if index in ids else f"{base}.screen.fields"
        if name in ("body", "message", "thread"):
            return f"{base}.screen.{ {'message': 'messages', 'thread': 'threads'}.get(name, name)}[{index}]"
        return f"{base}.screen.{ {'payee': 'title'}.get(name, name)}"
    return f"{base}.screen"


