"""The level model: frozen records a loaded level is made of (no pygame here).

A level is a small directed graph of steps. Each step shows a comic panel and is
one of: a plain panel, a decision, a red-flag hunt, a branch on what leaked, or an
ending. The loader (`game.levels.loader`) builds these from YAML and checks them.

The records a level has many of (steps, screens, messages, options, actors, bubbles, ...)
are frozen dataclasses with an `__init__` of their own (`init=False`): it fills the instance's
dict in one call, where a frozen dataclass's sets each field through `object.__setattr__`,
several times slower. It takes the same arguments (tests/test_level_reading_fast.py holds it
to the fields), so the records are the same.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .leaks import LEAK_KINDS  # what a player can let out (game/levels/leaks.py)

FORMAT_VERSION = 1

Verdict = Literal["safe", "risky", "too_suspicious"]
VERDICTS: tuple[str, ...] = ("safe", "risky", "too_suspicious")
STEP_TYPES: tuple[str, ...] = ("panel", "decision", "redflags", "branch", "ending")
SCREEN_KINDS: tuple[str, ...] = ("web", "chat", "sms", "inbox", "call", "pay", "store", "trade", "feed", "mail")
# What a chat message can be; sms messages are always text.
MESSAGE_TYPES: tuple[str, ...] = ("text", "link", "transfer", "redpacket", "qr", "image")
# A chat avatar is a character's face (one with a `call` pose) or one of these plain colours.
AVATAR_COLOURS: tuple[str, ...] = ("blue", "teal", "pink", "green", "amber", "red", "purple", "grey")
PAYEE_KINDS: tuple[str, ...] = ("personal", "merchant")
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


@dataclass(frozen=True, init=False)
class Actor:
    character: str
    expression: str = "neutral"
    pose: str = "standing"
    position: str = "left"

    def __init__(self, character: str, expression: str = "neutral", pose: str = "standing",
                 position: str = "left") -> None:
        self.__dict__.update(character=character, expression=expression, pose=pose, position=position)


@dataclass(frozen=True, init=False)
class Bubble:
    speaker: str  # a character id, or "narrator" for a caption-like box
    text: str
    style: str = "say"

    def __init__(self, speaker: str, text: str, style: str = "say") -> None:
        self.__dict__.update(speaker=speaker, text=text, style=style)


@dataclass(frozen=True)
class FormField:
    id: str
    label: str
    fill: str = ""  # one of FILL_SOURCES: the persona's detail that goes in
    placeholder: str = ""


@dataclass(frozen=True, init=False)
class Message:
    """One message of a chat or SMS. Which fields matter depends on `type` (chat only)."""

    sender: str  # "them" or "me"
    text: str = ""  # text: the words; link: the card's short text
    type: str = "text"  # one of MESSAGE_TYPES
    name: str = ""  # group chat: the display name shown above it (`from:` in YAML)
    avatar: str = ""  # chat: a character id (its call face) or a colour word
    title: str = ""  # link: the card's title
    amount: str = ""  # transfer, redpacket: "¥200"
    caption: str = ""  # transfer (a note), redpacket, qr, image: the words on the card

    def __init__(self, sender: str, text: str = "", type: str = "text", name: str = "", avatar: str = "",
                 title: str = "", amount: str = "", caption: str = "") -> None:
        self.__dict__.update(sender=sender, text=text, type=type, name=name, avatar=avatar, title=title, amount=amount,
                             caption=caption)


@dataclass(frozen=True)
class Thread:
    """One row of an SMS/notification inbox."""

    sender: str  # `from:` in YAML: a number or a name
    text: str
    time: str = ""


@dataclass(frozen=True)
class Ad:
    """The ad card in a short-video feed."""

    title: str
    text: str = ""
    button: str = ""


@dataclass(frozen=True, init=False)
class Screen:
    """A simulated phone screen drawn by the engine from data.

    One record for every kind (SCREEN_KINDS); each kind uses some of the fields
    (the loader's SCREEN_KEYS say which; `levels/README.md` shows each kind):
    web page, chat (private or group), SMS, SMS/notification inbox, incoming
    voice/video call, payment page, app-store page, game trading page,
    short-video feed with an ad, in-game mail.
    """

    kind: str  # one of SCREEN_KINDS
    url: str = ""  # web: the address bar
    title: str = ""  # web: site; chat: contact/group; sms: sender number; inbox: app name;
    # call: caller name; pay: payee; store: app; trade: page; feed: account; mail: subject
    banner: str = ""
    body: tuple[str, ...] = ()  # web, pay, store, trade, mail: lines; feed: the video caption
    countdown: str = ""  # web, pay, trade
    fields: tuple[FormField, ...] = ()
    button: str = ""  # web, pay, store, trade, mail
    messages: tuple[Message, ...] = ()  # chat, sms
    filled: bool = False  # form fields show the persona's details (typed in)
    group: bool = False  # chat: a group chat (names above messages)
    threads: tuple[Thread, ...] = ()  # inbox
    number: str = ""  # call: the caller's number
    video: bool = False  # call: a video call (the caller's face in a window)
    caller: str = ""  # call: a character id drawn in its `call` pose
    expression: str = "neutral"  # call: the caller's expression
    prompt: str = ""  # call: a request card, e.g. a screen-sharing request
    accept: str = ""  # call: the answer button's label
    decline: str = ""  # call: the hang-up button's label
    payee_kind: str = ""  # pay: one of PAYEE_KINDS
    amount: str = ""  # pay
    qr: bool = False  # pay: shows a QR code to scan
    developer: str = ""  # store
    rating: str = ""  # store
    downloads: str = ""  # store
    item: str = ""  # trade
    price: str = ""  # trade
    seller: str = ""  # trade
    ad: Ad | None = None  # feed
    sender: str = ""  # mail: `from:` in YAML
    attachment: str = ""  # mail

    def __init__(self, kind: str, url: str = "", title: str = "", banner: str = "", body: tuple[str, ...] = (),
                 countdown: str = "", fields: tuple[FormField, ...] = (), button: str = "",
                 messages: tuple[Message, ...] = (), filled: bool = False, group: bool = False,
                 threads: tuple[Thread, ...] = (), number: str = "", video: bool = False, caller: str = "",
                 expression: str = "neutral", prompt: str = "", accept: str = "", decline: str = "",
                 payee_kind: str = "", amount: str = "", qr: bool = False, developer: str = "", rating: str = "",
                 downloads: str = "", item: str = "", price: str = "", seller: str = "", ad: Ad | None = None,
                 sender: str = "", attachment: str = "") -> None:
        self.__dict__.update(kind=kind, url=url, title=title, banner=banner, body=body, countdown=countdown,
                             fields=fields, button=button, messages=messages, filled=filled, group=group,
                             threads=threads, number=number, video=video, caller=caller, expression=expression,
                             prompt=prompt, accept=accept, decline=decline, payee_kind=payee_kind, amount=amount,
                             qr=qr, developer=developer, rating=rating, downloads=downloads, item=item, price=price,
                             seller=seller, ad=ad, sender=sender, attachment=attachment)


@dataclass(frozen=True, init=False)
class Panel:
    background: str
    caption: str = ""
    actors: tuple[Actor, ...] = ()
    bubbles: tuple[Bubble, ...] = ()
    screen: Screen | None = None

    def __init__(self, background: str, caption: str = "", actors: tuple[Actor, ...] = (),
                 bubbles: tuple[Bubble, ...] = (), screen: Screen | None = None) -> None:
        self.__dict__.update(background=background, caption=caption, actors=actors, bubbles=bubbles, screen=screen)


@dataclass(frozen=True)
class Clue:
    """A suspicious (or telling) detail on a panel, named by the part it sits on.

    `target` names a part of the simulated screen (`game.levels.parts` lists them:
    "url", "title", "field:<id>", "message:<n>", "amount" …) or is "rect" with
    `rect` giving x, y, w, h in the 1280x720 panel space.
    """

    id: str
    target: str
    text: str
    points: int = 5
    rect: tuple[int, int, int, int] | None = None


@dataclass(frozen=True, init=False)
class Feedback:
    text: tuple[str, ...]
    expression: str = "neutral"
    clues: tuple[str, ...] = ()

    def __init__(self, text: tuple[str, ...], expression: str = "neutral", clues: tuple[str, ...] = ()) -> None:
        self.__dict__.update(text=text, expression=expression, clues=clues)


@dataclass(frozen=True, init=False)
class Option:
    id: str
    label: str
    verdict: str  # one of VERDICTS
    feedback: Feedback
    next: str
    points: int = 0
    leaks: tuple[str, ...] = ()

    def __init__(self, id: str, label: str, verdict: str, feedback: Feedback, next: str, points: int = 0,
                 leaks: tuple[str, ...] = ()) -> None:
        self.__dict__.update(id=id, label=label, verdict=verdict, feedback=feedback, next=next, points=points,
                             leaks=leaks)

    @property
    def safe(self) -> bool:
        return self.verdict == "safe"


@dataclass(frozen=True)
class BranchCase:
    if_leaked: tuple[str, ...]  # any one of these having leaked takes this case
    next: str


@dataclass(frozen=True, init=False)
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

    def __init__(self, id: str, type: str, panel: Panel | None = None, next: str = "", prompt: str = "",
                 options: tuple[Option, ...] = (), clues: tuple[str, ...] = (), wrong_tap_cost: int = 1,
                 max_wrong: int = 3, points: int = 0, calm: tuple[str, ...] = (), cases: tuple[BranchCase, ...] = (),
                 otherwise: str = "", outcome: str = "", title: str = "", text: tuple[str, ...] = (),
                 panel_from: str = "") -> None:
        self.__dict__.update(id=id, type=type, panel=panel, next=next, prompt=prompt, options=options, clues=clues,
                             wrong_tap_cost=wrong_tap_cost, max_wrong=max_wrong, points=points, calm=calm, cases=cases,
                             otherwise=otherwise, outcome=outcome, title=title, text=text, panel_from=panel_from)

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

    @property
    def leak_kinds(self) -> tuple[str, ...]:
        """What can get out in this level (the leak meter shows these), in the standard order."""
        kinds = {k for s in self.steps for o in s.options for k in o.leaks}
        return tuple(k for k in LEAK_KINDS if k in kinds)

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"level {self.id!r} has no step {step_id!r}")

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)
