"""The mixer facade: loads the game's .wav effects and plays them by name, each at its own level, or stays silent.

Sound is never worth a crash: without an audio device, with a missing or broken
file, or asked for a name it does not know, ``Audio`` logs once and carries on
silently. It also keeps rapid fire from starving the mixer: a sound never starts
again within RESTART_GAP_MS of its last start, on the real clock (two copies
started on nearly the same sample add up to a crack at full scale), at most
``max_per_sound`` copies of one sound play at once, and past that the oldest copy
gives way to the newest: it fades out in a few milliseconds (a cut mid-wave
clicks) when another channel is free, and is cut short for the newest when none
is. So the latest shot is heard and the other sounds still find free channels.
When none is free, the sounds the player must hear (PRIORITY: the cockpit's
warnings, the lock, Fouron, being spotted, the base's alarm, objectives, the
level's end, the menus) take the channel of the oldest copy of the sound playing
the most copies; any other sound is skipped. While a warning (DUCKING) plays, the
fight's sounds (all but PRIORITY) and the music sink by DUCK_DB, and come back up smoothly after; a warning
repeated within REPEAT_MS of its last start (the heat's, once a second) is heard without ducking them again, and
none starts over a copy of itself still playing.
A new music track starts once the last has faded out (SDL would wait for the
fade to load it). Over a world's track, its fight layer (FIGHT_LAYERS) plays on a
channel of its own while the level's fight is on (set_fighting, which the play
scene says each frame: game/audio/fight.py): it comes in over FIGHT_IN_MS, from its
first bar, and goes over FIGHT_OUT_MS once the fight is over, at the music's volume,
sinking with it in a pause and under a warning.
The effects play under HEADROOM, never above their own LEVELS, and never panned
past PAN_LIMIT, so a kill's crash, its hit and a ram together stay under full
scale and nothing sounds from one speaker only.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

import pygame

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOUNDS_DIR = REPO_ROOT / "assets" / "sounds"
MUSIC_DIR = REPO_ROOT / "assets" / "music"
FIGHT_DIR = MUSIC_DIR / "fight"
# Each track's fight layer (fight/NAME.wav), the one of the world it plays in; a track not named has none
FIGHT_LAYERS = {"mars_wind": "mars", "manhattan_night": "manhattan", "manhattan_rain": "manhattan"}
NUM_CHANNELS = 24  # for the effects; the fight layer has one more, after them (find_channel gives the lowest free)
MAX_PER_SOUND = 4
# The effects are 44.1 kHz (a few, with nothing above 10 kHz, stored at half that: SDL converts them as they load); a
# small buffer keeps a shot's sound tight on the trigger.
MIXER_SETTINGS = {"frequency": 44100, "size": -16, "channels": 2, "buffer": 512}
DEFAULT_MUSIC_VOLUME = 0.55
# Every file peaks at -3 dBFS; a sound's level sets how loud it is against the others (the cockpit's beeps and the
# menus' blips under the guns and the blasts), and HEADROOM leaves room for several at once.
LEVELS = {"laser_player": 0.6, "laser_enemy": 0.6, "hit": 0.5, "explosion": 1.0, "dash": 0.7, "alert": 0.5,
          "telegraph": 0.35, "lock_on": 0.8, "locked": 0.45, "heat_warning": 0.6, "rei_chirp": 0.45,
          "fouron_voice": 0.7, "fouron_seize": 0.9, "fouron_release": 0.7, "part_hit": 0.55, "power_down": 0.8,
          "eject": 0.6, "hold_tick": 0.5, "ui_move": 0.6, "ui_confirm": 0.6, "pause": 0.6, "vmax_start": 0.8,
          "vmax_end": 0.8, "overheat": 0.8, "vented": 0.8, "knuckle": 0.8, "ram": 0.8, "deflect": 0.8,
          "missile_launch": 0.8, "win": 0.8, "lose": 0.8, "hit_player": 0.55, "ricochet": 0.45, "missile_down": 0.8,
          "base_alarm": 0.65, "objective": 0.7, "hold_start": 0.45, "vmax_ready": 0.6, "vmax_denied": 0.5,
          "bul_charge": 0.7, "bul_cannon": 0.9, "shutter": 0.7}
# The Bul's charge and cannon, at those levels, weigh as much as the Dis's telegraph and rifle at theirs (A-weighted,
# over the loudest 100 ms): the charge spreads its energy over its 0.6 s, and most of the cannon's is its deep boom.
HEADROOM = 0.6  # the effects' share of full scale, under an equal-power pan (0.71 a side at the centre)
MUSIC_HEADROOM = 0.5  # the music's, so the rifle is heard over the wind at the volumes' defaults
STEAL_FADE_MS = 15  # a copy taken over fades this fast: too short to hear, long enough not to click
# ms before a sound may start again. In a big fight each frame would start another copy on top of the last few, 17 ms
# apart (a phasey comb, and now and then two in phase: a crack at full scale). Shorter than any one machine's own
# repeat (the rifle's 100 ms, which frames deliver at least 83 ms apart; the lock's ticks), so it thins only many
# machines' sounds. On the real clock: the frames' clock drifts from what the mixer plays.
RESTART_GAP_MS = 60
SLOWER_RESTART_MS = {"ricochet": 150}  # walls stop many shots: a few ricochets a second are texture enough
PAN_LIMIT = 0.7  # the far speaker keeps 12 dB under the near one: nothing comes from one side only, as in headphones
MENU_SOUNDS = frozenset({"ui_move", "ui_confirm", "pause"})  # the menus' blips, heard on across a change of scene
# With every channel busy (a big fight's rifles, hits and blasts), these cut a copy of that flood short rather than go
# unheard: what the player must act on (heat, the lock, Fouron, being spotted, the base's alarm), the objectives' news,
# the level's end, and the menus' blips (a paused fight's channels stay busy).
PRIORITY = frozenset({"heat_warning", "overheat", "vented", "lock_on", "locked", "fouron_seize", "fouron_release",
                      "alert", "base_alarm", "objective", "hold_start", "win", "lose"}) | MENU_SOUNDS
# The warnings a fight must not bury: while one plays, every sound not in PRIORITY sinks by DUCK_DB. Not the lock's
# ticks (they come every 120 ms as long as a lock builds: the fight would pump, and they stand clear in a band of their
# own), nor the objectives' and the menus' blips (news, not warnings).
DUCKING = frozenset({"heat_warning", "overheat", "vented", "locked", "alert", "base_alarm", "fouron_seize",
                     "fouron_release", "win", "lose"})
DUCK_DB = 8.0  # the overheat sank 8 dB under a big fight's flood: this lifts it clear, and the fight is still heard
DUCK_IN_MS, DUCK_OUT_MS = 50, 400  # in under the warning's first beat; back slowly, not heard as a jump
# A warning again this soon after its last start is a repeat, the same news: it does not duck the fight again. The heat
# warning beeps every second from 80 % heat: each beep ducking, a hot fight and its music sank 8 dB and came back once
# a second (33 dips in 44 s of the stress arena); un-ducked, its beep still stands 8-9 dB over that fight in its band.
REPEAT_MS = 1500
PAUSED_MUSIC = 0.4  # the music's share of its volume while the game is paused
MUSIC_FADE_OUT_MS, MUSIC_FADE_IN_MS = 600, 1500
# The fight layer: in as fast as a fight flares up, out slowly (after fight.py's QUIET_AFTER without a sign of one), so
# a lull is not heard as the music giving up
FIGHT_IN_MS, FIGHT_OUT_MS = 1000, 3500
_DEVICE_ERRORS = (pygame.error, OSError, NotImplementedError)  # NotImplementedError: pygame built without mixer


class _Sound(Protocol):
    def set_volume(self, value: float, /) -> None: ...


class _Channel(Protocol):
    """The part of pygame.mixer.Channel that Audio uses; tests pass fakes through this seam."""

    def play(self, sound: _Sound, /, loops: int = 0) -> object: ...
    def set_volume(self, left: float, right: float, /) -> None: ...
    def get_busy(self) -> bool: ...
    def get_sound(self) -> _Sound | None: ...
    def stop(self) -> None: ...
    def fadeout(self, milliseconds: int, /) -> None: ...
    def unpause(self) -> None: ...


_channels: dict[int, _Channel] = {}  # by id: pygame makes a new Channel object for each find, equal to no other


def _find_free_channel() -> _Channel | None:
    channel = pygame.mixer.find_channel(False)  # never force: cutting another sound short is worse than skipping
    if channel is None or channel.id >= NUM_CHANNELS:  # the fight layer's, free only while no fight is heard
        return None
    return _channels.setdefault(channel.id, channel)


def _load_layer(path: Path) -> _Sound:
    return pygame.mixer.Sound(str(path))


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _db_gain(db: float) -> float:
    return 10 ** (db / 20)


def pan_gains(pan: float) -> tuple[float, float]:
    """(left, right) gains for pan -1 (left) .. 1 (right), equal power: a sound panned anywhere is as loud, 0.71 a
    side at the centre and 1 on one side at the edge."""
    angle = (_clamp(pan, -1.0, 1.0) + 1.0) * math.pi / 4
    return math.cos(angle), math.sin(angle)


class Audio:
    """Plays the game's sounds; silent, never crashing, when there is no audio device."""

    def __init__(
        self,
        sounds: dict[str, _Sound | None],
        *,
        enabled: bool = True,
        volume: float = 0.8,
        find_channel: Callable[[], _Channel | None] = _find_free_channel,
        clock: Callable[[], int] = pygame.time.get_ticks,
        max_per_sound: int = MAX_PER_SOUND,
        owns_mixer: bool = False,
        layer_channel: _Channel | None = None,
        load_layer: Callable[[Path], _Sound] = _load_layer,
    ) -> None:
        """Usually built by ``Audio.open``; direct construction is the seam for tests.

        ``sounds`` maps a name to its sound, or to None when the file failed to
        load (the name is known, so it plays silently rather than warning again).
        ``layer_channel`` plays the fight layers (None: none is heard), loaded by ``load_layer``.
        """
        self._sounds = dict(sounds)
        self._enabled = enabled
        self._find_channel = find_channel
        self._max_per_sound = max(1, max_per_sound)
        self._owns_mixer = owns_mixer
        self._playing: dict[str, deque[_Channel]] = {}  # channels per name, oldest first
        self._clock = clock  # ms
        self._started_at: dict[str, int] = {}  # per name, when a copy last started (ms)
        self._gains: dict[_Channel, tuple[float, float]] = {}  # each channel's (left, right) gains before ducking
        self._ducking: dict[str, _Channel] = {}  # per DUCKING name, the channel of the copy that ducks the fight
        self._duck_db = 0.0  # how far the fight's sounds are ducked now
        self._updated_at = clock()  # ms, when the duck and the fight layer last moved
        self._warned: set[str] = set()
        self._volume = 0.0
        self._music = ""  # the track playing, "" for none
        self._music_volume = DEFAULT_MUSIC_VOLUME
        self._next_track: Path | None = None  # to start once the track playing has faded out
        self._paused = False
        self._layer_channel = layer_channel
        self._load_layer = load_layer
        self._layers: dict[str, _Sound | None] = {}  # loaded, by name; None: it would not load (logged)
        self._layer = ""  # the fight layer of the track asked for, "" for none
        self._fighting = False
        self._fight_gain = 0.0  # the fight layer's share of the music's volume now: 0 silent (stopped) .. 1
        self.set_volume(volume)

    @classmethod
    def open(cls, sounds_dir: Path | None = None, *, enabled: bool = True, volume: float = 0.8) -> Audio:
        """Starts the mixer (unless it already runs) and loads every .wav in sounds_dir.

        Returns a silent Audio when disabled or when there is no usable audio device.
        """
        if not enabled:
            return cls({}, enabled=False, volume=volume)
        owns_mixer = False
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(**MIXER_SETTINGS)
                owns_mixer = True
            if pygame.mixer.get_num_channels() < NUM_CHANNELS + 1:
                pygame.mixer.set_num_channels(NUM_CHANNELS + 1)
            layer_channel = pygame.mixer.Channel(NUM_CHANNELS)
        except _DEVICE_ERRORS as exc:
            log.warning("No usable audio device, the game runs silent: %s", exc)
            return cls({}, enabled=False, volume=volume)
        sounds = _load_sounds(Path(sounds_dir) if sounds_dir is not None else DEFAULT_SOUNDS_DIR)
        return cls(sounds, enabled=True, volume=volume, owns_mixer=owns_mixer, layer_channel=layer_channel)

    @property
    def enabled(self) -> bool:
        """False when silent (disabled, no audio device, or closed)."""
        return self._enabled

    @property
    def names(self) -> frozenset[str]:
        """The names of the sounds that loaded and can be heard."""
        return frozenset(name for name, sound in self._sounds.items() if sound is not None)

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """Master volume 0..1; applies at once, to sounds already playing too."""
        self._volume = _clamp(volume, 0.0, 1.0)
        for sound in self._sounds.values():
            if sound is not None:
                try:
                    sound.set_volume(self._volume)
                except pygame.error as exc:
                    self._warn_once("volume", "Could not set the volume: %s", exc)

    def playing(self, name: str) -> int:
        """How many copies of a sound are playing now (at most max_per_sound)."""
        return len(self._live_channels(name))

    def play(self, name: str, volume: float = 1.0, pan: float = 0.0) -> None:
        """Plays a sound by name (file name without .wav) at its level times `volume` (0..1: never above its level)
        and pan -1 (left) .. 1 (right), held within PAN_LIMIT."""
        if not self._enabled:
            return
        if name not in self._sounds:
            self._warn_once(f"unknown:{name}", "No sound named %r; it stays silent", name)
            return
        sound = self._sounds[name]
        if sound is None:  # it failed to load, which was logged then
            return
        now = self._clock()
        # The copy just started stands for this one; but each of the menus' blips answers a press or a held key's
        # repeat, which comes faster than the gap.
        last = self._started_at.get(name)
        if last is not None and name not in MENU_SOUNDS and \
                now - last < SLOWER_RESTART_MS.get(name, RESTART_GAP_MS):
            return
        try:
            live = self._live_channels(name)
            if live and name in DUCKING:  # two machines spotting the Layzner 80 ms apart: one alarm, not a garble
                return
            oldest = None
            if len(live) >= self._max_per_sound:
                oldest = live.popleft()  # the oldest copy gives way: the newest shot is what matters
            channel = self._find_channel()
            if oldest is not None:
                if channel is None:
                    channel = oldest  # no channel free: the newest takes the oldest's, cut short
                else:
                    oldest.fadeout(STEAL_FADE_MS)  # a cut mid-wave clicks
            if channel is None and name in PRIORITY:
                channel = self._take_channel()
            if channel is None:  # every channel busy with something else: skip, don't cut others short
                return
            channel.play(sound)
            self._started_at[name] = now
            # after play(): pygame resets a channel's volume when it starts a sound
            left, right = pan_gains(_clamp(pan, -PAN_LIMIT, PAN_LIMIT))
            gain = LEVELS.get(name, 1.0) * _clamp(volume, 0.0, 1.0) * HEADROOM
            self._gains[channel] = (gain * left, gain * right)
            duck = 1.0 if name in PRIORITY else _db_gain(-self._duck_db)
            channel.set_volume(gain * left * duck, gain * right * duck)
            live.append(channel)
            if name in DUCKING and (last is None or now - last >= REPEAT_MS):
                self._ducking[name] = channel
            elif name in DUCKING:  # a repeat, maybe on the channel the first played on: that one ducks no more
                self._ducking.pop(name, None)
        except pygame.error as exc:  # e.g. the mixer was shut down under us
            self._warn_once("play", "Could not play a sound: %s", exc)

    @property
    def music_volume(self) -> float:
        return self._music_volume

    def set_music_volume(self, volume: float) -> None:
        """Music volume 0..1, apart from the effects' volume; applies at once and to the tracks that follow."""
        self._music_volume = _clamp(volume, 0.0, 1.0)
        self._apply_music_volume()

    def _apply_music_volume(self) -> None:
        """The track's volume, and the fight layer's at its share of it: the music volume, sunk in a pause and under a
        warning."""
        if not self._enabled:
            return
        level = self._music_volume * MUSIC_HEADROOM * (PAUSED_MUSIC if self._paused else 1.0) * _db_gain(-self._duck_db)
        try:
            pygame.mixer.music.set_volume(level)
            if self._layer_channel is not None and self._fight_gain > 0:
                self._layer_channel.set_volume(level * self._fight_gain, level * self._fight_gain)
        except pygame.error as exc:
            self._warn_once("music volume", "Could not set the music volume: %s", exc)

    def stop_effects(self) -> None:
        """Stop the sounds of a fight that is left (a level quit or restarted), the menus' blips apart."""
        try:
            for name, channels in self._playing.items():
                if name not in MENU_SOUNDS:
                    for channel in channels:
                        if channel.get_sound() is self._sounds.get(name):
                            channel.stop()
        except pygame.error as exc:
            self._warn_once("stop", "Could not stop the sounds: %s", exc)

    def pause(self) -> None:
        """The game is paused: the effects under way hold where they are and the music sinks (menu blips still
        play, on free channels)."""
        self._set_paused(True)

    def resume(self) -> None:
        """The game goes on: the held effects finish and the music comes back up."""
        self._set_paused(False)

    def _set_paused(self, paused: bool) -> None:
        if paused == self._paused or not self._enabled:
            return
        self._paused = paused
        try:
            (pygame.mixer.pause if paused else pygame.mixer.unpause)()
            if paused and self._layer_channel is not None:
                self._layer_channel.unpause()  # music: it plays on under the menu, sunk with the track
        except pygame.error as exc:
            self._warn_once("pause", "Could not pause the sounds: %s", exc)
        self._apply_music_volume()

    def play_music(self, name: str, volume: float | None = None) -> None:
        """Loop the track assets/music/NAME.* (a map's `music` property); "" or an unknown name: silence.

        volume (0..1), when given, becomes the music volume; by default the one set_music_volume chose plays.
        """
        if volume is not None:
            self.set_music_volume(volume)  # at once: the track asked for may be the one playing, which goes on
        if name == self._music:
            return
        self._music = name
        self._next_track = None
        if FIGHT_LAYERS.get(name, "") != self._layer:  # another world: its own fight, from its start
            self.leave_fight()
            self._layer = FIGHT_LAYERS.get(name, "")
        if not self._enabled:
            return
        try:
            # The name as given, never globbed (as the checker reads it): the title plays a map's before it is checked,
            # and a path typed in there raised, a pattern played whatever it matched
            tracks = [path for path in sorted(MUSIC_DIR.glob("*.*")) if path.stem == name] if name else []
            if name and not tracks:
                self._warn_once(f"music:{name}", "No music track %r in %s", name, MUSIC_DIR)
            if pygame.mixer.music.get_busy():
                # SDL loads a track only once the one playing has faded out, and waits for it: the next one starts
                # from update() instead, so the game never stands still for the fade.
                pygame.mixer.music.fadeout(MUSIC_FADE_OUT_MS)
                self._next_track = tracks[0] if tracks else None
            elif tracks:
                self._start_track(tracks[0])
        except pygame.error as exc:
            self._warn_once(f"music:{name}", "Could not play music %r: %s", name, exc)

    def set_fighting(self, fighting: bool) -> None:
        """Whether the level's fight is on (fight.FightWatch says, once a frame): the fight layer of the world's track
        comes in while it is, and goes once it is not."""
        self._fighting = fighting

    def leave_fight(self) -> None:
        """The fight is left (the level quit, restarted or over): its layer fades out with the level, as fast as a
        track does, never heard over what comes next."""
        self._fighting = False
        if self._fight_gain > 0 and self._layer_channel is not None:
            try:
                self._layer_channel.fadeout(MUSIC_FADE_OUT_MS)
            except pygame.error as exc:
                self._warn_once("fight", "Could not fade the fight's music out: %s", exc)
        self._fight_gain = 0.0

    def prepare_fight(self) -> None:
        """Loads the fight layer of the track asked for, if not yet loaded: called as a level loads, so a fight's
        start does not wait for it (7-30 ms)."""
        if self._enabled and self._layer and self._layer_channel is not None:
            self._layer_sound()

    @property
    def fight_gain(self) -> float:
        """The fight layer's share of the music's volume now: 0 silent .. 1."""
        return self._fight_gain

    def update(self) -> None:
        """Once a frame: duck the fight under a warning, or bring it back up; bring the fight layer in or out; start the
        track asked for once the last one has faded out."""
        if not self._enabled:
            return
        now = self._clock()
        elapsed = min(now - self._updated_at, 50)  # after a stall (a level loading) no more than 50 ms' step: no jump
        self._updated_at = now
        try:
            self._duck(elapsed)
        except pygame.error as exc:
            self._warn_once("duck", "Could not duck the sounds: %s", exc)
        try:
            self._fade_fight(elapsed)
        except pygame.error as exc:
            self._warn_once("fight", "Could not play the fight's music: %s", exc)
        if self._next_track is None:
            return
        try:
            if not pygame.mixer.music.get_busy():
                track, self._next_track = self._next_track, None
                self._start_track(track)
        except pygame.error as exc:
            self._next_track = None
            self._warn_once(f"music:{self._music}", "Could not play music %r: %s", self._music, exc)

    def _duck(self, elapsed: int) -> None:
        """Moves the duck toward DUCK_DB while a DUCKING warning plays, back to 0 dB once none does, at a steady rate in
        dB, and sets every sound of the fight playing to it."""
        # Not while paused: SDL counts a held channel busy, and the pause menu's music stayed ducked for a warning
        # the pause had stopped mid-sound; it ducks again as the game goes on
        warning = not self._paused and any(channel.get_busy() and channel.get_sound() is self._sounds.get(name)
                                           for name, channel in self._ducking.items())
        target = DUCK_DB if warning else 0.0
        if self._duck_db == target:
            return
        if target > self._duck_db:
            self._duck_db = min(target, self._duck_db + DUCK_DB * elapsed / DUCK_IN_MS)
        else:
            self._duck_db = max(target, self._duck_db - DUCK_DB * elapsed / DUCK_OUT_MS)
        self._apply_music_volume()
        duck = _db_gain(-self._duck_db)
        for name in list(self._playing):
            if name not in PRIORITY:
                for channel in self._live_channels(name):
                    left, right = self._gains.get(channel, (0.0, 0.0))
                    channel.set_volume(left * duck, right * duck)

    def _fade_fight(self, elapsed: int) -> None:
        """Moves the fight layer's share toward 1 while the fight is on, to 0 once it is not, at a steady rate; starts
        the layer from its first bar as it comes in and stops it once silent. Held in a pause, as the game is."""
        target = 1.0 if self._fighting and self._layer and self._layer_channel is not None else 0.0
        if self._paused or self._fight_gain == target:
            return
        was = self._fight_gain
        if target > was:
            if was == 0 and not self._start_layer():
                return
            self._fight_gain = min(target, was + max(1, elapsed) / FIGHT_IN_MS)  # on from 0: started once
        else:
            self._fight_gain = max(target, was - elapsed / FIGHT_OUT_MS)
            if self._fight_gain == 0:
                self._layer_channel.stop()
        self._apply_music_volume()

    def _layer_sound(self) -> _Sound | None:
        """The fight layer of the track asked for, loaded once; None when it cannot be (logged)."""
        if self._layer not in self._layers:
            try:
                self._layers[self._layer] = self._load_layer(FIGHT_DIR / f"{self._layer}.wav")
            except (pygame.error, OSError) as exc:
                self._layers[self._layer] = None
                self._warn_once(f"fight:{self._layer}", "Could not load the fight music %r: %s", self._layer, exc)
        return self._layers[self._layer]

    def _start_layer(self) -> bool:
        """Starts the fight layer looping, silent until its volume is set; False when it cannot be loaded."""
        sound = self._layer_sound()
        if sound is None:
            return False
        self._layer_channel.play(sound, loops=-1)
        self._layer_channel.set_volume(0.0, 0.0)  # after play(), which resets it: it comes in from silence
        return True

    def _start_track(self, track: Path) -> None:
        pygame.mixer.music.load(track)
        self._apply_music_volume()
        pygame.mixer.music.play(loops=-1, fade_ms=MUSIC_FADE_IN_MS)

    def close(self) -> None:
        """Stops this Audio's sounds and, if it started the mixer, shuts the mixer down. Safe to repeat."""
        try:
            for channels in self._playing.values():
                for channel in channels:
                    channel.stop()
            if self._layer_channel is not None:
                self._layer_channel.stop()
            if self._owns_mixer and pygame.mixer.get_init():
                pygame.mixer.quit()
        except pygame.error as exc:
            self._warn_once("close", "Could not close the mixer cleanly: %s", exc)
        self._playing.clear()
        self._started_at.clear()
        self._gains.clear()
        self._ducking.clear()
        self._sounds.clear()
        self._owns_mixer = False
        self._enabled = False

    def _live_channels(self, name: str) -> deque[_Channel]:
        """The channels still playing this name; ones that finished or were reused for another sound drop out."""
        sound = self._sounds.get(name)
        if sound is None:
            return deque()
        live = deque(
            channel
            for channel in self._playing.get(name, ())
            if channel.get_busy() and channel.get_sound() is sound
        )
        self._playing[name] = live
        return live

    def _take_channel(self) -> _Channel | None:
        """The channel of the oldest copy of the sound playing the most copies (not a PRIORITY one), for a PRIORITY
        sound when none is free; None when only PRIORITY sounds play. Cut, not faded: the fade would keep it busy."""
        copies = [(len(self._live_channels(name)), name) for name in list(self._playing) if name not in PRIORITY]
        most, name = max(copies, default=(0, ""))
        return self._playing[name].popleft() if most else None

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message, *args)


def _load_sounds(sounds_dir: Path) -> dict[str, _Sound | None]:
    """Every .wav in sounds_dir by file stem; a file that will not load maps to None (and is logged)."""
    if not sounds_dir.is_dir():
        log.warning("No sounds folder at %s; the game runs without sound effects", sounds_dir)
        return {}
    sounds: dict[str, _Sound | None] = {}
    for path in _wav_files(sounds_dir):
        try:
            sounds[path.stem] = pygame.mixer.Sound(str(path))
        except (pygame.error, OSError, ValueError) as exc:
            log.warning("Could not load sound %s, it stays silent: %s", path.name, exc)
            sounds[path.stem] = None
    return sounds


def _wav_files(sounds_dir: Path) -> Iterable[Path]:
    return sorted(p for p in sounds_dir.iterdir() if p.suffix.lower() == ".wav" and p.is_file())
