"""Replays: the player's intent tick by tick and the state hash after each tick, in one small file.

A replay plays a level again exactly: the same map, seed and start, and the same intent written just before
every tick, give the same game, tick for tick. The hashes recorded beside the intents prove it, and when a
run parts ways with its recording they name the first tick and the first part of the state that differ.

File format 1: gzip-compressed JSON, one object, written atomically:

    magic         "blue-comet replay"
    format        1 (FORMAT): a newer format is refused, an older one would be read by its own code
    game_version  the Blue Comet that recorded it (game.__version__); another version with the same format
                  and intent_fields is played anyway, and a run that parts ways says which version recorded it
    level         the map's path as given when recording; level_name: its file name (the fallback in levels/)
    level_hash    LevelData.content_hash of the map as played (start_at included): another map is refused
    catalog_hash  Catalog.content_hash of the unit, weapon and advisor data it was played with (absent from
                  replays made before it was recorded): other data is played anyway, and a run that parts ways
                  says the data has changed
    seed, start_at, ticks (how many ticks were recorded: 1 or more, as the game writes a replay only once a tick
                  is played), outcome ("won", "lost" or null), final_hash (Game.state_hash() after the last tick)
    difficulty    "easy", "normal" or "hard", as the run was started (absent from replays made before there were
                  difficulties: "normal")
    taught        Rei's lessons the missions before it in the run had taught ("rei.part_hit"), not taught again in
                  this one (Next mission carries them; absent from replays made before: none)
    python, platform, machine
                  the Python (major.minor: "3.11"), sys.platform ("linux", "win32", "darwin") and platform.machine()
                  ("x86_64", "AMD64", "arm64"; may be "") that recorded it, each null or absent when not known
                  (replays made before they were recorded). The rules use math.hypot (CPython's own code, which
                  changed between Pythons) and math.sin, cos and atan2 (the platform's C library), so a run that parts
                  ways says so when it was recorded on another Python or platform; it is played anyway
    intent_fields INTENT_FIELDS, the order of each intent's values: other fields (another version's controls)
                  are refused
    intents       [[tick, values], ...] only the ticks whose intent differs from the tick before (the first
                  tick always): values is the player's intent as exact JSON numbers and booleans, read just
                  before that tick's Game.step(), or null when the player's machine is gone
    hashes        per tick: the first 8 hex digits of Game.state_hash() after the tick
    parts         per tick: {part: first 6 hex digits of its component digest} for the parts whose digest
                  changed since the tick before (all of them on the first tick); null for a part that vanished

Ticks are numbered from 1: tick N is the N-th Game.step(), after which the game's clock reads N.
Nothing here uses pygame or the wall clock.
"""

import gzip
import io
import json
import operator
import platform
import re
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from itertools import chain
from pathlib import Path

from game import __version__
from game.collector import collector_paused
from game.content.chain import LEVELS, recorded_level
from game.content.errors import one_line, quote
from game.files import data_dir, read_bytes, write_atomically
from game.session import new_game
from game.sim.components import Intent
from game.sim.damage import DIFFICULTIES
from game.sim.game import INTENT_FIELDS, Game, combined_hash
from game.sim.snapshot_checks import LARGEST

FORMAT = 1
MAGIC = "blue-comet replay"
FILE_NAME = "last.replay"
STATE_DIGITS = 8  # hex digits of each tick's state hash
PART_DIGITS = 6  # hex digits of each part's digest
MAX_BYTES = 512 * 1024 * 1024  # decompressed: a replay this large is not one we wrote
_BOOL_FIELDS = frozenset(f.name for f in fields(Intent) if isinstance(f.default, bool))  # the rest are numbers
# Where this game runs, as a replay records where it was made: the floating-point maths the rules use may differ
# in the last bit between Pythons (math.hypot) and platforms (the C library's sin, cos and atan2).
PYTHON = "%d.%d" % sys.version_info[:2]
PLATFORM = sys.platform
MACHINE = platform.machine()
_PYTHON_VERSION = re.compile(r"[0-9]{1,4}\.[0-9]{1,4}")
_HEX = re.compile(r"[0-9a-f]+")
_HEXES = re.compile(r"[0-9a-f]*")  # a run of digests joined: each checked by its length, the lot by one pattern
# A header's decompressed bytes at most: the game writes it first, in about 400 (a map's path is its longest part)
HEAD_BYTES = 64 * 1024
LISTS = ("intents", "hashes", "parts")  # the ticks' lists, last in the file in this order (Replay.to_json)
_LISTS = f',"{LISTS[0]}":'.encode()  # where the header ends as the game writes the file: the ticks' lists follow
_NAME_LENGTH = 64  # sys.platform and platform.machine() are short words: a longer one was not written by the game


class ReplayError(Exception):
    """A replay that cannot be played: str() is one line naming the file and what is wrong."""


def _json(value) -> str:
    """`value` as the file writes it: compact."""
    return json.dumps(value, separators=(",", ":"), allow_nan=True)


def _intent_json(tick: int, values) -> list:
    """One of the file's intents: the tick it changed on and its values (None: no machine to steer)."""
    return [tick, None if values is None else list(values)]


def _packed(text: str) -> bytes:
    """The file's bytes for its JSON `text`. Level 1: written in the frame the result screen comes up, a 111 s run's
    2 MB take 23 ms, not level 6's 170 ms, for a file 17 % bigger (716 KB, not 611 KB)."""
    return gzip.compress(text.encode(), compresslevel=1, mtime=0)


def last_replay_path() -> Path:
    """Where the window keeps the replay of the last level played."""
    return data_dir() / FILE_NAME


@dataclass(frozen=True)
class Replay:
    """A recorded run: the map, the seed and the player's intents, tick by tick."""
    level: str  # the map's path as given when recording
    level_name: str
    level_hash: str
    seed: int
    start_at: int | None
    ticks: int
    outcome: str | None
    final_hash: str
    intents: tuple  # ((tick, values or None), ...): the ticks where the intent changed
    hashes: tuple[str, ...]  # per tick
    parts: tuple[dict, ...]  # per tick: the parts whose digest changed
    game_version: str = __version__
    catalog_hash: str | None = None  # None: recorded before replays kept it
    difficulty: str = "normal"
    taught: tuple[str, ...] = ()  # Rei's lessons the run's missions before it taught (absent: none, or recorded before)
    python: str | None = None  # None: not known (recorded before replays kept it)
    platform: str | None = None
    machine: str | None = None
    source: str = "the recorded run"  # the file it was read from, for messages

    # -- the level --------------------------------------------------------------------------------
    def level_file(self, level: Path | str | None = None) -> Path:
        """The map to play: `level` if given, else the recorded path (from here, then from the game's folder),
        else levels/<name>."""
        if level is not None:
            return Path(level)
        found = recorded_level(Path(self.level), self.level_name)
        if found is not None:
            return found
        raise ReplayError(f"{self.source}: its level {one_line(self.level)} is not here (nor "
                          f"{one_line(LEVELS / self.level_name)}): give the map with --level")

    def start_game(self, level: Path | str | None = None) -> Game:
        """The game at tick 0 as recorded; ReplayError when the map is not the one recorded on.

        A map that does not load raises ContentError, as when playing it."""
        path = self.level_file(level)
        game = new_game(path, self.seed, start_at=self.start_at, difficulty=self.difficulty,
                        start_asked_by=f"the start_at of {self.source}",  # its own, not an option nobody typed
                        taught=self.taught)
        found = game.res.level.content_hash
        if found != self.level_hash:
            game.close()
            raise ReplayError(f"{self.source}: made for another version of {path} (level hash {self.level_hash}; "
                              f"this map is now {found}): play it again to record a new replay")
        return game

    # -- the file ---------------------------------------------------------------------------------
    def header_json(self) -> dict:
        """The file's fields but the ticks' lists (LISTS), in its order."""
        return {
            "magic": MAGIC, "format": FORMAT, "game_version": self.game_version,
            "level": self.level, "level_name": self.level_name, "level_hash": self.level_hash,
            "catalog_hash": self.catalog_hash, "difficulty": self.difficulty, "taught": list(self.taught),
            "python": self.python, "platform": self.platform, "machine": self.machine,
            "seed": self.seed, "start_at": self.start_at, "ticks": self.ticks, "outcome": self.outcome,
            "final_hash": self.final_hash, "intent_fields": list(INTENT_FIELDS),
        }

    def to_json(self) -> dict:
        return {**self.header_json(), "intents": [_intent_json(tick, values) for tick, values in self.intents],
                "hashes": list(self.hashes), "parts": list(self.parts)}

    def encode(self) -> bytes:
        return _packed(_json(self.to_json()))

    def save(self, path: Path | str) -> None:
        """Write the file atomically (a temporary file beside it, synced, then swapped in); OSError if it can't."""
        write_atomically(Path(path), self.encode())


class Recorder:
    """Records a game from tick 0: call before_step() just before, and after_step() just after, every Game.step()."""

    def __init__(self, game: Game, level_path: Path | str, start_at: int | None = None) -> None:
        if game.tick != 0:
            raise ValueError(f"a replay starts at tick 0; this game is at tick {game.tick}")
        self.game = game
        self.level_path = str(level_path)
        self.start_at = start_at
        self.level_hash = game.res.level.content_hash
        self.intents: list = []
        self.hashes: list[str] = []
        self.parts: list[dict] = []
        self._last_intent = None
        self._last_parts: dict[str, str] = {}
        self._final = game.state_hash()
        # Each list's items as the file's JSON, written tick by tick: encode() joins them, as the whole file's encoding
        # took 75 ms of a 111 s run's, in the frame the result screen comes up
        self._texts: dict[str, list[str]] = {name: [] for name in LISTS}

    @property
    def ticks(self) -> int:
        return len(self.hashes)

    def before_step(self) -> None:
        values = self.game.read_intent()
        # repr, not ==: -0.0 == 0.0 but the two are different states (and repr shows the difference).
        key = repr(values)
        if not self.intents or key != self._last_intent:
            self.intents.append((self.ticks + 1, values))
            self._texts["intents"].append(_json(_intent_json(self.ticks + 1, values)))
            self._last_intent = key

    def after_step(self) -> None:
        full = self.game.component_hashes()
        self._final = combined_hash(full)
        self.hashes.append(self._final[:STATE_DIGITS])
        short = {name: digest[:PART_DIGITS] for name, digest in full.items()}
        changed = {name: digest for name, digest in short.items() if self._last_parts.get(name) != digest}
        changed.update({name: None for name in self._last_parts if name not in short})
        self.parts.append(dict(sorted(changed.items())))
        self._texts["hashes"].append(_json(self.hashes[-1]))
        self._texts["parts"].append(_json(self.parts[-1]))
        self._last_parts = short

    def replay(self) -> Replay:
        return Replay(level=self.level_path, level_name=Path(self.level_path).name, level_hash=self.level_hash,
                      seed=self.game.seed, start_at=self.start_at, ticks=self.ticks, outcome=self.game.outcome,
                      final_hash=self._final, intents=tuple(self.intents), hashes=tuple(self.hashes),
                      parts=tuple(self.parts), catalog_hash=self.game.res.catalog.content_hash,
                      difficulty=self.game.res.difficulty, taught=self.game.res.voice.taught, python=PYTHON,
                      platform=PLATFORM, machine=MACHINE)

    def encode(self) -> bytes:
        """The file of replay(), byte for byte, from the lists' JSON written as the ticks were recorded."""
        return self.encoder()()

    def encoder(self) -> Callable[[], bytes]:
        """encode() of the run as recorded now, to be called later and on another thread (game/writer.py): the ticks
        recorded after are not in it. Its joining and compressing (50 ms of a 111 s run) are left to the call."""
        head = _json(self.replay().header_json())
        texts = {name: list(self._texts[name]) for name in LISTS}  # the lists as they stand: a copy of references
        return lambda: _packed(head[:-1] + "".join(f',"{name}":[{",".join(texts[name])}]' for name in LISTS) + "}")

    def save(self, path: Path | str) -> None:
        write_atomically(Path(path), self.encode())


# -- reading ----------------------------------------------------------------------------------------------

def load_replay(path: Path | str, level: Path | str | None = None) -> Replay:
    """The replay in `path`, or ReplayError with one line naming the file and what is wrong.

    The level is built too (from `level`, or where the replay says), so a replay made on another version of the
    map is refused here, not part way through.
    """
    replay = _parse(Path(path))
    replay.start_game(level).close()
    return replay


def read_replay(path: Path | str) -> Replay:
    """The replay in `path`, each field checked, without building its level (load_replay does): ReplayError with one
    line naming the file and what is wrong. Whether it fits the map as it is now is its level_hash's to say."""
    return _parse(Path(path))


@dataclass(frozen=True)
class ReplayHead:
    """What a replay's header says: enough to list the run (its map, its length), not to play it."""
    level_hash: str
    ticks: int
    outcome: str | None


def read_replay_head(path: Path | str) -> ReplayHead:
    """The header of the replay in `path`, checked as read_replay checks it (the format, the version, the controls,
    the map's hash, the ticks), its ticks' lists neither read nor checked: a page that lists a run reads it within a
    frame (a 5-minute run whole: about 120 ms). ReplayError as read_replay gives it; a file whose header is not
    where the game writes it, first, is read whole."""
    path = Path(path)
    head = _decompressed(path, HEAD_BYTES)
    end = head.find(_LISTS)
    try:
        header = _header(json.loads(head[:end].decode("utf-8") + "}"), str(path)) if end > 0 else None
    except (ValueError, RecursionError):  # not as the game writes it: the whole file's read says what is wrong
        header = None
    if header is None:
        replay = _parse(path)
        return ReplayHead(replay.level_hash, replay.ticks, replay.outcome)
    return ReplayHead(header["level_hash"], header["ticks"], header["outcome"])


@collector_paused()
def _parse(path: Path) -> Replay:
    """The replay in `path`, read whole: ReplayError naming what is wrong. A 5-minute run is 36,000 lists and as many
    tuples, which the cyclic collector walked again and again as they were made (a third of the time)."""
    data = _decompressed(path, MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReplayError(f"{path}: corrupted: more than {MAX_BYTES // 2**20} MB once decompressed")
    file = str(path)
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ReplayError(f"{file}: corrupted: the decompressed data is not UTF-8 text") from None
    except RecursionError:
        raise ReplayError(f"{file}: corrupted: lists or objects nested thousands deep") from None
    except json.JSONDecodeError as error:
        if not data.rstrip().endswith(b"}"):  # a replay is one object: text that stops before its end was cut
            raise ReplayError(f"{file}: truncated: the JSON stops early ({error.msg})") from None
        raise ReplayError(f"{file}: corrupted: not valid JSON (line {error.lineno} column {error.colno}: "
                          f"{error.msg})") from None
    return _from_json(document, file)


def _decompressed(path: Path, most: int) -> bytes:
    """The first `most` bytes of the file's decompressed text: ReplayError when it cannot be read or is not gzip."""
    file = str(path)
    try:
        raw = read_bytes(path)
    except FileNotFoundError:
        raise ReplayError(f"{file}: no such replay file") from None
    except OSError as error:
        raise ReplayError(f"{file}: cannot read it: {error.strerror or error}") from None
    if not raw:
        raise ReplayError(f"{file}: empty (0 bytes): the replay was never written whole")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(most)
    except EOFError:
        raise ReplayError(f"{file}: truncated: the compressed data stops early (the file was cut short)") from None
    except gzip.BadGzipFile as error:
        what = "not gzip-compressed, as Blue Comet writes replays" if raw[:2] != b"\x1f\x8b" \
            else f"damaged gzip data ({error})"
        raise ReplayError(f"{file}: corrupted: {what}") from None
    except (zlib.error, OSError) as error:
        raise ReplayError(f"{file}: corrupted: damaged gzip data ({error})") from None
    return data


def _from_json(document, file: str) -> Replay:
    """The replay in the parsed file, each field checked: ReplayError naming the first that is not as written."""
    header = _header(document, file)
    ticks = header["ticks"]
    hashes = _get(document, file, "hashes", lambda v: isinstance(v, list), "a list of tick hashes")
    parts = _get(document, file, "parts", lambda v: isinstance(v, list), "a list of per-tick part digests")
    intents = _get(document, file, "intents", lambda v: isinstance(v, list), "a list of [tick, intent] pairs")
    if len(hashes) < ticks or len(parts) < ticks:
        raise ReplayError(f"{file}: truncated: the header says {ticks} ticks, the file holds "
                          f"{min(len(hashes), len(parts))}")
    if len(hashes) > ticks or len(parts) > ticks:
        raise ReplayError(f"{file}: corrupted: the header says {ticks} ticks, the file holds "
                          f"{max(len(hashes), len(parts))}")
    _check_digests(file, hashes, parts)
    checked = _checked_intents(file, intents, ticks)
    return Replay(**header, intents=tuple(checked), hashes=tuple(hashes), parts=tuple(parts), source=file)


def _get(document: dict, file: str, key: str, check, expected: str):
    """The file's `key`, as `check` says it should be (`expected`, in words); ReplayError naming it when it is not."""
    value = document.get(key)
    if key not in document or not check(value):
        raise _corrupted(file, f"\"{key}\" should be {expected}", value)
    return value


def _header(document, file: str) -> dict:
    """The replay's fields before its ticks' lists, each checked, by Replay's names: ReplayError naming the first
    that is not as written."""
    if not isinstance(document, dict) or document.get("magic") != MAGIC:
        raise ReplayError(f"{file}: not a Blue Comet replay (no \"magic\": \"{MAGIC}\" header)")
    version = document.get("format")
    if not _is_int(version) or version < 1:
        raise _corrupted(file, "\"format\" should be a whole number from 1", version)
    if version > FORMAT:
        raise ReplayError(f"{file}: made by a newer Blue Comet (format {version}; this game reads up to {FORMAT})"
                          f"{_by(document.get('game_version'))}")

    def get(key: str, check, expected: str):
        return _get(document, file, key, check, expected)

    game_version = get("game_version", _is_str, "a version string")
    level = get("level", lambda v: _is_str(v) and v != "", "the map's path")
    level_name = get("level_name", lambda v: _is_str(v) and v != "" and "/" not in v, "the map's file name")
    level_hash = get("level_hash", _is_hex, "a hex digest")
    catalog_hash = get("catalog_hash", lambda v: v is None or _is_hex(v), "a hex digest") \
        if "catalog_hash" in document else None
    difficulty = get("difficulty", lambda v: v in DIFFICULTIES, " or ".join(f'"{d}"' for d in DIFFICULTIES)) \
        if "difficulty" in document else "normal"
    taught = tuple(get("taught", lambda v: isinstance(v, list) and all(map(_is_name, v)),
                       'a list of situations ("rei.part_hit")')) \
        if "taught" in document else ()

    def known(key: str, check, expected: str):  # absent (an older replay) or null: not known
        return get(key, lambda v: v is None or check(v), expected) if key in document else None

    python = known("python", lambda v: _is_str(v) and _PYTHON_VERSION.fullmatch(v) is not None,
                   'a Python version as major.minor (like "3.11") or null')
    platform_name = known("platform", lambda v: _is_name(v) and v != "",
                          "a platform name (as sys.platform gives it) or null")
    machine = known("machine", _is_name, "a machine type (as platform.machine() gives it) or null")
    seed = get("seed", _is_int, "a whole number")
    start_at = get("start_at", lambda v: v is None or _is_int(v), "an object id or null")
    # From 1: the game writes a replay only once a tick is played, so one of no ticks was not written by it.
    ticks = get("ticks", lambda v: _is_int(v) and v >= 1, "a tick count from 1")
    outcome = get("outcome", lambda v: v in (None, "won", "lost"), "\"won\", \"lost\" or null")
    final_hash = get("final_hash", lambda v: _is_hex(v) and len(v) == 32, "32 hex digits")
    fields = get("intent_fields", lambda v: isinstance(v, list) and all(map(_is_str, v)), "a list of names")
    if fields != list(INTENT_FIELDS):
        raise ReplayError(f"{file}: recorded with other controls ({_names(fields)}) than this game's"
                          f"{_by(game_version)}: play it again to record a new replay")
    return dict(level=level, level_name=level_name, level_hash=level_hash, seed=seed, start_at=start_at, ticks=ticks,
                outcome=outcome, final_hash=final_hash, game_version=game_version, catalog_hash=catalog_hash,
                difficulty=difficulty, taught=taught, python=python, platform=platform_name, machine=machine)


def _check_digests(file: str, hashes: list, parts: list) -> None:
    """Each tick's state hash and its changed parts' digests as the format writes them: asked of the lists whole, as
    a 5-minute run's 160,000 one by one took 40 ms; tick by tick only to name the first that is not."""
    if _all_hex(hashes, STATE_DIGITS) and _all_part_digests(parts):
        return
    for tick, digest in enumerate(hashes, 1):
        if not (_is_hex(digest) and len(digest) == STATE_DIGITS):
            raise _corrupted(file, f"tick {tick}'s hash should be {STATE_DIGITS} hex digits", digest)
    for tick, changed in enumerate(parts, 1):
        if not isinstance(changed, dict) or not all(
                v is None or (_is_hex(v) and len(v) == PART_DIGITS) for v in changed.values()):
            raise _corrupted(file, f"tick {tick}'s part digests should map names to {PART_DIGITS} hex digits or null",
                             changed)


def _checked_intents(file: str, intents: list, ticks: int) -> list:
    """The intents as (tick, values or None): the ticks rising from 1, the values this game's intent fields. Asked of
    the list whole, as a 5-minute run's 18,000 one by one took 36 ms; one by one only to name the first that is
    not."""
    if _intent_values_fit(intents) and _intent_ticks_rise(intents, ticks):
        return [(tick, None if values is None else tuple(values)) for tick, values in intents]
    checked = []
    for pair in intents:
        if not (isinstance(pair, list) and len(pair) == 2 and _is_int(pair[0])):
            raise _corrupted(file, "each intent should be [tick, values]", pair)
        tick, values = pair
        previous = checked[-1][0] if checked else 0
        if not previous < tick <= ticks or (not checked and tick != 1):
            raise _corrupted(file, f"intent ticks should rise from 1 to at most {ticks}; after {previous}", tick)
        if values is not None:
            if not (isinstance(values, list) and len(values) == len(INTENT_FIELDS)
                    and all(_fits(name, value) for name, value in zip(INTENT_FIELDS, values))):
                raise _corrupted(file, f"tick {tick}'s intent should be null or [{', '.join(INTENT_FIELDS)}] "
                                 "(numbers, then true/false)", values)
            values = tuple(values)
        checked.append((tick, values))
    if not checked:
        raise _corrupted(file, "a replay should have the first tick's intent", intents)
    return checked


def _all_hex(values, digits: int) -> bool:
    """Whether each of `values` is a string of `digits` hex digits, asked of them all at once: the loops are C's."""
    return set(map(type, values)) <= {str} and set(map(len, values)) <= {digits} and \
        _HEXES.fullmatch("".join(values)) is not None


def _all_given(values) -> list | None:
    """The values that are not None, or None when any other is falsy ("", 0, []): each then needs a look of its own."""
    given = list(filter(None, values))
    return given if len(given) + values.count(None) == len(values) else None


def _all_part_digests(parts: list) -> bool:
    """Whether each tick's parts are a dict of PART_DIGITS hex digits or null, asked of them all at once."""
    if not set(map(type, parts)) <= {dict}:
        return False
    digests = _all_given(list(chain.from_iterable(map(dict.values, parts))))
    return digests is not None and _all_hex(digests, PART_DIGITS)


def _intent_ticks_rise(intents: list, ticks: int) -> bool:
    """Whether the intents' ticks (whole numbers: _intent_values_fit) rise from 1 to at most `ticks`."""
    steps = list(map(operator.itemgetter(0), intents))
    return bool(steps) and steps[0] == 1 and steps[-1] <= ticks and all(map(operator.lt, steps, steps[1:]))


def _intent_values_fit(intents: list) -> bool:
    """Whether each intent is a [tick, values] pair, its tick a whole number and its values null or this game's intent
    fields, asked of each column at once."""
    if not intents:
        return True
    if not set(map(type, intents)) <= {list} or set(map(len, intents)) != {2}:
        return False
    steps, values = zip(*intents)
    if not set(map(type, steps)) <= {int}:
        return False
    given = _all_given(values)
    if given is None or not set(map(type, given)) <= {list} or not set(map(len, given)) <= {len(INTENT_FIELDS)}:
        return False
    for name, column in zip(INTENT_FIELDS, zip(*given)):
        kinds = set(map(type, column))
        if not (kinds <= {bool} if name in _BOOL_FIELDS else kinds <= {int, float} and
                all(map((-LARGEST).__le__, column)) and all(map(LARGEST.__ge__, column))):  # as _fits: NaN too
            return False
    return True


def _corrupted(file: str, what: str, found) -> ReplayError:
    """A field that is not as the format writes it: what it should be, and what was found (cut short)."""
    shown = json.dumps(found)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return ReplayError(f"{file}: corrupted: {what}, found {shown}")


def _by(version) -> str:
    return f", recorded by Blue Comet {one_line(version, 40)}" if isinstance(version, str) else ""


def _names(names: list[str], most: int = 12) -> str:
    """Names from the file as a message shows them: each quoted on one line and cut short, `most` of them at most (a
    newline in one broke the message's line in two; a long list or name made a message of hundreds of kilobytes)."""
    shown = ", ".join(quote(name, 30) for name in names[:most]) or "none"
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_str(value) -> bool:
    return isinstance(value, str)


def _is_name(value) -> bool:
    """A word as sys.platform or platform.machine() gives it: printable, on one line, short (may be empty)."""
    return isinstance(value, str) and len(value) <= _NAME_LENGTH and value.isprintable()


def _is_hex(value) -> bool:
    # a pattern, not a loop over the characters: a file holds a hash and part digests a tick, and the missions page
    # reads a best run as its mission is chosen (the Mars base won in 1,037 ticks: read in 27 ms that way, 15 ms so)
    return isinstance(value, str) and _HEX.fullmatch(value) is not None


def _fits(name: str, value) -> bool:
    if name in _BOOL_FIELDS:
        return isinstance(value, bool)
    # JSON lets NaN, Infinity and numbers of any length through; a stick or an aim point is never one of them (the
    # range alone refuses them all, NaN included, without turning a huge whole number into a float).
    return isinstance(value, (int, float)) and not isinstance(value, bool) and -LARGEST <= value <= LARGEST
