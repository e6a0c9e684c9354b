"""What a report's ids are called: level titles, step and option labels, clue texts, item titles (no pygame).

The report counts ids (`prize-toy`, `decide_link`, `open`); a teacher reads titles and
labels. They come from the levels and 真还是假 sets installed on this PC; an id they do
not know (a level since removed, a pack on another PC) stays as it is.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Labels:
    """What ids are called, from the levels and item sets installed here (unknown ids stay ids)."""

    levels: dict[str, str] = field(default_factory=dict)  # level -> title
    order: tuple[str, ...] = ()  # level ids in the game's order
    steps: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (level, step) -> (type, label)
    step_order: dict[str, tuple[str, ...]] = field(default_factory=dict)  # level -> step ids
    options: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)  # -> (label, verdict)
    clues: dict[tuple[str, str], str] = field(default_factory=dict)  # (level, clue) -> text
    sets: dict[str, str] = field(default_factory=dict)  # set -> title
    items: dict[tuple[str, str], tuple[str, bool]] = field(default_factory=dict)  # (set, item) -> (title, genuine)
    item_order: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, levels: Iterable = (), quick_sets: Iterable = ()) -> "Labels":
        """Labels from `Level` and `QuickSet` records."""
        levels, quick_sets = list(levels), list(quick_sets)
        steps, options, clues = {}, {}, {}
        for level in levels:
            clues.update({(level.id, c.id): c.text for c in level.clues.values()})
            for step in level.steps:
                steps[(level.id, step.id)] = (step.type, _step_label(step))
                options.update({(level.id, step.id, o.id): (o.label, o.verdict) for o in step.options})
        items = {(s.id, i.id): (i.title, i.genuine) for s in quick_sets for i in s.items}
        return cls(levels={lv.id: lv.title for lv in levels}, order=tuple(lv.id for lv in levels), steps=steps,
                   step_order={lv.id: lv.step_ids for lv in levels}, options=options, clues=clues,
                   sets={s.id: s.title for s in quick_sets}, items=items,
                   item_order={s.id: tuple(i.id for i in s.items) for s in quick_sets})

    @classmethod
    def installed(cls, levels: Iterable, levels_dir) -> "Labels":
        """Labels of these levels and of the item sets in `levels_dir`/quick that pass their checks."""
        from pathlib import Path

        from game.levels.quick import load_folder

        results = load_folder(Path(levels_dir) / "quick")
        return cls.of(levels, [r.item_set for r in results if r.item_set is not None])

    def answer_place(self, key: str) -> str:
        """What a booth's key of a question names (`level:step` or `quick:set:item`), as a person
        reads it: the level's title and the step, or the item's title; an unknown key stays itself."""
        head, _, rest = key.partition(":")
        if head == "quick":
            set_id, _, item_id = rest.partition(":")
            item = self.items.get((set_id, item_id))
            return item[0] if item else key
        step = self.steps.get((head, rest))
        return f"{self.levels.get(head, head)} · {step[1]}" if step else key


def _step_label(step) -> str:
    """What tells a teacher which moment this is: the situation, its panel's caption or screen.
    A decision's question is mostly the same (吴小清会怎么做？), and so is a hunt's (every hunt
    asks 有没有可疑的地方？, so that its words never say whether there is something to find); a story
    panel has none (a booth's visitor may leave at one)."""
    panel = step.panel
    if panel is None:
        return step.prompt
    return panel.caption or (panel.screen.title if panel.screen is not None else "") or step.prompt
