"""A canvas that only measures does nothing for what only paints: a laid-out block of text
is not measured again line by line, a QR code's modules are not worked out; with a layout
log attached, a block is still recorded."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.assets import Assets
from game.engine.dry import DryCanvas
from game.engine.layoutlog import LayoutLog
from game.engine.widths import widths_of
from game.ui.screens import kit

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def canvas():
    pygame.font.init()
    return DryCanvas(Assets(ROOT / "assets"))


def test_drawing_a_laid_out_block_measures_nothing(canvas, monkeypatch):
    block = canvas.layout("打开 yzbyr-fuli.top 领取 App", 120, 25)
    asked = []
    monkeypatch.setattr(widths_of(canvas.assets), "width", lambda *args: asked.append(args) or 0)
    canvas.text_block(block, (10, 10), (0, 0, 0), align="center", width=120)
    assert asked == []


def test_a_block_drawn_while_a_log_records_is_recorded(canvas):
    canvas.log = LayoutLog()
    block = canvas.layout("打开 App 领取", 300, 25)
    canvas.text_block(block, (10, 10), (0, 0, 0))
    assert [entry.source for entry in canvas.log.entries if entry.kind == "text"] == ["打开 App 领取"]


def test_a_qr_code_paints_its_white_card_and_nothing_else_when_only_measured(canvas, monkeypatch):
    boxes = []
    monkeypatch.setattr(canvas, "box", lambda *args, **kwargs: boxes.append(args))
    kit.qr_code(canvas, (0, 0, 116, 116), "seed")
    assert boxes == [((0, 0, 116, 116),)]
