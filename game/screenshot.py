"""PNG previews of a level for authors: every step, every feedback, the ending, results.

    python -m game screenshot 01 --out shots [--step ID] [--size 1920x1080]

Each step is reached by replaying a real path to it from the start (so the
score and the leak meter show what a player would see there), then drawn
through the real scenes.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from game.app import App
from game.engine.layoutlog import LayoutLog
from game.levels.model import Level
from game.pilot import Pilot
from game.play.scoring import branch_target
from game.play.session import Session
from game.scenes.comic import ComicScene
from game.scenes.ending import EndingScene


def path_to(level: Level, target: str) -> list[tuple[str, str]] | None:
    """Actions from the start to `target`: ("advance"|"hunt", "") or ("choose", option id).

    Prefers safe options, so previews show the path a careful player takes
    unless only a risky choice leads there.
    """
    def walk(step_id: str, leaked: frozenset, seen: frozenset):
        step = level.step(step_id)
        if step.type == "branch":
            return walk(branch_target(step, leaked), leaked, seen)
        if step_id == target:
            return []
        if step_id in seen:
            return None
        seen = seen | {step_id}
        if step.type == "decision":
            for option in sorted(step.options, key=lambda o: not o.safe):
                rest = walk(option.next, leaked | frozenset(option.leaks), seen)
                if rest is not None:
                    return [("choose", option.id)] + rest
            return None
        if step.type == "ending":
            return None
        rest = walk(step.next, leaked, seen)
        kind = "hunt" if step.type == "redflags" else "advance"
        return None if rest is None else [(kind, "")] + rest

    return walk(level.start, frozenset(), frozenset())


def session_at(level: Level, step_id: str) -> Session | None:
    actions = path_to(level, step_id)
    if actions is None:
        return None
    session = Session(level)
    for kind, option in actions:
        if kind == "choose":
            session.choose(option)
        elif kind == "hunt":
            for clue_id in session.step.clues:
                session.tap(f"clue:{clue_id}" if level.clues[clue_id].target == "rect"
                            else level.clues[clue_id].target)
            session.finish_hunt()
        else:
            session.advance()
    return session


def level_screens(app: App, level: Level, only_step: str | None = None) -> Iterator[str]:
    """Bring up each screen of a level in turn and yield its name: every step, the feedback
    on each option of a decision (chosen for real, so the score and leak meter show it), a
    hunt with one clue found and its feedback, each ending, its results, and the history."""
    pilot = Pilot(app)
    for number, step in enumerate(level.steps, start=1):
        if step.type == "branch" or (only_step and step.id != only_step):
            continue
        session = session_at(level, step.id)
        if session is None:
            continue
        comic = ComicScene(app, level, session)
        app.start(comic)
        pilot.settle()
        base = f"{number:02d}_{step.id}"
        yield base
        if step.type == "decision":
            for option in step.options:
                comic = ComicScene(app, level, session_at(level, step.id))
                app.start(comic)
                pilot.settle()
                pilot.click(f"option:{option.id}")
                pilot.settle()
                yield f"{base}__{option.id}"
        elif step.type == "redflags":
            if step.clues:  # a hunt with nothing to find has no clue to tap
                first = step.clues[0]
                clue = level.clues[first]
                pilot.click(f"part:clue:{first}" if clue.target == "rect" else f"part:{clue.target}")
                pilot.settle()
                yield f"{base}__found_one"
            if app.stack.top is comic:
                pilot.click("done")
                pilot.settle()
            yield f"{base}__missed"
        elif step.type == "ending":
            app.stack.push(EndingScene(app, comic))
            app.stack.apply()
            pilot.settle()
            yield f"{base}__ending"
            pilot.click("results")
            pilot.settle()
            yield f"{base}__results"
            if step.outcome == "safe":
                app.start(ComicScene(app, level, session))
                pilot.click("history")
                pilot.settle()
                yield f"{base}__history"


def shoot_level(app: App, level: Level, out: Path, only_step: str | None = None,
                layout: bool = False) -> list[Path]:
    """A PNG of each screen of `level` (see `level_screens`); with `layout`, a JSON beside each."""
    out.mkdir(parents=True, exist_ok=True)
    return [save_screen(app, out / f"{name}.png", layout) for name in level_screens(app, level, only_step)]


def save_screen(app: App, path: Path, layout: bool = False) -> Path:
    """Draw the screen now on show into a PNG; with `layout`, also what was drawn where
    (path.json: every text, box, callout and character in screen pixels, see layoutlog)."""
    if not layout:
        Pilot(app).save(path)
        return path
    log = record_layout(app)
    Pilot(app).save(path)
    path.with_suffix(".json").write_text(json.dumps(log.as_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def report_layouts(pngs: list[Path]) -> int:
    """Check the layout JSON beside each PNG; print each problem as `file: problem`; the count."""
    count = 0
    for png in pngs:
        data = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
        for problem in LayoutLog.from_json(data).problems():
            print(f"{png.with_suffix('.json')}: {problem}")
            count += 1
    print(f"layout check: {count} problem{'s' if count != 1 else ''} in {len(pngs)} screens")
    return count


def record_layout(app: App) -> LayoutLog:
    """Draw the screen now on show once with a recorder attached; return what it recorded."""
    log = LayoutLog()
    app.layout_log = log
    try:
        app.draw(force=True)
    finally:
        app.layout_log = None
    return log


def menu_screens(app: App) -> Iterator[str]:
    """Bring up the screens around the levels in turn: title, level list, the quit card,
    pause, and (when the notebook has moments) the notebook review; yield each name."""
    from game.autoplay import pick_option, part_id
    from game.scenes.level_select import LevelSelectScene
    from game.scenes.pause import PauseScene
    from game.scenes.review import ReviewScene
    from game.scenes.title import TitleScene

    pilot = Pilot(app)
    for name, scene in (("title", TitleScene(app)), ("levels", LevelSelectScene(app))):
        app.start(scene)
        pilot.settle()
        yield name
    app.start(TitleScene(app))
    app.ask_to_quit()
    app.stack.apply()
    if app.stack.top is not None and app.stack.top.name == "confirm":
        yield "confirm"
    if app.levels:
        app.start(ComicScene(app, app.levels[0]))
        app.stack.push(PauseScene(app))
        app.stack.apply()
        yield "pause"
    if app.notebook_count():
        app.start(ReviewScene(app))
        pilot.settle()
        yield "review_moment"
        comic = app.stack.top
        if isinstance(comic, ComicScene):
            step = comic.shown
            if step.type == "decision":
                pilot.click(f"option:{pick_option(step, 'safe', None).id}")
            else:
                for clue_id in step.clues:
                    if app.stack.top is comic:
                        pilot.click(part_id(comic.level, clue_id))
                if app.stack.top is comic:
                    pilot.click("done")
            pilot.settle()
            pilot.click("close")
            pilot.settle()
        yield "review_result"


def shoot_menus(app: App, out: Path, layout: bool = False) -> list[Path]:
    """The screens around the levels (see `menu_screens`) as PNGs (and JSON, with `layout`)."""
    out.mkdir(parents=True, exist_ok=True)
    return [save_screen(app, out / f"{name}.png", layout) for name in menu_screens(app)]


def shoot_quick(app: App, out: Path, set_id: str | None = None, layout: bool = False) -> list[Path]:
    """A PNG of each screen of the 真还是假 round (see `quick_screens`); with `layout`, a JSON
    beside each (as shoot_level)."""
    out.mkdir(parents=True, exist_ok=True)
    return [save_screen(app, out / f"{name}.png", layout) for name in quick_screens(app, set_id)]


def quick_screens(app: App, set_id: str | None = None) -> Iterator[str]:
    """Bring up each screen of the 真还是假 round in turn and yield its name: each item, 锡小朗's
    card after the right and after the wrong answer, and the results of a run with a mistake of
    each kind (the last two items). Nothing when there is no item set."""
    from game.play.quickround import right_answer
    from game.scenes.quick_round import QuickRoundScene, load_sets, pick_set

    pilot = Pilot(app)
    item_set = pick_set(load_sets(app), set_id)
    if item_set is None:
        return
    for wrongly in (False, True):  # the same order twice: answered right, then answered wrong
        scene = QuickRoundScene(app, item_set=item_set, seed=0)
        app.start(scene)
        pilot.settle()
        total = scene.round.total
        for number in range(1, total + 1):
            item = scene.item
            base = f"quick_{number:02d}_{item.id}"
            if not wrongly:
                yield base
            wrong = "fake" if item.genuine else "real"
            answer = wrong if wrongly or number > total - 2 else right_answer(item)
            pilot.click(answer)
            pilot.settle()
            yield f"{base}__{'wrong' if answer == wrong else 'right'}"
            pilot.click("close")
            pilot.settle()
        if not wrongly:
            yield "quick_results"
