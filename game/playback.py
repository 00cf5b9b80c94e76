"""Playing a replay back: the recorded intents fed to a new game tick by tick, each tick's hash checked against the
recording, and the first tick and part of the state that differ named (with why it may have parted ways); at the end
the whole state hash and the outcome are checked against the ones recorded."""

import json
from dataclasses import dataclass
from pathlib import Path

from game import __version__
from game.content.errors import one_line
from game.replay import MACHINE, PART_DIGITS, PLATFORM, PYTHON, STATE_DIGITS, Replay
from game.sim.game import Game, combined_hash


@dataclass(frozen=True)
class Mismatch:
    """The first tick a replay played back parts from its recording."""
    tick: int
    component: str  # the first part (by name) whose digest differs; "state" if only the whole hash does
    recorded: str
    got: str

    def __str__(self) -> str:
        return f"tick {self.tick}: component {self.component} differs (recorded {self.recorded}, got {self.got})"

    def headline(self) -> str:
        """In a line on the replay's HUD."""
        return f"Out of step from tick {self.tick} ({self.component})"

    def sentence(self) -> str:
        """In a sentence on the End of replay page."""
        return f"It parted from its recording at tick {self.tick} ({self.component})."


@dataclass(frozen=True)
class EndMismatch(Mismatch):
    """Every tick's hash matched, but what the file records of the end does not: each tick keeps only 8 hex digits
    of its hash, and the outcome none at all, so the file's final_hash and outcome are checked once played through.
    `component` is "final state hash" or "outcome"."""
    source: str  # Replay.source: the file it was read from

    def __str__(self) -> str:
        return (f"{self.source}: after tick {self.tick} the {self.component} differs from the one recorded "
                f"(recorded {self.recorded}, got {self.got})")

    def headline(self) -> str:
        return f"Ends out of step ({self.component})"

    def sentence(self) -> str:
        return f"Every tick matched its recording, but the {self.component} at the end does not."


class Playhead:
    """Feeds a game the recorded intents tick by tick and checks each tick's hash against the recording."""

    def __init__(self, replay: Replay) -> None:
        self.replay = replay
        self.tick = 0  # ticks played
        self._next = 0  # index of the next intent change
        self._intent = None
        self._parts: dict[str, str] = {}  # the recorded digests as of self.tick

    def copy(self) -> "Playhead":
        """Another playhead where this one stands, to go on from there (a seek back starts from a kept one)."""
        other = Playhead(self.replay)
        other.tick, other._next, other._intent, other._parts = self.tick, self._next, self._intent, dict(self._parts)
        return other

    @property
    def done(self) -> bool:
        return self.tick >= self.replay.ticks

    @property
    def intent(self) -> tuple | None:
        """The intent written before the last tick."""
        return self._intent

    def write(self, game: Game) -> None:
        """Give the game the recorded intent for the coming tick (call just before Game.step())."""
        intents = self.replay.intents
        while self._next < len(intents) and intents[self._next][0] <= self.tick + 1:
            self._intent = intents[self._next][1]
            self._next += 1
        game.write_intent(self._intent)

    def advance(self, game: Game, verify: bool = True) -> Mismatch | None:
        """Count the tick just stepped (call just after Game.step()); with verify, the first difference if any."""
        self.tick += 1
        for name, digest in self.replay.parts[self.tick - 1].items():
            if digest is None:
                self._parts.pop(name, None)
            else:
                self._parts[name] = digest
        if not verify:
            return None
        full = game.component_hashes()
        got = combined_hash(full)[:STATE_DIGITS]
        recorded = self.replay.hashes[self.tick - 1]
        if got == recorded:
            return None
        short = {name: digest[:PART_DIGITS] for name, digest in full.items()}
        for name in sorted(set(short) | set(self._parts)):
            if short.get(name) != self._parts.get(name):
                return Mismatch(self.tick, name, self._parts.get(name, "absent"), short.get(name, "absent"))
        return Mismatch(self.tick, "state", recorded, got)


@dataclass(frozen=True)
class Playback:
    """How a replay played back: where it ended and whether it matched."""
    final_hash: str  # Game.state_hash() when playback stopped
    mismatch: Mismatch | None  # the first tick that differs (with verify), else None
    ticks: int  # ticks played (fewer than recorded when verify stopped at a mismatch)
    outcome: str | None
    catalog_hash: str  # Catalog.content_hash of the data it was played with
    # The tick the level was won or lost on, None if it was not: a run recorded in the window goes on RESULT_TICKS
    # past it, to the result screen, and a headless bot run stops there (its "ticks")
    decided_at: int | None = None

    def __iter__(self):  # final_hash, mismatch = play_back(...)
        return iter((self.final_hash, self.mismatch))


def play_back(replay: Replay, verify: bool = False, level: Path | str | None = None) -> Playback:
    """Play the replay headless from tick 0; with verify, stop at the first tick whose hash differs, and once every
    tick matched, check the final state hash and then the outcome against the ones recorded."""
    game = replay.start_game(level)
    head = Playhead(replay)
    mismatch = decided_at = None
    try:
        while not head.done:
            head.write(game)
            game.step()
            mismatch = head.advance(game, verify)
            if decided_at is None and game.outcome is not None:
                decided_at = head.tick
            if mismatch is not None:
                break
        final_hash = game.state_hash()
        if verify and mismatch is None:
            mismatch = end_mismatch(replay, head.tick, final_hash, game.outcome)
        return Playback(final_hash, mismatch, head.tick, game.outcome, game.res.catalog.content_hash, decided_at)
    finally:
        game.close()


def end_mismatch(replay: Replay, tick: int, final_hash: str, outcome: str | None) -> EndMismatch | None:
    """The first of the final state hash and the outcome that differs from the one the replay records, if either."""
    if final_hash != replay.final_hash:
        return EndMismatch(tick, "final state hash", replay.final_hash, final_hash, replay.source)
    if outcome != replay.outcome:  # as JSON: "won", "lost" or null
        return EndMismatch(tick, "outcome", json.dumps(replay.outcome), json.dumps(outcome), replay.source)
    return None


def mismatch_reasons(replay: Replay, catalog_hash: str) -> list[str]:
    """Why the replay may part ways with this game: another version of the game recorded it, another Python or
    platform, or other unit, weapon or advisor data (`catalog_hash`: Catalog.content_hash of the data it is played
    with)."""
    reasons = []
    if replay.game_version != __version__:
        reasons.append(f"recorded by Blue Comet {one_line(replay.game_version, 40)}; this is {__version__}")
    elsewhere = recorded_elsewhere(replay)
    if elsewhere:
        reasons.append(elsewhere)
    if replay.catalog_hash is not None and replay.catalog_hash != catalog_hash:
        reasons.append("recorded with other unit, weapon or advisor data (assets/data/units.yaml, advisor.yaml)")
    return reasons


def recorded_elsewhere(replay: Replay) -> str:
    """Why, when the replay says it was recorded on another Python or platform than this one ("recorded on Python
    3.12 on win32 AMD64; this is ..."), else "": what it does not know (made before they were kept) is not told."""
    recorded = (replay.python, replay.platform, replay.machine)
    here = (PYTHON, PLATFORM, MACHINE)
    if all(not was or was == now for was, now in zip(recorded, here)):  # None or "": not known
        return ""
    return (f"recorded on {_where(*recorded)}; this is {_where(*here)}: the rules' floating-point maths may differ "
            "between them")


def _where(python: str | None, platform: str | None, machine: str | None) -> str:
    """Where a replay was recorded or is played, as "Python 3.11 on linux x86_64", leaving out what is not known."""
    place = " ".join(one_line(name, 24) for name in (platform, machine) if name)
    return " on ".join(part for part in (python and f"Python {one_line(python, 12)}", place) if part)


def describe_mismatch(replay: Replay, mismatch: Mismatch, catalog_hash: str) -> str:
    """The mismatch line, with the reasons the replay may have parted ways, if any."""
    reasons = mismatch_reasons(replay, catalog_hash)
    return f"{mismatch} ({'; '.join(reasons)})" if reasons else str(mismatch)
