"""The caches of rendered art, text and fonts stay within their bounds over a long session
(a booth runs for days: a cache bounded only by count could hold hundreds of megabytes)."""
from __future__ import annotations

import pygame

from game.engine.assets import _LRU


def surface(w: int, h: int) -> pygame.Surface:
    return pygame.Surface((w, h), pygame.SRCALPHA)  # 4 bytes a pixel


def test_a_byte_budget_drops_the_least_recently_used_pictures_first():
    cache = _LRU(limit=100, budget=3 * 100 * 100 * 4)
    for name in "abc":
        cache.get_or(name, lambda: surface(100, 100))
    cache.get_or("a", lambda: surface(1, 1))  # used again: now the most recent
    cache.get_or("d", lambda: surface(100, 100))
    assert list(cache) == ["c", "a", "d"]
    assert cache.bytes == 3 * 100 * 100 * 4


def test_a_picture_larger_than_the_whole_budget_is_still_kept_while_it_is_the_newest():
    cache = _LRU(limit=10, budget=100)
    big = cache.get_or("big", lambda: surface(50, 50))
    assert cache["big"] is big and cache.bytes == 50 * 50 * 4


def test_pictures_inside_a_kept_value_count_however_deep_they_sit():
    cache = _LRU(limit=10, budget=10**9)
    patches = {(0, 0, 4, 4): (surface(4, 4), (0, 0))}
    cache.get_or("veiled", lambda: ("panel", surface(10, 10), (0, 0), "layout", patches))
    cache.get_or("strips", lambda: [(surface(2, 10), (8, 0)), (surface(8, 2), (0, 8))])
    assert cache.bytes == (10 * 10 + 4 * 4 + 2 * 10 + 8 * 2) * 4


def test_the_count_limit_still_holds_for_what_has_no_pixels():
    cache = _LRU(limit=2)
    for key in range(5):
        cache.get_or(key, lambda key=key: str(key))
    assert list(cache) == [3, 4] and cache.bytes == 0


def test_every_size_of_a_weight_comes_from_one_open_face_and_draws_as_a_face_of_that_size():
    from pathlib import Path

    from game.engine.assets import FONT_FILES, Assets

    pygame.font.init()
    root = Path(__file__).resolve().parents[1] / "assets"
    assets = Assets(root)
    faces = {id(assets.font(size, bold)) for size in range(8, 80, 3) for bold in (False, True)}
    assert len(faces) == 2  # one regular, one bold, however many sizes a session uses
    for size in (11, 27, 48):
        fresh = pygame.font.Font(str(root / "fonts" / FONT_FILES[True]), size)
        ours = assets.text("你好，锡小朗 OK 96110", size, (0, 0, 0), bold=True)
        theirs = fresh.render("你好，锡小朗 OK 96110", True, (0, 0, 0))
        assert ours.get_size() == theirs.get_size()
        assert pygame.image.tobytes(ours, "RGBA") == pygame.image.tobytes(theirs, "RGBA")


def test_room_is_made_before_a_new_picture_so_the_budget_is_never_exceeded_while_it_is_made():
    cache = _LRU(limit=10, budget=3 * 100 * 100 * 4)
    for name in "abc":
        cache.get_or(name, lambda: surface(100, 100))
    cache.make_room(100 * 100 * 4)
    assert list(cache) == ["b", "c"]  # the oldest went first
    cache.get_or("d", lambda: surface(100, 100))
    assert list(cache) == ["b", "c", "d"] and cache.bytes == 3 * 100 * 100 * 4


def test_a_value_can_be_dropped_and_its_bytes_leave_the_count():
    cache = _LRU(limit=10, budget=10**9)
    cache.get_or("a", lambda: (object(), surface(10, 10)))  # a picture kept with what it shows
    assert cache.bytes == 10 * 10 * 4
    cache.drop("a")
    cache.drop("never there")
    assert not cache and cache.bytes == 0


def test_on_linux_big_pixel_buffers_go_back_to_the_system_once_freed():
    import sys

    import pytest

    from game.engine import heap

    if not sys.platform.startswith("linux"):
        pytest.skip("glibc only: Windows gives big freed buffers back by itself")

    def rss_mb() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096 / 2**20

    assert heap.return_big_buffers() is True
    before = rss_mb()
    pictures = [pygame.Surface((1400, 800)) for _ in range(12)]  # 12 panels at 1080p: 54 MB
    for picture in pictures:
        picture.fill((1, 2, 3))
    assert rss_mb() - before > 40
    del pictures, picture
    assert rss_mb() - before < 8
