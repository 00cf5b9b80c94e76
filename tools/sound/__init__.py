"""Blue Comet's sound effects, synthesized with the standard library only (tools/make_sounds.py writes them).

Each sound is one short function returning float samples in [-1, 1], built
from small oscillators (PolyBLEP saw and square, so high notes do not alias),
white noise, one-pole and state-variable filters, envelopes and detuned
voices.  ``finish`` then removes DC, normalises the peak to -3 dBFS and fades
both ends so no file clicks, and ``write_wav`` stores 16-bit mono 44100 Hz
PCM, one assets/sounds/<name>.wav per sound (22050 Hz for the few with nothing
above 10 kHz: outputs.HALF_RATE).

Deterministic on purpose: every random source is a ``random.Random`` with a
fixed seed (never the global one) and nothing depends on time or dict hashing,
so two runs give byte-identical files.  The tests regenerate the set and
compare it with the committed assets, so edit this package, never a .wav.
tools/make_music.py builds the music from the same primitives.

Modules: synth holds the primitives every sound is built from (sweeps,
mixing, oscillators, noise, filters, envelopes, voices, struck partials);
weapons (shots, hits on an enemy and on the Layzner, a shot stopped by a
wall, the explosion, missiles launched and shot down, the knuckle), cockpit
(the dash, alerts, heat and venting, the hold's tick), vmax (V-MAX in and out,
the barrier, the ram), ui_and_level_end (menu blips, pause, the victory and
defeat stingers), cockpit_ais (Rei and Fouron), disabled_machines (a limb hit,
the pilot pod ejecting, a machine powering down) and objectives (the base's
alarm, an objective reached, a hold begun) and bul (the Bul's cannon charging
through its glint, and its report) design the sounds;
outputs names every sound in SOUNDS and writes the wav files; fight_music
composes the music's fight layers (each world's, by its Score) that
tools/make_music.py writes to assets/music/fight/.
"""
