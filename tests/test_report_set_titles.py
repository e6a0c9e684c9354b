"""The printable report names the 真还是假 item sets as a teacher knows them (第一组, 第二组), by the
titles in their files (levels/quick/), not by their ids (set-a, set-b); a set whose file is
not here keeps its id."""
from __future__ import annotations

import re

from game.classroom import page
from game.classroom.report import Labels, build, tally
from game.locale import Locale

from conftest import REPO, run_python

DAY = "2026-11-26"
T = Locale.load(REPO / "assets" / "locale" / "zh_CN.yaml")


def quick(set_id, item, answer, genuine):
    verdict = "safe" if (answer == "real") == genuine else ("too_suspicious" if genuine else "risky")
    return {"date": DAY, "kind": "quick", "set": set_id, "item": item, "answer": answer, "verdict": verdict}


def answers(set_id: str) -> list[dict]:
    return [quick(set_id, "f1", "fake", False), quick(set_id, "f2", "real", False),
            quick(set_id, "g1", "real", True), quick(set_id, "g2", "fake", True)]


def shown_text(html: str) -> str:
    """The page's words as a reader sees them: tags and attributes left out."""
    return re.sub(r"<[^>]*>", " ", html)


def test_the_page_names_the_before_and_after_sets_by_their_titles():
    labels = Labels.installed([], REPO / "levels")
    assert (labels.sets.get("set-a"), labels.sets.get("set-b")) == ("第一组", "第二组")
    report = build(tally(answers("set-a") + answers("set-b")), labels)
    words = shown_text(page.html_page(report, T))
    assert "第一组" in words and "第二组" in words
    assert "set-a" not in words and "set-b" not in words


def test_a_set_not_installed_here_keeps_its_id():
    report = build(tally(answers("set-a") + answers("my-set")), Labels.installed([], REPO / "levels"))
    assert report.set_title("my-set") == "my-set" and report.set_title("set-a") == "第一组"
    assert "my-set" in shown_text(page.html_page(report, T))


def test_the_report_command_writes_a_page_with_the_sets_titles(tmp_path):
    home = tmp_path / "home"
    for set_id in ("set-a", "set-b"):
        result = run_python(["-m", "game", "autoplay", "quick", "--policy", "safe", "--set", set_id,
                             "--home", str(home)], home)
        assert result.returncode == 0, result.stderr
    result = run_python(["-m", "game", "report", "--home", str(home), "--html", str(tmp_path / "r.html")], home)
    assert result.returncode == 0, result.stderr
    words = shown_text((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "第一组" in words and "第二组" in words and "set-a" not in words
