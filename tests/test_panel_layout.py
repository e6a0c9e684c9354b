"""The engine lays out panels: text that does not fit is reported, not silently lost."""
from __future__ import annotations

import pygame

from game.engine.canvas import Canvas
from game.levels.model import Actor, Bubble, FormField, Panel, Persona, Screen
from game.ui.panel import draw_panel

PERSONA = Persona(name="x", id_number="320213201305120427", address="无锡市梁溪区锡朗路88号", phone="123 4567 8901")


def layout_of(app, panel: Panel):
    surface = pygame.Surface((1280, 720))
    return draw_panel(Canvas(surface, app.assets, 1.0), panel, PERSONA, app.characters)


def web(**fields) -> Screen:
    return Screen(kind="web", url="yzbyr-fuli.top/a", **fields)


def test_a_short_panel_fits(app):
    panel = Panel(background="bedroom_night", caption="周末晚上。",
                  actors=(Actor("xiaoqing", "happy", "phone"),),
                  bubbles=(Bubble("xiaoqing", "哇！"),), screen=web(banner="免费送玩具！"))
    assert layout_of(app, panel).fits


def test_a_banner_too_long_for_the_phone_is_reported(app):
    panel = Panel(background="bedroom_night", screen=web(banner="免费" * 30))
    layout = layout_of(app, panel)
    assert not layout.fits and "screen.banner" in layout.overflows


def test_a_page_with_more_than_the_phone_holds_is_reported(app):
    fields = tuple(FormField(f"f{i}", "身份证号", "id_number") for i in range(9))
    panel = Panel(background="bedroom_night", screen=web(banner="领取", fields=fields, filled=True))
    layout = layout_of(app, panel)
    assert "screen (too much content for the phone)" in layout.overflows


def test_every_named_part_of_a_web_page_gets_a_place_for_clues(app):
    screen = web(title="福利站", banner="免费", body=("一", "二"), countdown="09:59",
                 fields=(FormField("phone", "电话", "phone"),), button="领取")
    parts = layout_of(app, Panel(background="bedroom_night", screen=screen)).parts
    assert {"url", "title", "banner", "body:0", "body:1", "countdown", "field:phone", "button"} <= set(parts)
