"""Building a step's panel from YAML: the background, actors, bubbles and the simulated screen.

`PanelBuilder` reads one `panel:` mapping into a `Panel` record, reporting every
problem through the loader's `NodeReader`. The screen's keys depend on its kind
(`SCREEN_KEYS`); a key that belongs to another kind is named as such, so an author
who writes `url:` on a chat screen learns where `url` belongs. The format is in
`levels/README.md`, "Simulated screens".
"""
from __future__ import annotations

from functools import lru_cache, partial

import yaml

from .model import (BUBBLE_STYLES, FILL_SOURCES, MESSAGE_TYPES, PAYEE_KINDS, POSITIONS,
                    SCREEN_KINDS, Actor, Ad, Bubble, FormField, Message, Panel, Screen, Thread)
from .nodes import Node, NodeReader, index, join

SENDERS = ("them", "me")

# The keys each kind of screen takes, and the ones it must have.
SCREEN_KEYS: dict[str, tuple[str, ...]] = {
    "web": ("kind", "title", "url", "banner", "body", "countdown", "fields", "button", "filled"),
    "chat": ("kind", "title", "group", "messages"),
    "sms": ("kind", "title", "messages"),
    "inbox": ("kind", "title", "threads"),
    "call": ("kind", "title", "number", "video", "caller", "expression", "prompt", "accept", "decline"),
    "pay": ("kind", "title", "payee_kind", "amount", "countdown", "body", "qr", "button"),
    "store": ("kind", "title", "developer", "rating", "downloads", "body", "button"),
    "trade": ("kind", "title", "item", "price", "seller", "body", "countdown", "button"),
    "feed": ("kind", "title", "body", "ad"),
    "mail": ("kind", "title", "from", "body", "attachment", "button"),
}
SCREEN_REQUIRED: dict[str, tuple[str, ...]] = {
    "inbox": ("threads",), "call": ("title", "accept", "decline"), "pay": ("title", "payee_kind", "amount"),
    "store": ("title", "developer", "button"), "trade": ("item", "price", "seller"), "feed": ("title", "ad"),
    "mail": ("title", "from", "body"),
}
ALL_SCREEN_KEYS = tuple(dict.fromkeys(k for keys in SCREEN_KEYS.values() for k in keys))

# The keys of a chat message by its type (sms messages take only sender and text).
MESSAGE_KEYS: dict[str, tuple[str, ...]] = {
    "text": ("text",), "link": ("title", "text"), "transfer": ("amount", "caption"),
    "redpacket": ("amount", "caption"), "qr": ("caption",), "image": ("caption",),
}
MESSAGE_REQUIRED: dict[str, tuple[str, ...]] = {
    "text": ("text",), "link": ("title",), "transfer": ("amount",), "redpacket": ("amount", "caption"),
    "qr": ("caption",), "image": ("caption",),
}
MESSAGE_COMMON = ("sender", "type", "from", "avatar")
ALL_MESSAGE_KEYS = MESSAGE_COMMON + tuple(dict.fromkeys(k for keys in MESSAGE_KEYS.values() for k in keys))

# How long each text may be (字), where the screen shows it.
LIMITS = {"url": 40, "title": 20, "banner": 16, "body": 24, "countdown": 16, "button": 8, "number": 20,
          "prompt": 24, "accept": 6, "decline": 6, "amount": 12, "developer": 20, "rating": 8,
          "downloads": 12, "item": 24, "price": 12, "seller": 16, "from": 16, "attachment": 20}


def _kinds_list(kinds: list[str]) -> str:
    return kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]


@lru_cache(maxsize=32)  # (kind is one of SCREEN_KINDS or ""; callers only read the result)
def misplaced_screen_keys(kind: str) -> dict[str, str]:
    """For each key another kind of screen takes: where it belongs."""
    out = {}
    for key in ALL_SCREEN_KEYS:
        if key not in SCREEN_KEYS.get(kind, ALL_SCREEN_KEYS):
            owners = [k for k, keys in SCREEN_KEYS.items() if key in keys]
            out[key] = f"'{key}' is only for {_kinds_list(owners)} screens"
    return out


@lru_cache(maxsize=32)  # (mtype is one of MESSAGE_TYPES, or "" for a message outside a chat)
def _misplaced_message_keys(mtype: str) -> dict[str, str]:
    """For each key a message of this type does not take: where it belongs."""
    if not mtype:
        return {k: f"'{k}' is only for chat messages" for k in ALL_MESSAGE_KEYS if k not in ("sender", "text")}
    allowed = MESSAGE_COMMON + MESSAGE_KEYS[mtype]
    misplaced = {}
    for key in ALL_MESSAGE_KEYS:
        if key not in allowed:
            owners = [t for t, keys in MESSAGE_KEYS.items() if key in keys]
            misplaced[key] = f"'{key}' is only for {_kinds_list(owners)} messages (this one is {mtype})"
    return misplaced


def unique(reader: NodeReader, ids: list[str], path: str, what: str, scope: str) -> None:
    """Report each id already used by an earlier entry of the list at `path`."""
    for i, value in enumerate(ids):
        if value and value in ids[:i]:
            where = join(index(path, i), "id")
            reader.report(reader.positions.get(where, (1, 1)), where, f"{what} '{value}' is used twice {scope}")


def _value_of(node: Node, key: str) -> Node | None:
    """The value of `key` in a mapping node (its first), or None."""
    if node.__class__ is yaml.MappingNode or isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:  # (a key that is a list or a mapping has a list as its value: never equal)
                return v
    return None


class PanelBuilder:
    """Builds Panel records (and their screens) from nodes, reporting through a NodeReader."""

    def __init__(self, reader: NodeReader):
        self.r = reader

    def panel(self, node: Node, path: str) -> Panel:
        r = self.r
        f = r.fields(node, path, ("background", "caption", "actors", "bubbles", "screen"), ("background",))
        return Panel(
            background=f.ident("background"),
            caption=f.text("caption", 40),
            actors=tuple(self.actor(n, q) for q, n in f.list("actors", 0, 3, "actors")),
            bubbles=tuple(self.bubble(n, q) for q, n in f.list("bubbles")),
            screen=self.screen(f["screen"], f.paths["screen"]) if "screen" in f else None,
        )

    def actor(self, node: Node, path: str) -> Actor:
        f = self.r.fields(node, path, ("character", "pose", "expression", "position"), ("character",))
        return Actor(f.ident("character"), f.ident("expression") or "neutral", f.ident("pose") or "standing",
                     f.choice("position", POSITIONS, "left"))

    def bubble(self, node: Node, path: str) -> Bubble:
        f = self.r.fields(node, path, ("speaker", "text", "style"), ("speaker", "text"))
        return Bubble(f.ident("speaker"), f.text("text", 40), f.choice("style", BUBBLE_STYLES, "say"))

    # -- the simulated screen ------------------------------------------------------------

    def screen(self, node: Node, path: str) -> Screen:
        r = self.r
        kind_node = _value_of(node, "kind")
        kind = r.choice(kind_node, join(path, "kind"), SCREEN_KINDS) if kind_node is not None else ""
        allowed = SCREEN_KEYS.get(kind, ALL_SCREEN_KEYS)
        f = r.fields(node, path, allowed, ("kind",) + SCREEN_REQUIRED.get(kind, ()),
                     partial(misplaced_screen_keys, kind))
        text = f.text
        fields = tuple(self.form_field(n, p) for p, n in f.list("fields", 0, 4, "fields"))
        if fields:
            unique(r, [ff.id for ff in fields], f.paths["fields"], "field id", "in this form")
        messages = f.list("messages", 0, 5, "messages")
        threads = f.list("threads", 1, 5, "threads")
        built = tuple(self.message(n, p, kind) for p, n in messages)
        if kind == "chat" and not f.flag("group"):
            for (p, _), message in zip(messages, built):
                if message.name:
                    r.report(r.positions.get(join(p, "from"), (1, 1)), join(p, "from"),
                             "'from' names who speaks in a group chat; add group: true to the screen, "
                             "or leave it out (a private chat's title is the contact)")
        return Screen(
            kind=kind, url=text("url", LIMITS["url"]), title=text("title", LIMITS["title"]),
            banner=text("banner", LIMITS["banner"]), body=f.texts("body", 0, 4, LIMITS["body"], "lines"),
            countdown=text("countdown", LIMITS["countdown"]), fields=fields, button=text("button", LIMITS["button"]),
            messages=built, filled=f.flag("filled"), group=f.flag("group"),
            threads=tuple(self.thread(n, p) for p, n in threads),
            number=text("number", LIMITS["number"]), video=f.flag("video"),
            caller=f.ident("caller"),
            expression=f.ident("expression") or "neutral",
            prompt=text("prompt", LIMITS["prompt"]), accept=text("accept", LIMITS["accept"]),
            decline=text("decline", LIMITS["decline"]),
            payee_kind=f.choice("payee_kind", PAYEE_KINDS),
            amount=text("amount", LIMITS["amount"]), qr=f.flag("qr"),
            developer=text("developer", LIMITS["developer"]), rating=text("rating", LIMITS["rating"]),
            downloads=text("downloads", LIMITS["downloads"]),
            item=text("item", LIMITS["item"]), price=text("price", LIMITS["price"]),
            seller=text("seller", LIMITS["seller"]),
            ad=self.ad(f["ad"], f.paths["ad"]) if "ad" in f else None,
            sender=text("from", LIMITS["from"]), attachment=text("attachment", LIMITS["attachment"]),
        )

    def form_field(self, node: Node, path: str) -> FormField:
        f = self.r.fields(node, path, ("id", "label", "fill", "placeholder"), ("id", "label"))
        return FormField(f.ident("id"), f.text("label", 6), f.choice("fill", FILL_SOURCES), f.text("placeholder", 16))

    def message(self, node: Node, path: str, kind: str) -> Message:
        r = self.r
        if kind != "chat":
            f = r.fields(node, path, ("sender", "text"), ("sender", "text"), partial(_misplaced_message_keys, ""))
            return Message(f.choice("sender", SENDERS, "them"), f.text("text", 30))
        type_node = _value_of(node, "type")
        mtype = r.choice(type_node, join(path, "type"), MESSAGE_TYPES, "text") if type_node is not None else "text"
        allowed = MESSAGE_COMMON + MESSAGE_KEYS[mtype]
        f = r.fields(node, path, allowed, ("sender",) + MESSAGE_REQUIRED[mtype],
                     partial(_misplaced_message_keys, mtype))
        return Message(
            sender=f.choice("sender", SENDERS, "them"),
            text=f.text("text", 30 if mtype == "text" else 20), type=mtype,
            name=f.text("from", 12),
            avatar=f.ident("avatar"),
            title=f.text("title", 20), amount=f.text("amount", 12),
            caption=f.text("caption", 16),
        )

    def thread(self, node: Node, path: str) -> Thread:
        f = self.r.fields(node, path, ("from", "text", "time"), ("from", "text"))
        return Thread(f.text("from", 16), f.text("text", 30), f.text("time", 8))

    def ad(self, node: Node, path: str) -> Ad:
        f = self.r.fields(node, path, ("title", "text", "button"), ("title",))
        return Ad(f.text("title", 16), f.text("text", 30), f.text("button", 6))
