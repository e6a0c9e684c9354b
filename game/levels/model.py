"""The level model: frozen records a loaded level is made of (no pygame here).

A level is a small directed graph of steps. Each step shows a comic panel and is
one of: a plain panel, a decision, a red-flag hunt, a branch on what leaked, or an
ending. The loader (`game.levels.loader`) builds these from YAML and checks them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FORMAT_VERSION = 1

# What a player can let out. Grouped into the two meters the player sees.
LEAK_KINDS: tuple[str, ...] = ("id_number", "address", "phone", "code", "payment")
INFO_LEAKS: frozenset[str] = frozenset({"id_number", "address", "phone", "code"})
MONEY_LEAKS: frozenset[str] = frozenset({"payment"})

Verdict = Literal["safe", "risky", "too_suspicious"]
VERDICTS: tuple[str, ...] = ("safe", "risky", "too_suspicious")
STEP_TYPES: tuple[str, ...] = ("panel", "decision", "redflags", "branch", "ending")
SCREEN_KINDS: tuple[str, ...] = ("web", "chat", "sms")
POSITIONS: tuple[str, ...] = ("left", "center", "right")
BUBBLE_STYLES: tuple[str, ...] = ("say", "think", "shout")
ENDING_OUTCOMES: tuple[str, ...] = ("safe", "consequence")
# Where a character's details come from when a form field is filled in.
FILL_SOURCES: tuple[str, ...] = ("name", "id_number", "address", "phone", "code")
# The guide who gives feedback (his expressions are the feedback expressions), and the
# bubble speaker for a caption-like box that belongs to no character.
GUIDE: str = "xiaolang"
NARRATOR: str = "narrator"


@dataclass(frozen=True)
class Persona:
    """The story character's fictional details, typed into simulated forms."""

    name: str
    id_number: str = ""
    address: str = ""
    phone: str = ""
    code: str = ""

    def value_of(self, source: str) -> str:
        return str(getattr(self, source))


@dataclass(frozen=True)
class Actor:
    character: str
    expression: str = "neutral"
    pose: str = "standing"
    position: str = "left"


@dataclass(frozen=True)
class Bubble:
    speaker: str  # a character id, or "narrator" for a caption-like box
    text: str
    style: str = "say"


@dataclass(frozen=True)
class FormField:
    id: str
    label: str
    fill: str = ""  # one of FILL_SOURCES: the persona's detail that goes in
    placeholder: str = ""


@dataclass(frozen=True)
class Message:
    sender: str  # "them" or "me"
    text: str


@dataclass(frozen=True)
class Screen:
    """A simulated phone screen drawn by the engine: a web page, a chat or an SMS list."""

    kind: str  # one of SCREEN_KINDS
    url: str = ""  # web: the address bar
    title: str = ""  # web: site name; chat: contact name; sms: sender number
    banner: str = ""
    body: tuple[str, ...] = ()
    countdown: str = ""
    fields: tuple[FormField, ...] = ()
    button: str = ""
    messages: tuple[Message, ...] = ()
    filled: bool = False  # form fields show the persona's details (typed in)


@dataclass(frozen=True)
class Panel:
    background: str
    caption: str = ""
    actors: tuple[Actor, ...] = ()
    bubbles: tuple[Bubble, ...] = ()
    screen: Screen | None = None


@dataclass(frozen=True)
class Clue:
    """A suspicious (or telling) detail on a panel, named by the part it sits on.

    `target` names a part of the simulated screen ("url", "banner", "countdown",
    "button", "title", "field:<id>", "body:<n>", "message:<n>") or is "rect" with
    `rect` giving x, y, w, h in the 1280x720 panel space.
    """

    id: str
    target: str
    text: str
    points: int = 5
    rect: tuple[int, int, int, int] | None = None


@dataclass(frozen=True)
class Feedback:
    text: tuple[str, ...]
    expression: str = "neutral"
    clues: tuple[str, ...] = ()


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    verdict: str  # one of VERDICTS
    feedback: Feedback
    next: str
    points: int = 0
    leaks: tuple[str, ...] = ()

    @property
    def safe(self) -> bool:
        return self.verdict == "safe"


@dataclass(frozen=True)
class BranchCase:
    if_leaked: tuple[str, ...]  # any one of these having leaked takes this case
    next: str


@dataclass(frozen=True)
class Step:
    """One step of a level. Which fields matter depends on `type`."""

    id: str
    type: str
    panel: Panel | None = None
    next: str = ""  # panel and redflags steps
    prompt: str = ""  # decision and redflags steps
    options: tuple[Option, ...] = ()  # decision
    clues: tuple[str, ...] = ()  # redflags: the clue ids to find
    wrong_tap_cost: int = 1  # redflags: the least an innocent tap costs (scoring may ask more)
    max_wrong: int = 3  # redflags: after this many innocent taps the hunt ends
    points: int = 0  # redflags with no clues: earned for seeing there is nothing suspicious
    calm: tuple[str, ...] = ()  # redflags with no clues: 锡小朗's words on why the screen is fine
    cases: tuple[BranchCase, ...] = ()  # branch
    otherwise: str = ""  # branch
    outcome: str = ""  # ending: "safe" or "consequence"
    title: str = ""  # ending
    text: tuple[str, ...] = ()  # ending narration
    panel_from: str = ""  # set when `panel: <step id>` shows that step's panel again

    def option(self, option_id: str) -> Option:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        raise KeyError(f"step {self.id!r} has no option {option_id!r}")


@dataclass(frozen=True)
class Level:
    id: str
    title: str
    fraud_type: str
    source: tuple[str, ...]
    difficulty: int
    summary: str
    rule: str
    persona: Persona
    clues: dict[str, Clue]
    steps: tuple[Step, ...]
    start: str
    harms: dict[str, str] = field(default_factory=dict)
    path: str = ""

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"level {self.id!r} has no step {step_id!r}")

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)
