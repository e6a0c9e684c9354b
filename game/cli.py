"""The command line: `python main.py [options]` and `python -m game COMMAND`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from game.app import ROOT, Settings
from game.classroom.settings import LANGUAGES


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x720, not {text!r}") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"size {text} is outside 320x240 .. 7680x4320")
    return w, h


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-26, not {text!r}") from None


def game_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Xiaolang anti-fraud comic game: play it.")
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen (F11 toggles)")
    parser.add_argument("--size", type=_size, default=(1280, 720), help="window size, e.g. 1920x1080")
    parser.add_argument("--frames", type=int, default=None, metavar="N",
                        help="run N frames, then exit (smoke tests, benchmarks)")
    parser.add_argument("--reduced-motion", action="store_true", help="cuts instead of fades and typing")
    parser.add_argument("--levels", type=Path, action="append", default=[], metavar="DIR",
                        help="a level pack (a folder of level files) to play beside the game's own; "
                             "may be given several times")
    parser.add_argument("--kiosk", action="store_true",
                        help="exhibition booth mode: fullscreen, locked in, a fresh start for every visitor")
    parser.add_argument("--kiosk-config", type=Path, default=None, metavar="FILE",
                        help="the booth's settings (default: kiosk.yaml in the data folder); "
                             "`kiosk: true` there starts kiosk mode without --kiosk")
    add_classroom_options(parser)
    return parser


def add_classroom_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lesson", default=None, metavar="FILE",
                        help="a lesson file: which levels and quick rounds, in what order (a path, or a name in "
                             "levels/lessons/, e.g. default)")
    parser.add_argument("--lang", default=None, choices=LANGUAGES,
                        help="the language for this run (default: the one chosen in the settings; zh_CN at first)")


def kiosk_settings(flag: bool, path: Path | None, home: Path | None = None):
    """The kiosk config when kiosk mode is on (by flag or by the config file), else None."""
    from dataclasses import replace

    from game.kiosk.config import FILE_NAME, load_config
    from game.play.storage import data_dir

    config, problems = load_config(path or (home or data_dir()) / FILE_NAME)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    # (kept with the config: the game logs them, and the operator's screen counts them)
    return replace(config, problems=tuple(problems)) if (flag or config.kiosk) else None


def run_game(argv: list[str] | None = None) -> int:
    args = game_parser().parse_args(argv)
    import pygame

    from game.app import App

    kiosk = kiosk_settings(args.kiosk, args.kiosk_config)
    settings = Settings(size=args.size, fullscreen=args.fullscreen or kiosk is not None,
                        reduced_motion=args.reduced_motion, packs=tuple(args.levels), kiosk=kiosk,
                        lang=args.lang, lesson=args.lesson, profiles=kiosk is None)
    try:
        app = App(settings)
    except pygame.error as error:
        print(f"error: the game could not open its window ({error}). Is a display attached?", file=sys.stderr)
        return 1
    except (OSError, FileNotFoundError) as error:
        print(f"error: a game file could not be read ({error}). Reinstall the game.", file=sys.stderr)
        return 1
    stop_on_terminate(app)  # (after the window opened: SDL sets its own handler then)
    for warning in app.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    # (started without a console, nothing else shows them)
    app.log_warnings(app.warnings + list(kiosk.problems if kiosk is not None else ()))
    app.routes.go(app.first_route())  # the seat picker in a classroom, unless the lesson says not to
    from game.engine import words

    words.warm_up(delay=1.0)  # the word list loads a moment after the title shows, not before it
    try:
        app.run(max_frames=args.frames, recover=True)
    except Exception as error:  # noqa: BLE001 - a person reads this, not a traceback
        print(f"error: the game stopped: {type(error).__name__}: {error}; details in {app.crash_log}",
              file=sys.stderr)
        return 1
    finally:
        app.player.save()  # anything a failed save still holds gets one more try
        pygame.quit()
    return 0


def stop_on_terminate(app) -> None:
    """A shutdown or a service manager's stop (SIGTERM) ends the game as 退出 does, saving what
    waits, without asking: nobody is there to answer (SDL would turn it into a window-close
    request, which a classroom asks about and a booth ignores)."""
    import signal

    def stop(signum, frame) -> None:  # noqa: ARG001 - the signal module's signature
        app.running = False

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, stop)


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m game", description="Tools for level authors and tests.")
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check level files; exit 1 if any problem")
    v.add_argument("paths", nargs="*", default=["levels"])
    v.add_argument("--lang", default=None, metavar="LANG",
                   help="check the levels and quick rounds as read in this language (their translations beside "
                        "them, e.g. 01_prize_toy.en.yaml), with its words measured in the real font")
    v.add_argument("--stats", action="store_true",
                   help="print each level's numbers (decisions fraud/genuine, options, clues, Chinese "
                        "characters read on the shortest and longest path, minutes) and the set's genuine share "
                        "as JSON")
    a = sub.add_parser("autoplay", help="play a level headless and print the result as JSON")
    a.add_argument("level", help="level id, file, its number (01), 'review' for the notebook review, "
                                 "or 'quick' for the quick round (safe, risky or random)")
    a.add_argument("--policy", choices=("safe", "risky", "random", "tap-all"), default="safe")
    a.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="the date the notebook records (default: today)")
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--home", type=Path, default=None, help="notebook folder (default: a temporary one)")
    a.add_argument("--limit", type=int, default=None, metavar="N", help="quick: a run of N items")
    s = sub.add_parser("screenshot", help="a PNG of every step and feedback of a level")
    s.add_argument("level", help="level id, file, its number (01), or 'quick' for the quick round")
    s.add_argument("--step", default=None, help="only this step")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--size", type=_size, default=(1280, 720))
    s.add_argument("--menus", action="store_true", help="also the title, level list and pause screens")
    s.add_argument("--layout", action="store_true",
                   help="beside each PNG, a JSON of every text, box, callout and character drawn, in screen "
                        "pixels, and print what breaks the layout rules (see README: The layout check)")
    for parser_ in (a, s):
        parser_.add_argument("--set", dest="quick_set", default=None, metavar="ID",
                             help="quick: the item set (default: the first in levels/quick/)")
        parser_.add_argument("--lang", default=None, choices=LANGUAGES,
                             help="the language to play or show the level in (its translation beside it)")
    sub.add_parser("bench", help="start-up, frame cost, idle CPU, memory and validate speed against a bare "
                                 "pygame-ce script; exit 1 on a missed target")
    k = sub.add_parser("soak", help="play many sessions back to back through the real screens; JSON report")
    k.add_argument("--sessions", type=int, default=100)
    k.add_argument("--kiosk", action="store_true", help="booth sessions (attract, runs, walking away)")
    k.add_argument("--seed", type=int, default=0)
    k.add_argument("--home", type=Path, default=None, help="data folder (default: a temporary one)")
    r = sub.add_parser("report", help="the teacher's report: per level, decision and quick-round item, and "
                                     "before/after with d'; CSV (--out) and a printable page (--html)")
    from game.report_cli import add_arguments as report_arguments

    report_arguments(r)
    d = sub.add_parser("drive", help="run the real game headless through a script of actions",
                       description="Actions: tap:LABEL, double:LABEL, key:NAME, idle:SECONDS, shot:FILE.png. "
                                   "Prints one JSON line per action; exits 1 when an action cannot be done.")
    d.add_argument("actions", nargs="*", metavar="ACTION")
    d.add_argument("--size", type=_size, default=(1280, 720))
    d.add_argument("--home", type=Path, default=None, help="data folder (default: a temporary one)")
    d.add_argument("--levels", type=Path, action="append", default=[], metavar="DIR",
                   help="a level pack to play beside the game's own (may be given several times)")
    d.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD")
    d.add_argument("--kiosk", action="store_true", help="drive the booth mode")
    d.add_argument("--motion", action="store_true",
                   help="animations as a player has them (default: reduced motion, which the settings "
                        "screen then shows on)")
    d.add_argument("--kiosk-config", type=Path, default=None, metavar="FILE")
    add_classroom_options(d)
    tr = sub.add_parser("translate", help="list the texts of a level or quick-round set that its translation "
                                          "leaves out, as lines to paste into the translation file, and the "
                                          "translated_from: line for the level as it is now")
    tr.add_argument("file", type=Path, help="the level or item-set file (not the translation)")
    tr.add_argument("--lang", required=True, metavar="LANG", help="the language, e.g. en")
    tr.add_argument("--all", action="store_true",
                    help="every text, with its translation and the Chinese beside it (to check after a change)")
    co = sub.add_parser("covers", help="a contact sheet of every level's cover (number, title, fraud type) as one PNG")
    co.add_argument("--out", type=Path, default=Path("docs/covers.png"))
    co.add_argument("--lang", default=None, choices=LANGUAGES, help="the language of the titles (default: zh_CN)")
    le = sub.add_parser("lesson", help="check a lesson file against the installed levels; print its steps")
    le.add_argument("file", help="a lesson file, or a name in levels/lessons/ (default)")
    le.add_argument("--levels", type=Path, action="append", default=[], metavar="DIR",
                    help="a level pack the lesson uses beside the game's own")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = command_parser().parse_args(argv)
    if args.command == "validate":
        from game.levels.validate import run

        if args.lang:
            return run(args.paths, extra_check=_fit_checker(args.lang), stats=args.stats,
                       quick_check=_quick_fit_checker(args.lang), lang=args.lang)
        return run(args.paths, extra_check=_fit_checker(), stats=args.stats, quick_check=_quick_fit_checker())
    if args.command == "translate":
        from game.levels.translate import report_missing

        return report_missing(args.file, args.lang, args.all)
    if args.command == "lesson":
        from game.classroom.lesson import report

        return report(args.file, ROOT / "levels", ROOT / "assets", tuple(args.levels))
    if args.command == "report":
        from game.report_cli import run as report

        return report(args)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    if args.command == "bench":
        from game.bench import run as bench

        with tempfile.TemporaryDirectory(prefix="xiaolang-bench-") as scratch:
            return bench(Path(scratch))
    with tempfile.TemporaryDirectory(prefix="xiaolang-") as scratch:
        home = getattr(args, "home", None) or Path(scratch)
        size = getattr(args, "size", (1280, 720))
        if args.command == "soak":
            from game.soak import main as soak

            return soak(args.sessions, args.kiosk, home, args.seed)
        if args.command == "drive":
            from game.app import App
            from game.drive import run as drive

            settings = Settings(size=size, reduced_motion=not args.motion, home=home, packs=tuple(args.levels),
                                today=args.today, seed=0,
                                kiosk=kiosk_settings(args.kiosk, args.kiosk_config, home),
                                lang=args.lang, lesson=args.lesson)
            return drive(App(settings, headless=True), args.actions)
        if args.command == "covers":
            from game.app import App
            from game.ui.cover import write_contact_sheet

            return write_contact_sheet(App(Settings(reduced_motion=True, home=home, lang=args.lang), headless=True),
                                       args.out)
        reviewing = args.command == "autoplay" and args.level == "review"
        quick = args.level == "quick"
        level_path, levels_dir = (None, ROOT / "levels") if reviewing or quick else _level_source(args.level)
        if levels_dir is None:
            return 1
        from game.app import App

        settings = Settings(size=size, reduced_motion=True, home=home, levels_dir=levels_dir,
                            today=getattr(args, "today", None), seed=getattr(args, "seed", 0), lang=args.lang)
        app = App(settings, headless=True)
        if quick:
            return _quick(app, args)
        if reviewing:
            from game.autoplay import review

            print(json.dumps(review(app, args.policy, args.seed), ensure_ascii=False))
            return 0
        level = _find_level(app, args.level, level_path)
        if level is None:
            return 1
        if args.command == "autoplay":
            from game.autoplay import play

            print(json.dumps(play(app, level, args.policy, args.seed), ensure_ascii=False))
            return 0
        from game.screenshot import shoot_level, shoot_menus

        written = shoot_level(app, level, args.out, args.step, layout=args.layout)
        if args.menus:
            written += shoot_menus(app, args.out, layout=args.layout)
        print(f"wrote {len(written)} PNG files to {args.out}")
        if args.layout:
            from game.screenshot import report_layouts

            return 1 if report_layouts(written) else (0 if written else 1)
        return 0 if written else 1


def _quick(app, args) -> int:
    """autoplay quick / screenshot quick: the 真还是假 round, headless."""
    if args.command == "screenshot":
        from game.screenshot import shoot_quick

        written = shoot_quick(app, args.out, args.quick_set, layout=args.layout)
        print(f"wrote {len(written)} PNG files to {args.out}")
        if args.layout:
            from game.screenshot import report_layouts

            return 1 if report_layouts(written) else (0 if written else 1)
        return 0 if written else 1
    from game.autoplay import QUICK_POLICIES, play_quick

    if args.policy not in QUICK_POLICIES:
        print(f"error: the quick round plays with --policy {', '.join(QUICK_POLICIES)}, not {args.policy}",
              file=sys.stderr)
        return 1
    result = play_quick(app, args.policy, args.seed, args.quick_set, args.limit)
    if result is None:
        print("error: no quick-round item set to play; run: python -m game validate levels", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _quick_fit_checker(lang: str = "zh_CN"):
    """The real-font check that each quick-round item fits its screen, or None where pygame cannot render."""
    try:
        from game.engine.assets import Assets
        from game.locale import Locale
        from game.scenes.quick_round import QuickFit

        return QuickFit(Assets(ROOT / "assets"), Locale.load(ROOT / "assets" / "locale" / f"{lang}.yaml"))
    except Exception as error:  # noqa: BLE001 - the format checks must still run
        print(f"note: quick-round text-fit check skipped ({type(error).__name__}: {error})", file=sys.stderr)
        return None


def _fit_checker(lang: str = "zh_CN"):
    """The real-font check that text fits, or None where pygame cannot render (then
    validate still runs every check of the level format)."""
    try:
        from game.fitkey import fit_checker

        checker = fit_checker(ROOT / "assets", lang)
        checker.expect_use()  # (validate lays out every level: its fonts open while the first is read)
        return checker
    except Exception as error:  # noqa: BLE001 - the format checks must still run
        print(f"note: text-fit check skipped ({type(error).__name__}: {error})", file=sys.stderr)
        return None


def _level_source(name: str) -> tuple[Path | None, Path | None]:
    path = Path(name)
    if path.suffix in (".yaml", ".yml"):
        if not path.is_file():
            print(f"error: no level file {name}", file=sys.stderr)
            return None, None
        return path, path.parent
    return None, ROOT / "levels"


def _find_level(app, name: str, path: Path | None):
    for result in app.level_results:
        stem = Path(result.path).name
        if (path is not None and Path(result.path).resolve() == path.resolve()) or result.level_id == name \
                or stem.split("_", 1)[0] == name or stem == name:
            if result.level is None:
                print(f"error: {stem} has problems; run: python -m game validate {result.path}", file=sys.stderr)
                for problem in result.problems:
                    print(f"  {problem}", file=sys.stderr)
                return None
            return result.level
    known = ", ".join(r.level_id or Path(r.path).name for r in app.level_results)
    print(f"error: no level {name!r}; known levels: {known or 'none'}", file=sys.stderr)
    return None
