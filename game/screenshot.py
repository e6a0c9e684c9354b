"""PNG previews of a level for authors: every step, every feedback, the ending, results.

    python -m game screenshot 01 --out shots [--step ID] [--size 1920x1080]

Each step is reached by replaying a real path to it from the start (so the
score and the leak meter show what a player would see there), then drawn
through the real scenes.
"""
from __future__ import annotations

from pathlib import Path

from game.app import App
from game.levels.model import Level
from game.pilot import Pilot
from game.play.scoring import branch_target
from game.play.playthrough import decision_outcome
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


def shoot_level(app: App, level: Level, out: Path, only_step: str | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pilot = Pilot(app)
    written: list[Path] = []

    def save(name: str) -> None:
        path = out / f"{name}.png"
        pilot.save(path)
        written.append(path)

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
        save(base)
        if step.type == "decision":
            for option in step.options:
                app.start(comic)
                app.stack.push(comic.feedback_for(decision_outcome(step, option)))
                app.stack.apply()
                save(f"{base}__{option.id}")
        elif step.type == "redflags":
            first = step.clues[0]
            clue = level.clues[first]
            pilot.click(f"part:clue:{first}" if clue.target == "rect" else f"part:{clue.target}")
            pilot.settle()
            save(f"{base}__found_one")
            pilot.click("done")
            pilot.settle()
            save(f"{base}__missed")
        elif step.type == "ending":
            app.stack.push(EndingScene(app, comic))
            app.stack.apply()
            pilot.settle()
            save(f"{base}__ending")
            pilot.click("results")
            pilot.settle()
            save(f"{base}__results")
            if step.outcome == "safe":
                app.start(ComicScene(app, level, session))
                pilot.click("history")
                pilot.settle()
                save(f"{base}__history")
    return written


def shoot_menus(app: App, out: Path) -> list[Path]:
    """The screens around the levels: title, level list, the notebook review, pause."""
    from game.scenes.level_select import LevelSelectScene
    from game.scenes.pause import PauseScene
    from game.scenes.title import TitleScene

    out.mkdir(parents=True, exist_ok=True)
    pilot = Pilot(app)
    written = []
    for name, scene in (("title", TitleScene(app)), ("levels", LevelSelectScene(app))):
        app.start(scene)
        pilot.settle()
        pilot.save(out / f"{name}.png")
        written.append(out / f"{name}.png")
    if app.levels:
        app.start(ComicScene(app, app.levels[0]))
        app.stack.push(PauseScene(app))
        app.stack.apply()
        pilot.save(out / "pause.png")
        written.append(out / "pause.png")
    if app.notebook_count():
        written += _shoot_review(app, pilot, out)
    return written


def _shoot_review(app: App, pilot: Pilot, out: Path) -> list[Path]:
    """The notebook review: a moment replayed, then the card after a right answer."""
    from game.autoplay import pick_option, part_id
    from game.scenes.review import ReviewScene

    app.start(ReviewScene(app))
    pilot.settle()
    pilot.save(out / "review_moment.png")
    comic = app.stack.top
    if isinstance(comic, ComicScene):
        step = comic.shown
        if step.type == "decision":
            pilot.click(f"option:{pick_option(step, 'safe', None).id}")
        else:
            for clue_id in step.clues:
                if app.stack.top is comic:
                    pilot.click(part_id(comic.level, clue_id))
        pilot.settle()
        pilot.click("close")
        pilot.settle()
    pilot.save(out / "review_result.png")
    return [out / "review_moment.png", out / "review_result.png"]


def shoot_quick(app: App, out: Path, set_id: str | None = None) -> list[Path]:
    """The 真还是假 quick round: each item, 锡小朗's card after the right and after the wrong
    answer, and the results of a run with a mistake of each kind (the last two items)."""
    from game.play.quickround import right_answer
    from game.scenes.quick_round import QuickRoundScene, load_sets, pick_set

    out.mkdir(parents=True, exist_ok=True)
    pilot = Pilot(app)
    item_set = pick_set(load_sets(app), set_id)
    if item_set is None:
        return []
    written: list[Path] = []

    def save(name: str) -> None:
        pilot.save(out / f"{name}.png")
        written.append(out / f"{name}.png")

    for wrongly in (False, True):  # the same order twice: answered right, then answered wrong
        scene = QuickRoundScene(app, item_set=item_set, seed=0)
        app.start(scene)
        pilot.settle()
        total = scene.round.total
        for number in range(1, total + 1):
            item = scene.item
            base = f"quick_{number:02d}_{item.id}"
            if not wrongly:
                save(base)
            wrong = "fake" if item.genuine else "real"
            answer = wrong if wrongly or number > total - 2 else right_answer(item)
            pilot.click(answer)
            pilot.settle()
            save(f"{base}__{'wrong' if answer == wrong else 'right'}")
            pilot.click("close")
            pilot.settle()
        if not wrongly:
            save("quick_results")
    return written
