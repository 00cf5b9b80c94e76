"""The data files' names and ranges: a weapon's picture and sound, and each machine's own picture, must be files the
game can load, and every key docs/tuning.md gives as a share (0 to 1) or a % of the heat gauge (0 to 100) is refused
outside that range."""

import dataclasses
import re
import typing
from pathlib import Path

import pytest

from game.content import catalog as catalog_module
from game.content.catalog import (UNITS_PATH, AiSpec, DashSpec, FouronSpec, HeatSpec, MissileSpec, PartsSpec,
                                  UnitSpec, VmaxSpec, WeaponSpec, load_catalog)
from game.content.errors import ContentError
from game.content.feel import FEEL_PATH, Feel, load_feel

ROOT = Path(__file__).resolve().parents[2]
TUNING = ROOT / "docs" / "tuning.md"


def refused(tmp_path, *edits, **folders) -> list[str]:
    """The lines load_catalog refuses units.yaml with, after each (old, new) edit."""
    text = UNITS_PATH.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "units.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path, **folders)
    return str(caught.value).splitlines()


# --- pictures and sounds ---

def test_a_misspelt_sprite_or_sound_is_refused_in_one_line_each_with_a_did_you_mean(tmp_path):
    # The sprite passed `main.py check` and crashed the game (FileNotFoundError) the first time a Dis fired; the sound
    # played nothing, and neither was told.
    lines = refused(tmp_path, ("sprite: bolt_enemy\n", "sprite: bolt_enemyy\n"),
                    ("sound: laser_enemy\n", "sound: laser_enemyy\n"))
    file = tmp_path / "units.yaml"
    assert len(lines) == 2
    assert lines[0].startswith(f'{file}: weapons.dis_rifle.sprite: expected the name of a .png file in assets/sprites '
                               '(without ".png"), found "bolt_enemyy" (did you mean "bolt_enemy"? known: bolt_enemy, '
                               'bolt_enemy_day, bolt_player, bolt_player_day, bul, bul_disabled, ')
    assert lines[1].startswith(f'{file}: weapons.dis_rifle.sound: expected the name of a .wav file in assets/sounds '
                               '(without ".wav"), found "laser_enemyy" (did you mean "laser_enemy"? known: alert, ')
    assert lines[0].endswith(", vmax_barrier)") and lines[1].endswith(", win)")  # every file there, in order


def test_a_sprite_or_sound_written_with_its_extension_or_in_other_case_is_told_what_to_write(tmp_path):
    lines = refused(tmp_path, ("sprite: knuckle_wave\n", "sprite: knuckle_wave.png\n"),
                    ("sound: laser_player\n", "sound: laser_player.WAV\n"),
                    ("sound: knuckle\n", "sound: Knuckle\n"))
    assert [line.split(": ", 1)[1] for line in lines] == [
        'weapons.laser_rifle.sound: expected the name of a .wav file in assets/sounds (without ".wav"), found '
        '"laser_player.WAV" (write "laser_player": the game adds ".wav")',
        'weapons.knuckle_shot.sprite: expected the name of a .png file in assets/sprites (without ".png"), found '
        '"knuckle_wave.png" (write "knuckle_wave": the game adds ".png")',
        lines[2].split(": ", 1)[1]]
    assert 'weapons.knuckle_shot.sound: expected the name of a .wav file' in lines[2]
    assert 'found "Knuckle" (did you mean "knuckle"?' in lines[2]  # the mixer's names are case and all


def test_a_weapon_with_a_mistake_of_its_own_still_has_its_picture_checked(tmp_path):
    lines = refused(tmp_path, ("    damage: 11\n", "    damage: lots\n"), ("sprite: bolt_enemy\n", "sprite: bolt\n"))
    assert [line.split(": ")[1] for line in lines] == ["weapons.dis_rifle.damage", "weapons.dis_rifle.sprite"]


def test_the_names_allowed_are_the_ones_the_sprite_bank_and_the_mixer_load(tmp_path):
    from game.audio.mixer import _wav_files
    from game.content.catalog import SOUNDS_DIR, SPRITES_DIR, sound_names, sprite_names
    from game.view.sprites import SpriteBank
    pictures, sounds = tmp_path / "sprites", tmp_path / "sounds"
    for folder in (pictures, sounds, pictures / "sub", pictures / "folder.png", sounds / "folder.wav"):
        folder.mkdir()
    for name in ("bolt.png", "shout.PNG", "notes.txt", "sub/deep.png", "bolt.png.bak"):
        (pictures / name).write_bytes(b"")
    for name in ("zap.wav", "boom.WAV", "tune.ogg", "zap.png"):
        (sounds / name).write_bytes(b"")
    # The bank loads folder/NAME.png: ".png" in lower case (a case-sensitive disk has no "shout.png"), no folder.
    assert sprite_names(pictures) == {"bolt"} and all(SpriteBank(pictures).has(name) for name in sprite_names(pictures))
    # The mixer loads every .wav right in its folder, the extension in any case, by stem; nothing else.
    assert sound_names(sounds) == {path.stem for path in _wav_files(sounds)} == {"zap", "boom"}
    assert sprite_names(SPRITES_DIR) and all(SpriteBank().has(name) for name in sprite_names())  # the shipped ones
    assert sound_names() == {path.stem for path in _wav_files(SOUNDS_DIR)}
    lines = refused(tmp_path, ("sprite: bolt_enemy\n", "sprite: shout\n"), ("sound: laser_enemy\n", "sound: tune\n"),
                    ("sprite: bolt_player\n", "sprite: bolt\n"), ("sound: laser_player\n", "sound: boom\n"),
                    ("sprite: knuckle_wave\n", "sprite: sub/deep\n"), ("sound: knuckle\n", "sound: zap\n"),
                    sprites=pictures, sounds=sounds)
    # The Bul's cannon, left as it is, names a picture and two sounds that are not in these folders either; nor are
    # the machines' own pictures.
    assert [line.split(": ")[1] for line in lines] == ["weapons.knuckle_shot.sprite", "weapons.dis_rifle.sprite",
                                                       "weapons.dis_rifle.sound", "weapons.bul_cannon.sprite",
                                                       "weapons.bul_cannon.sound", "weapons.bul_cannon.windup_sound",
                                                       "units.layzner", "units.dis", "units.bul"]
    assert f'expected the name of a .png file in {pictures} (without ".png"), found "shout" (known: bolt)' \
        in lines[1]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert refused(tmp_path, sprites=empty)[0].endswith(f'found "bolt_player" ({empty} holds no .png file)')


def test_a_new_machine_with_no_picture_named_after_it_is_refused_in_one_line_not_a_crash_on_screen(tmp_path):
    # A faster Dis added to units.yaml alone passed `main.py check`, then crashed the game (FileNotFoundError) on the
    # first frame it was drawn in: the renderer draws a machine as the picture named after it.
    lines = refused(tmp_path, ("  dis:\n    name: SPT-DS Dis\n", "  dis_light:\n    name: SPT-DS Dis\n"))
    assert lines == [f"{tmp_path / 'units.yaml'}: units.dis_light: expected its picture, assets/sprites/dis_light.png "
                     "(a machine is drawn as the picture named after it), found no such file (tools/art/outputs.py "
                     "draws each machine's picture and `make art` writes them: add one there)"]


def test_check_and_the_game_at_start_refuse_a_misspelt_sprite_in_the_same_line(monkeypatch, tmp_path, capsys):
    from game import cli, session
    broken = tmp_path / "units.yaml"
    broken.write_text(UNITS_PATH.read_text(encoding="utf-8").replace("sprite: bolt_enemy\n", "sprite: bolt_enemyy\n"),
                      encoding="utf-8")
    line = (f'{broken}: weapons.dis_rifle.sprite: expected the name of a .png file in assets/sprites (without ".png"), '
            'found "bolt_enemyy" (did you mean "bolt_enemy"?')
    monkeypatch.setattr(cli, "load_catalog", lambda: load_catalog(broken))
    assert cli.main(["check", str(ROOT / "levels" / "mars_base.tmx")]) == 1
    assert capsys.readouterr().out.startswith(line)
    real = session.current_catalog
    monkeypatch.setattr(session, "current_catalog", lambda path: real(broken))
    # A level named on the command line is built before any window opens: a mistake stops the game there.
    assert cli.main(["--level", str(ROOT / "levels" / "mars_base.tmx"), "--frames", "1", "--mute"]) == 2
    assert capsys.readouterr().err.startswith(line)


def test_a_picture_gone_since_the_catalog_was_read_is_told_at_the_next_level_start(monkeypatch, tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text(UNITS_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    first = catalog_module.current_catalog(path)
    assert catalog_module.current_catalog(path) is first
    real = catalog_module.sprite_names
    monkeypatch.setattr(catalog_module, "sprite_names", lambda *folder: real(*folder) - {"bolt_enemy"})
    with pytest.raises(ContentError, match='weapons.dis_rifle.sprite: .* found "bolt_enemy"'):
        catalog_module.current_catalog(path)  # units.yaml unchanged, and still not the old catalog passed off


# --- shares and percents ---

@pytest.mark.parametrize("old, new, where, expected", [
    ("crawl: 0.3 ", "crawl: 2.0 ", "units.layzner.heat.crawl", "from 0.0 to 1.0, found 2.0"),
    ("patrol_speed: 0.4 ", "patrol_speed: 3.0 ", "units.dis.ai.patrol_speed", "from 0.0 to 1.0, found 3.0"),
    ("per_near_miss: 0.035 ", "per_near_miss: 1.5 ", "units.layzner.vmax.per_near_miss", "from 0.0 to 1.0, found 1.5"),
    ("warning: 80 ", "warning: 150 ", "units.layzner.heat.warning", "from 0.0 to 100.0, found 150.0"),
    ("safe_level: 35 ", "safe_level: 500 ", "units.layzner.heat.safe_level", "from 0.0 to 100.0, found 500.0"),
    ("      dash: 14 ", "      dash: 140 ", "units.layzner.heat.dash", "from 0.0 to 100.0, found 140.0"),
    ("      heat: 6 ", "      heat: 101 ", "units.layzner.missiles.heat", "from 0.0 to 100.0, found 101.0"),
    ("fire_again_heat: 50 ", "fire_again_heat: 900 ", "units.layzner.fouron.fire_again_heat",
     "from 0.0 to 100.0, found 900.0"),
    ("    heat: 9\n", "    heat: 100.5\n", "weapons.knuckle_shot.heat", "from 0.0 to 100.0, found 100.5"),
])
def test_a_share_past_1_or_a_percent_past_100_is_refused_with_its_range(tmp_path, old, new, where, expected):
    assert refused(tmp_path, (old, new)) == [f"{tmp_path / 'units.yaml'}: {where}: expected a number {expected} "
                                             "(a number)"]


def test_the_ends_of_the_ranges_pass(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text(UNITS_PATH.read_text(encoding="utf-8").replace("crawl: 0.3 ", "crawl: 1 ")
                    .replace("warning: 80 ", "warning: 100 ").replace("safe_level: 35 ", "safe_level: 0 "),
                    encoding="utf-8")
    heat = load_catalog(path).units["layzner"].heat
    assert (heat.crawl, heat.warning, heat.safe_level) == (1.0, 100.0, 0.0)


def test_feel_s_heavy_hit_is_a_share(tmp_path):
    assert 0 < load_feel().heavy_hit <= 1  # the shipped file passes
    path = tmp_path / "feel.yaml"
    path.write_text(FEEL_PATH.read_text(encoding="utf-8").replace("heavy_hit: 0.25 ", "heavy_hit: 2.5 "),
                    encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_feel(path)
    assert str(caught.value) == f"{path}: heavy_hit: expected a number from 0.0 to 1.0, found 2.5 (a number)"


# Each table of docs/tuning.md, by the heading above it, and the settings it documents.
SECTIONS = {"### A machine": UnitSpec, "### `dash`": DashSpec, "### `heat`": HeatSpec, "### `vmax`": VmaxSpec,
            "### `missiles`": MissileSpec, "### `ai`": AiSpec, "### `parts`": PartsSpec, "### `fouron`": FouronSpec,
            "### A weapon": WeaponSpec, "## feel.yaml": Feel}
RANGES = {"share": {"min": 0.0, "max": 1.0}, "%": {"min": 0.0, "max": 100.0}}


def documented_units() -> list[tuple[type, str, str]]:
    """(settings class, key, unit) of every row in the tables of the units.yaml and feel.yaml sections."""
    rows, section = [], None
    for line in TUNING.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            section = next((cls for heading, cls in SECTIONS.items() if line.startswith(heading)), None)
        row = re.match(r"\| `([\w.]+)` \| ([^|]*) \|", line)
        if section is not None and row:
            rows.append((section, row[1], row[2].strip()))
    return rows


def field_of(cls, key: str) -> dataclasses.Field:
    *outer, last = key.split(".")
    for name in outer:
        cls = typing.get_type_hints(cls)[name]
    return {field.name: field for field in dataclasses.fields(cls)}[last]


def test_every_key_the_docs_give_as_a_share_or_a_percent_is_held_to_that_range():
    rows = documented_units()
    ranged = [(cls, key, unit) for cls, key, unit in rows if unit in RANGES]
    assert len(rows) > 80 and len(ranged) >= 14  # the tables were found
    wrong = [f"{cls.__name__}.{key} ({unit}): {dict(field_of(cls, key).metadata)}" for cls, key, unit in ranged
             if {k: field_of(cls, key).metadata.get(k) for k in ("min", "max")} != RANGES[unit]
             or field_of(cls, key).metadata.get("above")]
    assert wrong == []


def test_a_misspelt_windup_sound_is_refused_like_a_sound(tmp_path):
    # The Bul's charge through its glint: a misspelt name would have silenced the cue to dash without a word.
    lines = refused(tmp_path, ("windup_sound: bul_charge ", "windup_sound: bul_chrage "))
    assert len(lines) == 1
    assert lines[0].startswith(f'{tmp_path / "units.yaml"}: weapons.bul_cannon.windup_sound: expected the name of a '
                               '.wav file in assets/sounds (without ".wav"), found "bul_chrage" (did you mean '
                               '"bul_charge"?')
