"""A shutdown or a service manager's stop (SIGTERM) ends the game at once, saving what waits.

SDL turned the signal into a window-close request: a classroom game asked 要退出游戏吗？ of
nobody, and a booth ignored it, so a shutdown had to wait and then kill it."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO, headless_env


def started(process: subprocess.Popen, marker, timeout: float = 60) -> None:
    """Wait until the game has drawn its first screen and loaded its levels behind it."""
    end = time.monotonic() + timeout
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < end, "the game did not start"
        time.sleep(0.1)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("mode", [[], ["--kiosk"]], ids=["classroom", "kiosk"])
def test_sigterm_ends_the_game_without_asking(mode, tmp_path):
    env = headless_env(tmp_path / "home")
    env["XIAOLANG_CACHE"] = str(tmp_path / "cache")  # (its level verdicts are written once the levels load)
    process = subprocess.Popen([sys.executable, "main.py", *mode], cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        started(process, tmp_path / "cache" / "level-verdicts.json")
        time.sleep(0.5)  # (a booth reads its levels while it starts, a moment before it runs)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0, err
