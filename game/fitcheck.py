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
from game.engine.canvas import Canvas, height_of
from game.engine.dry import DryCanvas
from game.engine.viewport import LOGICAL_W, is_tall
from game.fitkey import fingerprint
from game.levels.bestpath import best_score, leaked_at_endings
from game.levels.leaks import LEAK_KINDS
from game.levels.loader import LoadResult
from game.levels.model import Panel
from game.levels.problems import Problem
from game.locale import Locale
from game.scenes.feedback_card import LABEL_TEXT, LABEL_W, SIZES, CardText, card_fits, surely_fits
from game.ui import cover_words as cover
from game.ui import ending_card, results_layout
from game.ui.comic_layout import (BAR_SCORE_SIZE, BAR_TITLE_SIZE, ENDING_TITLE_LINES, ENDING_TITLE_SIZE,
                                  HUNT_PROMPT_LINES, HUNT_PROMPT_SIZE, bar_title_room, comic_layout)
from game.ui.hud import meter_width
from game.ui.panel import draw_panel

PROMPT_LINES = 4
# The comic screen's layouts (16:9, 4:3, 5:4): text must fit each, as the game lays it out.
LAYOUTS = [comic_layout(size) for size in SIZES]
# The scales (real pixels per logical unit) of the screens a class meets, from 1024 wide to 1920 wide,
# and the level covers' contact sheet: a number measured at its real size is a little wider at some.
SCALES = (1024 / LOGICAL_W, 1.0, 1366 / LOGICAL_W, cover.SHEET_SCALE, 1920 / LOGICAL_W)


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
        self._badge_w: float | None = None  # (see _badge_width)

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
        hunts = [(f"steps[{i}]", step) for i, step in enumerate(level.steps) if step.type == "redflags"]
        self._hunts(hunts, level, report)
        self._hunt_prompts(hunts, report)
        self._meter(level, report)
        self._title(level, report)
        reported = {p.where for p in problems}
        self._endings(level, report, reported)
        self._results_rule(level, report, reported)
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

    def _hunts(self, hunts: list, level, report) -> None:
        failed = set()
        for tall in (False, True):
            for _, step in hunts:
                for clue_id in step.clues:
                    clue = level.clues[clue_id]
                    if clue_id not in failed and not _fits(self.canvas, clue.text, LABEL_W[tall] - 64,
                                                           LABEL_TEXT[tall], True, 3):
                        failed.add(clue_id)
                        report(f"clues.{clue_id}.text", "this explanation is too long for its label; shorten it")

    def _hunt_prompts(self, hunts: list, report) -> None:
        """A hunt's question: on its card beside the panel (16:9) or in the band (tall), above the
        count of what was found."""
        failed = set()
        for geo in LAYOUTS:
            for path, step in hunts:
                if path not in failed and not _fits(self.canvas, step.prompt, geo.prompt_text_width(),
                                                    HUNT_PROMPT_SIZE, True, HUNT_PROMPT_LINES):
                    failed.add(path)
                    report(f"{path}.prompt", f"the question does not fit its card in {HUNT_PROMPT_LINES} lines, "
                                             f"above the count of what was found (on a {geo.size[0]}x{geo.size[1]} "
                                             f"screen); shorten it")

    def _badge_width(self) -> float:
        """The widest a cover's number tab is (a two-digit number, at any scale a class meets)."""
        if self._badge_w is None:
            widest = max(range(1, 10), key=lambda d: self.canvas.measure(str(d), 22, True))
            self._badge_w = max(cover.number_badge_width(DryCanvas(self.assets, scale), int(str(widest) * 2))
                                for scale in SCALES)
        return self._badge_w

    def _title(self, level, report) -> None:
        """The title where it is shown: in one line on its cover in the level list, in the comic's
        top bar (in the notebook with its name before it; in the recap too) and in the results'
        heading. The fraud type: in one line on its cover."""
        canvas, t = self.canvas, self.app.locale
        room = cover.title_room(cover.NARROWEST_CARD_W, self._badge_width())
        picture_w = cover.NARROWEST_CARD_W - 2 * cover.PAD
        if not cover.chip_block(canvas, level.fraud_type, picture_w).fits:
            report("fraud_type", f"the fraud type does not fit its label on the level's cover in the level list, in "
                                 f"one line ({picture_w - 44:.0f} px); shorten it")
        if not cover.title_block(canvas, level.title, room)[0].fits:
            report("title", f"the title does not fit on the level's cover in the level list, in one line "
                            f"({room:.0f} px); shorten it")
            return
        score_w = canvas.measure(t("comic.score", score=best_score(level)), BAR_SCORE_SIZE, True)
        counter_w = canvas.measure(f"{len(level.steps)} / {len(level.steps)}", BAR_SCORE_SIZE, True)
        shown = [(f"{t('notebook.heading')} · {level.title}", BAR_TITLE_SIZE, bar_title_room(LOGICAL_W, score_w),
                  "the top bar (in the notebook, with its name before it)"),
                 (f"{t('history.heading')} · {level.title}", BAR_TITLE_SIZE,
                  bar_title_room(LOGICAL_W, counter_w, buttons=False), "the recap's top bar"),
                 (f"{t('results.heading')} · {level.title}", results_layout.HEADING_SIZE,
                  LOGICAL_W - 2 * results_layout.HEADING_MARGIN, "the results' heading")]
        for text, size, room, where in shown:
            width = canvas.measure(text, size, True)
            if width > room:
                report("title", f"the title does not fit {where} in one line: “{text}” takes {width:.0f} px of "
                                f"{room:.0f}; shorten it")
                return

    def _endings(self, level, report, reported: set) -> None:
        """Each ending's card, with what may have leaked on the way to it (the most of any path): its
        title, its lines, what each leaked kind lets a fraudster do and the level's rule, each in
        its lines and all on the card; and its title under its badge beside the panel."""
        canvas, t = self.canvas, self.app.locale
        leaked_at = leaked_at_endings(level)
        card = (ending_card.CARD_X, 0, ending_card.CARD_W, 0)

        def once(where: str, message: str) -> None:
            if where not in reported:
                reported.add(where)
                report(where, message)

        for i, step in enumerate(level.steps):
            if step.type != "ending":
                continue
            path = f"steps[{i}]"
            for geo in LAYOUTS:
                if not _fits(canvas, step.title, geo.ending_title_box()[2], ENDING_TITLE_SIZE, True,
                             ENDING_TITLE_LINES):
                    once(f"{path}.title", f"the ending's title does not fit under its badge beside the panel in "
                                          f"{ENDING_TITLE_LINES} lines (on a {geo.size[0]}x{geo.size[1]} screen); "
                                          f"shorten it")
                    break
            # The card as tall as its words are for the most that can be out on arriving here: known
            # to fit where counting its lines (each text wrapped at its full width, which evening
            # out never exceeds) already fits; else laid out as the screen does.
            words, leaked = None, []
            for kinds in leaked_at.get(step.id, [frozenset()]):
                out = [k for k in LEAK_KINDS if k in kinds]
                laid = ending_card.ending_words(canvas, t, step, level, out, card, lay=self._counted)
                if not laid.fits:
                    laid = ending_card.ending_words(canvas, t, step, level, out, card)
                if words is None or laid.bottom > words.bottom:
                    words, leaked = laid, out
            for name, block in words.blocks:
                if block.fits:
                    continue
                if name == "title":
                    once(f"{path}.title", f"the ending's title does not fit its card in {ending_card.TITLE_LINES} "
                                          f"lines; shorten it")
                elif name.startswith("text["):
                    once(f"{path}.text", f"line {int(name[5:-1]) + 1} of the ending's text does not fit its card in "
                                         f"{ending_card.LINE_LINES} lines; shorten it")
                elif name == "rule":
                    once("rule", f"the rule does not fit the “{t('results.rule')}” box on an ending's card in "
                                 f"{ending_card.RULE_LINES} lines; shorten it")
                else:
                    kind = name.split(":", 1)[1]
                    fix = "shorten it" if kind in level.harms else \
                        f"the game's own sentence for {kind} (harms.{kind} in assets/locale/) is too long for this " \
                        f"level's card: write a shorter one under harms:"
                    once(f"harms.{kind}", f"what {kind} lets a fraudster do does not fit the ending's card in "
                                          f"{ending_card.HARM_LINES} lines; {fix}")
            if not words.fits and words.bottom + ending_card.BOTTOM_PAD > ending_card.MAX_H:
                what = "its title, its text"
                if leaked and step.outcome != "safe":
                    names = t("game.list_separator").join(t(f"leaks.{kind}") for kind in leaked)
                    what += f", what {names} (all of which can be out on arriving here) let a fraudster do"
                need = words.bottom + ending_card.BOTTOM_PAD
                once(f"{path}.text" if step.text else f"{path}.title",
                     f"the ending's card has no room for all its words: {what} and the level's rule take "
                     f"{need:.0f} px of the card's {ending_card.MAX_H}; shorten the ending's text (or the rule"
                     f"{', or harms:' if leaked and step.outcome != 'safe' else ''})")

    def _counted(self, text: str, width: float, size: float, bold: bool = False, max_lines: int = 0):
        """A text's lines counted, not laid out: as tall as `layout` would make it at most, and
        fitting if that many lines fit (a layout where the count is not known)."""
        most = self.canvas.lines_at_most(text, width, size, bold)
        if most is None:
            return self.canvas.layout(text, width, size, bold=bold, max_lines=max_lines)
        shown = min(most, max_lines) if max_lines else most
        return _Counted(height_of(shown, size), not max_lines or most <= max_lines)

    def _results_rule(self, level, report, reported: set) -> None:
        """The rule in the results' "Remember this" box, also in its larger text on tall screens."""
        if "rule" in reported:
            return
        for tall, where in ((False, ""), (True, " (on a 4:3 or 5:4 screen, where its text is larger)")):
            if not results_rule_fits(self.canvas, level.rule, tall):
                report("rule", f"the rule does not fit the “{self.app.locale('results.rule')}” box on the results "
                               f"screen in {results_layout.RULE_LINES} lines{where}; shorten it")
                return


def results_rule_fits(canvas: Canvas, rule: str, tall: bool) -> bool:
    """Whether the level's rule fits the results' "Remember this" box (`tall`: in its larger text)."""
    size = results_layout.RULE_SIZE * (results_layout.TALL_TYPE if tall else 1.0)
    return _fits(canvas, rule, results_layout.RULE_W, size, False, results_layout.RULE_LINES)


class _Counted:
    """What the fit check needs of a laid-out text: how tall it is and whether all of it shows."""

    __slots__ = ("height", "fits")

    def __init__(self, height: float, fits: bool) -> None:
        self.height = height
        self.fits = fits


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


