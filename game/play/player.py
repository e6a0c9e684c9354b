"""A player's data: the 错题本, the best result per level and the play log, kept safe.

Screens talk to a Player and never touch files. Every record_* call changes
the Player at once (what the screens show) and saves; a save that fails never
raises and never loses the change: `save_problem` says what went wrong, for a
small on-screen notice, and `retry(dt)` tries again every few seconds.

Saves merge, so two copies of the game on one computer (a child double-clicks
twice) keep each other's plays. A Player remembers its changes since the last
good save as operations (write down, credit, record a finish, log a record).
A save takes the data folder's lock, reads the files as they are on disk now,
replays its operations on them, writes them atomically and only then forgets
the operations. Refusing to start a second copy was the other choice; it was
not taken because a kiosk or classroom PC that shows "already open" with the
first window hidden behind another strands the child, while merging costs
only a lock and a re-read of three small files per save.

A file that cannot be read is never written over (its operations wait), a file
whose content is broken is moved aside, and entries that cannot be understood
are copied to `<name>.broken-<n>` before a save drops them (see storage.py).

Time is passed in: `today()` is asked for the date at every record, because a
kiosk runs for days, and `retry(dt)` counts the seconds it is given.
"""
from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from game.play import notebook as nb
from game.play import playlog
from game.play import progress as pr
from game.play.notebook import DOUBTED, Entry, Notebook, Playable
from game.play.progress import LevelBest, Progress
from game.play.storage import (Blocked, folder_lock, keep_copy, load_document,
                               remove_stray_temp_files, skipped_warning, write_json)

RETRY_EVERY_S = 5.0
# With a game loop, a change waits for a still frame (one after a frame that drew nothing),
# so the disk (a lock, a merge and three syncs; far slower on an old disk) never stalls a
# card coming in or a panel fading in; but never more than this many frames (half a second).
MAX_WAIT_FRAMES = 30


@dataclass(frozen=True)
class NotebookChange:
    """What one answer did to the notebook, for the screen to say.

    `added` counts new entries (a hunt can add one per missed clue). The
    notebook's count is of moments, so `moment_added` says whether that count
    rose: it does not when the moment was already in the notebook, e.g. a
    review of a hunt that misses a clue found last time.
    """

    added: int = 0
    left: bool = False  # an entry left: it was now right on two different days
    moment_right: bool = False
    moment_added: bool = False


@dataclass(frozen=True)
class _Document:
    """One of the two merged JSON documents and the class that models it."""

    name: str
    file: str
    version: int
    payload: str
    empty: type
    model: Any  # Notebook or Progress: from_document(), document()
    nouns: tuple[str, str]


_NOTEBOOK = _Document("notebook", nb.FILE_NAME, nb.FORMAT_VERSION, nb.PAYLOAD, list, Notebook,
                      ("entry", "entries"))
_PROGRESS = _Document("progress", pr.FILE_NAME, pr.FORMAT_VERSION, pr.PAYLOAD, dict, Progress,
                      ("level record", "level records"))
_DOCUMENTS = (_NOTEBOOK, _PROGRESS)
_TEMP_NAMES = (_NOTEBOOK.file, _PROGRESS.file, playlog.FILE_NAME)


class Player:
    """The notebook, progress and play log of the data folder `home`."""

    def __init__(self, home: Path, today: Callable[[], date], notebook: Notebook,
                 progress: Progress, warnings: list[str], log_keep: int = playlog.KEEP) -> None:
        self.home = home
        self.warnings = warnings
        self.save_problem: str | None = None
        self._today = today
        self._models: dict[str, Any] = {"notebook": notebook, "progress": progress}
        self._ops: dict[str, list[tuple[str, tuple]]] = {"notebook": [], "progress": []}
        # While saving fails the log waits in memory; past the log's own bound
        # the oldest waiting records go, as they would from the file.
        self._log: deque[playlog.Record] = deque(maxlen=log_keep)
        self._log_keep = log_keep
        self._since_attempt = 0.0
        # Set by a game loop: a change is written by a later flush() (see MAX_WAIT_FRAMES), so
        # the frames that show an answer (the veil, then 锡小朗 coming in) do not wait for the disk.
        self.save_later = False
        self._due = False
        self._waited = 0  # frames a change has waited for the disk
        # This sitting (from when the player was opened: a child picked the seat, or the game started):
        # the 真还是假 rounds begun per set, the levels finished. The teacher's check counts a sitting's
        # first round of a set; a lesson's title goes on to the step not yet done.
        self._rounds: Counter = Counter()
        self._finished: set[str] = set()

    @classmethod
    def open(cls, home: Path | str, today: Callable[[], date] = date.today, *,
             log_keep: int = playlog.KEEP, clock: Callable[[], float] = time.time) -> Player:
        """The player whose files are in `home`. Never raises for what is on disk.

        The folder is created at the first save, not here. Problems with the
        files are collected in `warnings`, one line each. `clock` gives the
        time only to judge the age of temporary files.
        """
        home = Path(home)
        warnings: list[str] = []
        models = {doc.name: doc.model(home / doc.file) for doc in _DOCUMENTS}
        if home.is_dir():
            remove_stray_temp_files(home, _TEMP_NAMES, clock())
            try:
                with folder_lock(home):
                    models = {doc.name: _load(home, doc, warnings, True) for doc in _DOCUMENTS}
            except OSError:
                # No lock (read-only folder, or another copy stuck): read, but
                # leave broken files for a save that holds the lock to move.
                warnings.clear()
                models = {doc.name: _load(home, doc, warnings, False) for doc in _DOCUMENTS}
        notebook, progress = models["notebook"], models["progress"]
        return cls(home, today, notebook, progress, warnings, log_keep)

    # -- what screens ask --------------------------------------------------------

    @property
    def notebook(self) -> Notebook:
        """The notebook as the screens should see it. Read only; do not keep it across saves."""
        return self._models["notebook"]

    @property
    def progress(self) -> Progress:
        """Progress as the screens should see it. Read only; do not keep it across saves."""
        return self._models["progress"]

    def moments(self, playable: Playable | None = None) -> list[Entry]:
        """One entry per notebook moment, oldest first, only those `playable` accepts."""
        return self.notebook.moments(playable)

    def notebook_count(self, playable: Playable | None = None) -> int:
        """The count the title button and the review show: the number of moments."""
        return len(self.moments(playable))

    def rounds_begun(self, set_id: str) -> int:
        """How many rounds of this 真还是假 set were begun (answered at least once) this sitting."""
        return self._rounds[set_id]

    def finished_now(self, level_id: str) -> bool:
        """Whether this level was played to its end this sitting."""
        return level_id in self._finished

    def best(self, level_id: str) -> LevelBest | None:
        return self.progress.best(level_id)

    @property
    def unsaved(self) -> bool:
        """True while some change is not on disk yet."""
        return bool(self._ops["notebook"] or self._ops["progress"] or self._log)

    # -- what screens tell -------------------------------------------------------

    def record_decision(self, level_id: str, step_id: str, option_id: str, verdict: str, *,
                        review: bool = False) -> NotebookChange:
        """A choice at a decision step: a safe one credits the step's entry, others write it down."""
        from game.levels.model import VERDICTS  # (not at import: the model is big, start-up is not)

        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}, not {verdict!r}")
        day = self._today()
        had = self.notebook.has_moment(level_id, step_id)
        if verdict == "safe":
            left = self._note("record_right", level_id, step_id, "decision", option_id, day)
            change = NotebookChange(left=left, moment_right=True)
        else:
            added = self._note("add", level_id, step_id, "decision", option_id, day)
            change = NotebookChange(added=int(added), moment_added=not had)
        self._log.append(playlog.decision_record(day, level_id, step_id, option_id, verdict, review))
        self._changed()
        return change

    def record_hunt(self, level_id: str, step_id: str, found: tuple[str, ...], missed: tuple[str, ...],
                    *, review: bool = False, wrong_taps: int = 0) -> NotebookChange:
        """A finished red-flag hunt: each missed clue is written down, each found one credited; a
        screen with nothing to find is written down when something innocent on it was tapped
        (`wrong_taps`) and credited when it was seen as fine.

        A clue missed now that was found last time is written down even in a
        review: it is a real miss, and the review should point at it next time.
        It joins the moment already in the notebook, so the count does not rise.
        """
        day = self._today()
        had = self.notebook.has_moment(level_id, step_id)
        added = sum(self._note("add", level_id, step_id, "clue", clue, day) for clue in missed)
        left = False
        for clue in found:
            left |= self._note("record_right", level_id, step_id, "clue", clue, day)
        doubted = playlog.hunt_verdict(found, missed, wrong_taps) == "too_suspicious"
        if not found and not missed:  # a screen with nothing to find: doubted, or seen as fine
            if doubted:
                added += self._note("add", level_id, step_id, "calm", DOUBTED, day)
            else:
                left |= self._note("record_right", level_id, step_id, "calm", DOUBTED, day)
        change = NotebookChange(added=added, left=left, moment_right=not missed and not doubted,
                                moment_added=bool(missed or doubted) and not had)
        self._log.append(playlog.hunt_record(day, level_id, step_id, found, missed, review, wrong_taps))
        self._changed()
        return change

    def record_finish(self, level_id: str, score: int, max_score: int, stars: int) -> bool:
        """A level played to its end; True if it beat the level's best stars or score."""
        better = self.progress.record(level_id, score, max_score, stars)
        self._ops["progress"].append(("record", (level_id, score, max_score, stars)))
        self._log.append(playlog.finish_record(self._today(), level_id, score, max_score, stars))
        self._finished.add(level_id)
        self._changed()
        return better

    def record_quick(self, set_id: str, item_id: str, answer: str, right: bool, round_no: int = 1) -> None:
        """An answer in the 真还是假 quick round ("real" or "fake"), logged like a decision, in the
        `round_no`-th round of the set this sitting (see `rounds_begun`).

        The verdict uses the decisions' words: right is "safe", a scam called real
        "risky", a genuine item called fake "too_suspicious". (The 错题本 has no
        quick-round moments yet: its review replays level steps only.)
        """
        if answer not in ("real", "fake"):
            raise ValueError(f"answer must be 'real' or 'fake', not {answer!r}")
        verdict = "safe" if right else ("risky" if answer == "real" else "too_suspicious")
        self._log.append(playlog.quick_record(self._today(), set_id, item_id, answer, verdict, round_no))
        self._rounds[set_id] = max(self._rounds[set_id], round_no)
        self._changed()

    def _note(self, method: str, *args: Any) -> bool:
        result = getattr(self.notebook, method)(*args)  # raises on bad ids before anything is kept
        self._ops["notebook"].append((method, args))
        return result

    # -- saving ------------------------------------------------------------------

    def _changed(self) -> None:
        """After a change: written now, or at a coming flush() when the loop saves later."""
        if self.save_later:
            self._due = True
        else:
            self.save()

    @property
    def due(self) -> bool:
        """Whether a change waits for a coming flush()."""
        return self._due

    def flush(self, still: bool = True, now: bool = False) -> bool:
        """Called as each frame starts (`still`: the frame before drew nothing): write what
        waits once a frame is still, or once it has waited MAX_WAIT_FRAMES; `now`: at once
        (the game stops, a screen failed). True when all is saved."""
        if not self._due:
            return not self.unsaved
        self._waited += 1
        if not (now or still or self._waited >= MAX_WAIT_FRAMES):
            return not self.unsaved
        self._due, self._waited = False, 0
        return self.save()

    def save(self) -> bool:
        """Write every change not yet on disk, merged with the files; True when all is saved.

        Never raises for the disk: on failure `save_problem` says why and the
        changes wait for the next try.
        """
        if not self.unsaved:
            self.save_problem = None
            return True
        return self._sync(everything=False)

    def refresh(self) -> bool:
        """Save, and read in what another copy of the game saved meanwhile (e.g. before the title)."""
        if not self.unsaved and not self.home.is_dir():
            return True  # nothing to read, and the folder waits for the first save
        return self._sync(everything=True)

    def retry(self, dt: float) -> None:
        """Called every frame with the seconds since the last: retries a failed save now and then."""
        if not self.unsaved:
            self._since_attempt = 0.0
            return
        self._since_attempt += dt
        if self._since_attempt >= RETRY_EVERY_S:
            self.save()

    def _sync(self, everything: bool) -> bool:
        self._since_attempt = 0.0
        problems: list[str] = []
        try:
            with folder_lock(self.home):
                for doc in _DOCUMENTS:
                    if everything or self._ops[doc.name]:
                        _try(problems, doc.file, self.home, lambda d=doc: self._merge(d))
                if self._log:
                    _try(problems, playlog.FILE_NAME, self.home, self._append_log)
        except OSError as exc:  # the folder itself: missing rights, full disk, busy lock
            problems.append(_describe(None, self.home, exc))
        self.save_problem = problems[0] if problems else None
        return not problems

    def _merge(self, doc: _Document) -> None:
        """Replay this player's operations on the file as it is now, and write it back."""
        path = self.home / doc.file
        stored = load_document(path, doc.version, doc.payload, doc.empty(), move_broken=True)
        if stored.warning:
            self.warnings.append(stored.warning)
        model, skipped = doc.model.from_document(path, stored.payload)
        before = model.document()
        for method, args in self._ops[doc.name]:
            getattr(model, method)(*args)
        after = model.document()
        if skipped:
            kept = keep_copy(path, stored.raw)
            self.warnings.append(f"{skipped_warning(path, skipped, *doc.nouns)} (kept as {kept.name})")
        if skipped or after != before:
            write_json(path, after)
        self._models[doc.name] = model
        self._ops[doc.name].clear()

    def _append_log(self) -> None:
        warning = playlog.append(self.home, list(self._log), self._log_keep)
        if warning:
            self.warnings.append(warning)
        self._log.clear()


def _load(home: Path, doc: _Document, warnings: list[str], move_broken: bool) -> Any:
    """The model stored in `home` for `doc`; an empty one (and a warning) if it cannot be used."""
    path = home / doc.file
    try:
        stored = load_document(path, doc.version, doc.payload, doc.empty(), move_broken)
    except Blocked as exc:
        warnings.append(str(exc))
        return doc.model(path)
    model, skipped = doc.model.from_document(path, stored.payload)
    warning = stored.warning or skipped_warning(path, skipped, *doc.nouns)
    if warning:
        warnings.append(warning)
    return model


def _try(problems: list[str], file: str, home: Path, step: Callable[[], None]) -> None:
    """Run one file's save; a failure is noted and the others still get their turn."""
    try:
        step()
    except OSError as exc:
        problems.append(_describe(file, home, exc))


def _describe(file: str | None, home: Path, exc: OSError) -> str:
    """A short English line for the on-screen notice and the log."""
    if isinstance(exc, Blocked):
        return str(exc)
    reason = exc.strerror or str(exc) or type(exc).__name__
    if isinstance(exc, TimeoutError):
        return f"could not save yet: {reason}"
    target = f"{file} in {home}" if file else str(home)
    return f"could not save {target}: {reason}"
