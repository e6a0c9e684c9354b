"""Playing a level headless through the real scenes with a simple policy.

    python -m game autoplay 01 --policy safe|risky|random|tap-all [--seed N]

tap-all taps every part of every hunt, then chooses at random: it shows what
guessing earns (the rules keep it at half a hunt's points at most).

prints one JSON object: the score, each decision, the feedback shown, the
ending reached, clues found and missed, what leaked and how many moments went
into the notebook. Authors use it to check a level; tests use it too.
"""
from __future__ import annotations

import random
from typing import Any

from game.app import App
from game.levels.model import Level, Option, Step
from game.pilot import Pilot, PilotError
from game.scenes.comic import ComicScene

POLICIES = ("safe", "risky", "random", "tap-all")
MAX_ACTIONS = 400


def part_id(level: Level, clue_id: str) -> str:
    """The hit-area id of a clue during a hunt."""
    clue = level.clues[clue_id]
    return f"part:clue:{clue_id}" if clue.target == "rect" else f"part:{clue.target}"


def pick_option(step: Step, policy: str, rng: random.Random) -> Option:
    options = list(step.options)
    if policy == "safe":
        return max((o for o in options if o.safe), key=lambda o: o.points)
    if policy == "risky":
        for verdict in ("risky", "too_suspicious"):
            picks = [o for o in options if o.verdict == verdict]
            if picks:
                return min(picks, key=lambda o: o.points)
        return min(options, key=lambda o: o.points)
    return rng.choice(options)  # random, and tap-all's decisions


def play(app: App, level: Level, policy: str, seed: int = 0, lookahead: bool = False) -> dict[str, Any]:
    """Play a level through the real screens; with `lookahead`, each still screen prepares
    what may come next before the next tap, as it does while a person reads."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; use one of {', '.join(POLICIES)}")
    rng = random.Random(seed)
    pilot = Pilot(app, lookahead=lookahead)
    app.routes.go("play", level=level)
    app.stack.apply()
    comic = app.stack.top
    pilot.settle()
    feedback_shown = 0
    ending = ""
    for _ in range(MAX_ACTIONS):
        top = app.stack.top
        if top is None or top.name == "results":
            break
        if top.name == "feedback":
            feedback_shown += 1
            pilot.click("close")
        elif top.name == "ending":
            ending = comic.shown.id
            pilot.click("results")
        elif top.name == "comic":
            _act(pilot, top, policy, rng)
        else:
            raise PilotError(f"autoplay does not know what to do on '{top.name}'")
        pilot.settle()
    else:
        raise PilotError(f"level {level.id} did not end within {MAX_ACTIONS} actions")
    session = comic.session
    return {
        "level": level.id,
        "policy": policy,
        "score": session.score,
        "max_score": session.max_score,
        "stars": session.stars,
        "decisions": [{"step": d.step, "option": d.option, "safe": d.safe} for d in session.decisions],
        "hunt_points": sum(h.points for h in session.hunts),
        "feedback_shown": feedback_shown,
        "ending": ending,
        "clues_found": session.clues_found,
        "clues_missed": session.clues_missed,
        "leaked": session.leaked_in_order,
        "notebook_added": comic.notebook_added,
        "frames": app.frames,
    }


def _act(pilot: Pilot, comic: ComicScene, policy: str, rng: random.Random) -> None:
    step = comic.shown
    if step.type == "decision":
        pilot.click(f"option:{pick_option(step, policy, rng).id}")
    elif step.type == "redflags":
        if policy == "tap-all":
            for target in [t for t in pilot.targets() if t.startswith("part:")]:
                if comic.shown is step and comic.app.stack.top is comic:
                    pilot.click(target)
                    pilot.settle()  # a person looks again before the next tap
        elif policy == "safe":
            for clue_id in step.clues:
                if comic.shown is step and comic.app.stack.top is comic:
                    pilot.click(part_id(comic.level, clue_id))
                    pilot.settle()
        elif policy == "random":
            parts = [t for t in pilot.targets() if t.startswith("part:")]
            for target in rng.sample(parts, k=min(len(parts), rng.randint(1, 4))):
                if comic.shown is step and comic.app.stack.top is comic:
                    pilot.click(target)
                    pilot.settle()
        if comic.shown is step and comic.app.stack.top is comic:
            pilot.click("done")
    elif step.type == "ending":
        pilot.click("results")
    else:
        pilot.click("continue")


def review(app: App, policy: str, seed: int = 0) -> dict[str, Any]:
    """Play the notebook review (复习错题) through the real scenes with a policy."""
    from game.scenes.review import ReviewScene

    rng = random.Random(seed)
    pilot = Pilot(app)
    before = app.notebook_count()
    scene = ReviewScene(app)
    app.start(scene)
    pilot.settle()
    moments = len(scene.queue)
    for _ in range(MAX_ACTIONS):
        top = app.stack.top
        if top is scene:
            if scene.index >= len(scene.queue):
                break
            pilot.click("next")
        elif top.name == "feedback":
            pilot.click("close")
        elif top.name == "comic":
            _act(pilot, top, policy, rng)
        else:
            raise PilotError(f"review does not know what to do on '{top.name}'")
        pilot.settle()
    return {"moments": moments, "right": scene.right_count, "notebook_before": before,
            "notebook_after": app.notebook_count(), "frames": app.frames}


QUICK_POLICIES = ("safe", "risky", "random")


def play_quick(app: App, policy: str, seed: int = 0, set_id: str | None = None,
               limit: int | None = None) -> dict[str, Any] | None:
    """Play the 真还是假 quick round through the real screens: safe answers every item right,
    risky answers 假 to everything (and is told which genuine items it refused), random
    flips a coin. None when there is no item set to play."""
    from game.play.quickround import right_answer

    if policy not in QUICK_POLICIES:
        raise ValueError(f"unknown quick-round policy {policy!r}; use one of {', '.join(QUICK_POLICIES)}")
    rng = random.Random(seed)
    pilot = Pilot(app)
    app.routes.go("quick", set_id=set_id, limit=limit, seed=seed)  # the order, too, comes from the seed
    app.stack.apply()
    scene = app.stack.top
    if scene.round is None:
        return None
    pilot.settle()
    for _ in range(MAX_ACTIONS):
        top = app.stack.top
        if top is scene and scene.phase == "results":
            break
        if top.name == "feedback":
            pilot.click("close")
        elif top is scene:
            item = scene.item
            answer = {"safe": right_answer(item), "risky": "fake"}.get(policy) or rng.choice(("real", "fake"))
            pilot.click(answer)
        else:
            raise PilotError(f"autoplay does not know what to do on '{top.name}'")
        pilot.settle()
    else:
        raise PilotError(f"the quick round did not end within {MAX_ACTIONS} actions")
    r = scene.round
    return {
        "quick": r.item_set.id,
        "policy": policy,
        "score": r.score,
        "total": r.total,
        "answers": [{"item": a.item.id, "genuine": a.item.genuine, "answer": a.answer, "verdict": a.verdict}
                    for a in r.answers],
        "wrong": [a.item.id for a in r.wrong],
        "refused_genuine": list(r.refused_genuine),
        "fooled": list(r.fooled),
        "feedback_shown": scene.feedback_shown,
        "frames": app.frames,
    }
