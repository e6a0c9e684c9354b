"""Checks on a whole built level: the story graph, the clues, the art it names, the persona.

The loader checks each value on its own; these checks look across the level, the
way Ren'Py's lint does: every `next` leads somewhere, every step can be reached,
no path loops or stops before an ending, every decision has a safe choice, every
clue sits on something the panel really shows, and every drawing exists. It also
warns when a player who makes every safe choice cannot reach the best score.
Every walk over the story keeps its own stack, so long levels cost linear time.
"""
from __future__ import annotations

import re

from .bestpath import best_score, hunt_points, reachable, safe_option
from .catalog import Catalog
from .model import AVATAR_COLOURS, GUIDE, LEAK_KINDS, NARRATOR, VERDICTS, Level, Panel, Screen, Step
from .nodes import Pos, did_you_mean, index, join, one_of
from .parts import INDEXED_PARTS, KIND_PARTS, is_target, kind_has, screen_parts
from .problems import WARNING, Problem

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"


def id_number_passes_checksum(number: str) -> bool:
    """True for an 18-character ID number whose last character is the GB 11643 check digit."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], ID_WEIGHTS))
    return ID_CHECK_CHARS[total % 11] == number[17].upper()


def lint_level(level: Level, catalog: Catalog, positions: dict[str, Pos] | None = None,
               file: str | None = None, graph: bool = True) -> list[Problem]:
    """Every cross-level problem. `positions` maps paths like `steps[2].next` to (line, col).

    With `graph=False` (the loader found problems already) the story-graph checks
    are skipped, since a half-read level would only give confusing follow-on problems.
    """
    return _Linter(level, catalog, positions or {}, file if file is not None else level.path).run(graph)


class _Linter:
    def __init__(self, level: Level, catalog: Catalog, positions: dict[str, Pos], file: str):
        self.level, self.catalog, self.positions, self.file = level, catalog, positions, file
        self.problems: list[Problem] = []
        self._callers: list[str] | None = None
        self._edges: dict[int, list[tuple[str, tuple]]] = {}  # step index -> its ways on

    def report(self, where: str, message: str, severity: str = "error") -> None:
        line, col = self.locate(where)
        self.problems.append(Problem(self.file, line, col, where, message, severity))

    def locate(self, where: str) -> Pos:
        """The position of `where`, or of the nearest enclosing value that has one."""
        if not self.positions:
            return 0, 0
        while where:
            if where in self.positions:
                return self.positions[where]
            where = re.sub(r"(\.[^.\[\]]+|\[\d+\])$", "", where) if re.search(r"[.\[]", where) else ""
        return 1, 1

    def run(self, graph: bool) -> list[Problem]:
        self.persona()
        self.leak_kinds()
        for i, step in enumerate(self.level.steps):
            path = index("steps", i)
            if step.panel is not None and not step.panel_from:
                self.panel(step.panel, join(path, "panel"))
            self.step_clues(step, path)
            if step.type == "decision":
                self.decision(step, path)
        if self.references(graph) and graph:
            self.story_graph()
            if not self.problems:
                self.scoring_trap()
        return self.problems

    # -- persona and leaks ---------------------------------------------------------------

    def persona(self) -> None:
        if id_number_passes_checksum(self.level.persona.id_number):
            self.report("persona.id_number", "this ID number passes the national checksum, so it could "
                        "be a real person's; use an ID number that fails the checksum, so it can never "
                        "be a real person's")

    def leak_kinds(self) -> None:
        def check(kind: str, where: str) -> None:
            if kind not in LEAK_KINDS:
                self.report(where, f"'{kind}' is not a leak kind; use one of: {one_of(LEAK_KINDS)}"
                                   f"{did_you_mean(kind, LEAK_KINDS)}")
        for kind in self.level.harms:
            if kind not in LEAK_KINDS:
                check(kind, join("harms", kind))
        for i, step in enumerate(self.level.steps):  # (a path is made only for a kind that is wrong)
            for j, opt in enumerate(step.options):
                for k, kind in enumerate(opt.leaks):
                    if kind not in LEAK_KINDS:
                        check(kind, index(join(index(join(index("steps", i), "options"), j), "leaks"), k))
            for j, case in enumerate(step.cases):
                for k, kind in enumerate(case.if_leaked):
                    if kind not in LEAK_KINDS:
                        check(kind, index(join(index(join(index("steps", i), "cases"), j), "if_leaked"), k))

    # -- panels and art ----------------------------------------------------------------

    def positions_free(self, panel: Panel, path: str) -> None:
        """Actors need a place each; with a phone screen, the right side is the screen's."""
        taken: dict[str, int] = {}
        for i, actor in enumerate(panel.actors):
            if panel.screen is not None and actor.position == "right":
                self.report(join(index(join(path, "actors"), i), "position"), "the phone screen takes the right "
                                                                              "of this panel; put the actor at "
                                                                              "left or center")
            elif actor.position in taken:
                self.report(join(index(join(path, "actors"), i), "position"),
                            f"actors[{taken[actor.position]}] already stands at "
                                   f"'{actor.position}'; give each actor its own position")
            taken.setdefault(actor.position, i)

    def panel(self, panel: Panel, path: str) -> None:
        cat = self.catalog
        if panel.background and panel.background not in cat.backgrounds:
            refused = cat.refused.get(f"backgrounds/{panel.background}.svg")
            self.report(join(path, "background"), refused or f"unknown background '{panel.background}'"
                        f"{did_you_mean(panel.background, cat.backgrounds)}")
        for i, actor in enumerate(panel.actors):
            art = cat.character(actor.character)
            if art is None:
                if actor.character:
                    self.report(join(index(join(path, "actors"), i), "character"), f"unknown character "
                                f"'{actor.character}'{did_you_mean(actor.character, cat.characters)}")
                continue
            if actor.pose not in art.poses:
                self.report(join(index(join(path, "actors"), i), "pose"), f"{actor.character} has no pose "
                            f"'{actor.pose}'; use one of: {one_of(art.poses)}{did_you_mean(actor.pose, art.poses)}")
            if actor.expression not in art.expressions:
                self.report(join(index(join(path, "actors"), i), "expression"), f"{actor.character} has no "
                            f"expression '{actor.expression}'; use one of: {one_of(art.expressions)}"
                            f"{did_you_mean(actor.expression, art.expressions)}")
            elif actor.pose in art.poses and actor.character in cat.drawings:
                self.drawing(actor.character, f"{actor.pose}_{actor.expression}", index(join(path, "actors"), i))
        self.positions_free(panel, path)
        on_panel = [a.character for a in panel.actors]
        for i, bubble in enumerate(panel.bubbles):
            if bubble.speaker and bubble.speaker != NARRATOR and bubble.speaker not in on_panel:
                speakers = on_panel + [NARRATOR]
                self.report(join(index(join(path, "bubbles"), i), "speaker"),
                            f"'{bubble.speaker}' is not on this panel; a speaker must be one of its "
                            f"actors or {NARRATOR}: {one_of(speakers)}")
        if panel.screen is not None:
            self.screen_art(panel.screen, join(path, "screen"))
            for i, ff in enumerate(panel.screen.fields):
                if ff.fill and not self.level.persona.value_of(ff.fill):
                    self.report(join(index(join(path, "screen.fields"), i), "fill"),
                                f"fill: {ff.fill} but the persona has no {ff.fill}; add it under persona")

    def screen_art(self, screen: Screen, path: str) -> None:
        """A video caller and a chat avatar are faces: characters drawn in a `call` pose."""
        cat = self.catalog
        if not screen.caller and not any(m.avatar for m in screen.messages):
            return  # (no face on this screen: nothing to look up)
        callers = self.callers()
        if screen.caller:
            art = cat.character(screen.caller)
            where = join(path, "caller")
            if art is None or "call" not in art.poses:
                known = "is not a character" if art is None else "has no call pose"
                self.report(where, f"'{screen.caller}' {known}; a caller is a character with a call pose: "
                                   f"{one_of(callers)}{did_you_mean(screen.caller, callers)}")
            elif screen.expression not in art.expressions:
                self.report(join(path, "expression"), f"{screen.caller} has no expression "
                            f"'{screen.expression}'; use one of: {one_of(art.expressions)}"
                            f"{did_you_mean(screen.expression, art.expressions)}")
            else:
                self.drawing(screen.caller, f"call_{screen.expression}", where)
            if not screen.video:
                self.report(where, "a caller's face shows only on a video call; add video: true, or leave "
                                   "caller out (a voice call shows the title and number)", WARNING)
        for i, message in enumerate(screen.messages):
            avatar = message.avatar
            if not avatar or avatar in AVATAR_COLOURS:
                continue
            art = cat.character(avatar)
            where = join(index(join(path, "messages"), i), "avatar")
            if art is None or "call" not in art.poses:
                choices = list(AVATAR_COLOURS) + callers
                self.report(where, f"'{avatar}' is not an avatar; use a colour ({one_of(AVATAR_COLOURS)}) or a "
                                   f"character with a call pose ({one_of(callers)}){did_you_mean(avatar, choices)}")
            else:
                self.drawing(avatar, "call_neutral", where)

    def callers(self) -> list[str]:
        """The characters with a call pose (once for the level: the art list is the same)."""
        if self._callers is None:
            self._callers = [c for c, art in self.catalog.characters.items() if "call" in art.poses]
        return self._callers

    def drawing(self, character: str, name: str, where: str) -> None:
        """A level pack's own character needs the drawing the actor asks for."""
        drawn = self.catalog.drawings.get(character)
        if drawn is None or name in drawn:
            return
        file = f"characters/{character}/{name}.svg"
        self.report(where, self.catalog.refused.get(file) or f"there is no drawing art/{file} for "
                    f"{character}; add it to the pack's art folder, or use another pose or expression")

    # -- clues and decisions -----------------------------------------------------------

    def step_clues(self, step: Step, path: str) -> None:
        # Each use of a clue: (clue id, the option whose feedback names it or -1 for the step's, k);
        # its path is made only for a problem.
        uses = [(cid, -1, k) for k, cid in enumerate(step.clues)] if step.clues else []
        if step.options:
            guide = self.catalog.character(GUIDE)
            for j, opt in enumerate(step.options):
                if opt.feedback.clues:
                    uses += [(cid, j, k) for k, cid in enumerate(opt.feedback.clues)]
                expr = opt.feedback.expression
                if guide is not None and expr not in guide.expressions:
                    self.report(join(index(join(path, "options"), j), "feedback.expression"),
                                f"{GUIDE} has no expression '{expr}'; use one of: {one_of(guide.expressions)}"
                                f"{did_you_mean(expr, guide.expressions)}")
        parts = None  # the panel's screen's parts, once a clue needs them
        for cid, j, k in uses:
            clue = self.level.clues.get(cid)
            if clue is None:
                if cid:
                    self.report(_clue_use(path, j, k), f"no clue '{cid}' under clues"
                                                       f"{did_you_mean(cid, self.level.clues)}")
                continue
            panel = step.panel
            if panel is not None and panel.screen is not None and clue.target != "rect":
                if parts is None:
                    parts = screen_parts(panel.screen)
                if clue.target in parts:
                    continue  # (what _missing_part finds first, without making the list again)
            reason = _missing_part(clue.target, panel)
            if reason:
                self.report(_clue_use(path, j, k), f"clue '{cid}' points at {clue.target}, but the panel of "
                                                   f"step '{step.id}' {reason}")

    def decision(self, step: Step, path: str) -> None:
        if any(o.verdict not in VERDICTS for o in step.options):
            return  # a verdict that is not a verdict was reported where it is written
        safe = [o for o in step.options if o.safe]
        if not safe:
            self.report(join(path, "options"), f"decision '{step.id}' has no safe option; mark the "
                        "right call with verdict: safe")
            return
        best = max(o.points for o in safe)
        for j, opt in enumerate(step.options):
            if not opt.safe and opt.points > best:
                self.report(join(index(join(path, "options"), j), "points"),
                            f"option '{opt.id}' gives {opt.points} points, more than the best safe "
                            f"option ({best}); a {opt.verdict} choice must not pay more")

    # -- the story graph -------------------------------------------------------------------

    def edges(self, i: int, step: Step) -> list[tuple[str, tuple]]:
        """(target step id, where it is named: see `named_at`) for each way on from a step
        (worked out once for each step: the checks of the story graph ask several times)."""
        found = self._edges.get(i)
        if found is None:
            found = self._edges[i] = self._ways_on(i, step)
        return found

    @staticmethod
    def _ways_on(i: int, step: Step) -> list[tuple[str, tuple]]:
        if step.type == "decision":
            return [(o.next, (i, "options", j)) for j, o in enumerate(step.options)]
        if step.type == "branch":
            return [(c.next, (i, "cases", j)) for j, c in enumerate(step.cases)] + [(step.otherwise, (i, "otherwise"))]
        if step.type == "ending":
            return []
        return [(step.next, (i, "next"))]

    @staticmethod
    def named_at(where: tuple) -> str:
        """The path of a way on (`steps[3].options[1].next`), made only when a problem is reported."""
        if not where:
            return "start"
        path = index("steps", where[0])
        if len(where) == 2:
            return join(path, where[1])
        return join(index(join(path, where[1]), where[2]), "next")

    def references(self, graph: bool) -> bool:
        """Report every name of a missing step; True when all of them exist."""
        ids = self.level.step_ids
        known = set(ids)
        ok = True
        named = [(self.level.start, ())]
        for i, s in enumerate(self.level.steps):
            named += self.edges(i, s)
        for target, where in named:
            if target and target not in known:
                ok = False
                self.report(self.named_at(where), f"there is no step '{target}'{did_you_mean(target, ids)}")
            elif not target and not where:
                ok = False
                if graph:  # otherwise the loader has said why there are no steps
                    self.report("start", "the level has no steps to start from")
        return ok

    def story_graph(self) -> None:
        steps = {s.id: (i, s) for i, s in enumerate(self.level.steps)}
        reached = self.loops(steps)
        for i, step in enumerate(self.level.steps):
            if step.id not in reached:
                self.report(index("steps", i), f"step '{step.id}' can't be reached from the start "
                            f"('{self.level.start}'); lead to it with a next, or remove it")
            elif step.type != "ending" and not any(t for t, _ in self.edges(i, step)):
                self.report(index("steps", i), f"step '{step.id}' has no way on, so the story never "
                            "reaches an ending; give it a next, or make it an ending")

    def loops(self, steps: dict[str, tuple[int, Step]]) -> set[str]:
        """Walk from the start, report each edge that leads back into the current path; return all seen."""
        state: dict[str, str] = {}  # "open" while on the current path, then "done"
        stack = [(self.level.start, iter(self.edges(*steps[self.level.start])))]
        state[self.level.start] = "open"
        while stack:
            sid, edges = stack[-1]
            for target, where in edges:
                if not target:
                    continue
                if state.get(target) == "open":
                    self.report(self.named_at(where), f"this leads back to step '{target}', which makes a loop; every "
                                       "path must move on to an ending")
                elif target not in state:
                    state[target] = "open"
                    stack.append((target, iter(self.edges(*steps[target]))))
                    break
            else:
                state[sid] = "done"
                stack.pop()
        return set(state)

    def scoring_trap(self) -> None:
        """Warn when the best score needs an unsafe choice: a hunt (or points) only a risky
        path reaches counts toward the maximum, so a player who does everything right is
        marked down (at under 90 % of the maximum, two stars instead of three)."""
        best = best_score(self.level)
        safe_best = best_score(self.level, safe_option)
        if safe_best >= best:
            return
        share = f"{safe_best} of {best} points ({100 * safe_best // best} %)"
        safe_steps = reachable(self.level, safe_option)
        hunts = [(i, s) for i, s in enumerate(self.level.steps)
                 if s.type == "redflags" and s.id not in safe_steps and hunt_points(self.level, s)]
        for i, step in hunts:
            self.report(index("steps", i), f"the hunt '{step.id}' is reached only after a risky or too "
                        f"suspicious choice, but its points count toward the level's best score, so a player "
                        f"who makes every safe choice can get at most {share}; let a safe path reach this "
                        "hunt too, or give its clues points: 0", WARNING)
        if not hunts:
            self.report("steps", f"a player who makes every safe choice can get at most {share}, because "
                        "the best score needs a risky or too suspicious choice; give the safe path at least "
                        "as many points", WARNING)


def _clue_use(path: str, option: int, k: int) -> str:
    """Where a step names a clue: its `clues[k]`, or its option's `feedback.clues[k]`."""
    if option < 0:
        return index(join(path, "clues"), k)
    return index(join(index(join(path, "options"), option), "feedback.clues"), k)


def _missing_part(target: str, panel: Panel | None) -> str:
    """Why `target` names nothing on the panel, or "" when it does (or can't be judged)."""
    if target == "rect" or not is_target(target):
        return ""  # a target that is no part name at all was reported where it is written
    if panel is None:
        return ""  # the missing panel is reported where it is named
    screen = panel.screen
    if screen is None:
        return "has no screen"
    if target in screen_parts(screen):
        return ""
    part, _, arg = target.partition(":")
    if not kind_has(screen.kind, part):
        noun = {"message": "messages", "thread": "threads"}.get(part, part)
        shown = ", ".join(_part_label(p) for p in KIND_PARTS[screen.kind])
        return f"shows a {screen.kind} screen, which has no {noun} (its parts: {shown})"
    if part == "field":
        ids = [f.id for f in screen.fields]
        return f"has no field '{arg}' (its fields: {one_of(ids) or 'none'})"
    if part in INDEXED_PARTS:
        count = len(getattr(screen, {"message": "messages", "thread": "threads"}.get(part, part)))
        return f"has only {count} {part} line{'s' if count != 1 else ''} (counted from 0)"
    if part == "caller":
        return "shows no caller's face (a video call with a caller has one)"
    return f"has no {part} on its screen"


def _part_label(name: str) -> str:
    return "field:ID" if name == "field:" else f"{name}N" if name.endswith(":") else name
