"""The command line: a headless run prints one JSON line; bad maps give a clear message and status 2."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.maps import ALARM

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None):
    """main.py with `args`; `env` over the environment (WINDOW: the window under SDL's dummy drivers)."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})


WINDOW = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def test_headless_run_prints_one_json_line_with_the_state():
    result = run("--headless", "--level", "levels/mars_base.tmx", "--seconds", "10", "--seed", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["ticks"] == 600 and report["seconds"] == 10.0
    assert report["entities"] >= 1 + report["enemies_alive"]
    assert report["enemies_alive"] == 3 and report["player_hit_points"] > 0
    assert len(report["state_hash"]) == 32 and report["wall_seconds"] >= 0


def test_the_same_headless_run_twice_gives_the_same_hash():
    first = json.loads(run("--headless", "--seconds", "20", "--seed", "4").stdout)
    second = json.loads(run("--headless", "--seconds", "20", "--seed", "4").stdout)
    assert first["state_hash"] == second["state_hash"]


def test_a_broken_level_gives_a_clear_message_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text("not a map")
    result = run("--headless", "--level", str(bad))
    assert result.returncode == 2
    assert str(bad) in result.stderr and "Traceback" not in result.stderr


def test_check_passes_the_shipped_levels_with_status_0():
    result = run("check")
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("0 problems")
    assert "maps checked" in result.stdout


def test_check_gives_one_line_per_problem_and_status_1(tmp_path):
    from tests.maps import write_map
    bad = write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"], kind="dis2")
    result = run("check", str(bad))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert (lines[0].startswith(f"{bad}: ") and 'kind "dis2" is not an enemy kind' in lines[0]
            and "known: bul, dis" in lines[0])
    assert lines[-1].startswith("1 map checked") and lines[-1].endswith("1 problem")


def test_check_read_by_a_pipe_that_closes_early_ends_without_a_traceback(tmp_path):
    from tests.maps import write_map
    for number in range(60):  # more lines than one write of Python's buffer, so some are written to a closed pipe
        write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"], kind="dis2", name=f"m{number}.tmx")
    check = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "check", str(tmp_path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "is not an enemy kind" in check.stdout.readline()  # `check | head -1`
    check.stdout.close()
    assert check.wait(timeout=120) == 1 and "Traceback" not in check.stderr.read()
    check.stderr.close()


def test_check_reports_ignored_tiled_features_as_warnings_without_failing(tmp_path):
    from tests.maps import write_map
    path = write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"])
    path.write_text(path.read_text().replace("</map>", '<imagelayer id="9" name="sky"/>\n</map>'))
    result = run("check", str(path))
    assert result.returncode == 0, result.stdout
    assert "warning: " in result.stdout and "sky" in result.stdout
    # the sky, the Dis that sees the spawn from 96 px, and that the map is not in the campaign
    assert result.stdout.strip().endswith("3 warnings")


def test_a_playtest_from_tiled_prints_the_map_s_warnings_where_tiled_shows_the_output(tmp_path):
    from tests.maps import write_map
    path = write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"])
    path.write_text(path.read_text().replace("</map>", '<imagelayer id="9" name="sky"/>\n</map>'))
    result = run("--level", str(path), "--frames", "1", "--mute", env=WINDOW)
    assert result.returncode == 0, result.stderr
    assert f'warning: {path}: layer "sky": expected a tile or object layer, found an image layer' in result.stderr


def test_a_playtest_prints_every_warning_check_gives_the_map_an_unusable_corner_sheet_among_them(tmp_path):
    import pygame
    from tests.content.test_check_corners import brush_map
    from tests.maps import TILE, but_in_sight
    path = brush_map(tmp_path)
    path.write_text(path.read_text().replace("</map>", '<imagelayer id="9" name="sky"/>\n</map>'))
    pygame.image.save(pygame.Surface((TILE * 2, TILE // 2)), tmp_path / "test_corners.png")  # drawn for 16 px tiles
    # The map's own warnings: that the campaign does not reach it is check's alone, as for a map in levels/
    checked = [line for line in run("check", str(path)).stdout.splitlines()
               if line.startswith("warning: ") and "expected a mission of the campaign" not in line]
    assert len(but_in_sight(checked)) == 2 and "test_corners.png" in but_in_sight(checked)[1]
    result = run("--level", str(path), "--frames", "1", "--mute", env=WINDOW)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("warning: ")] == checked


def test_a_playtest_of_a_broken_map_opens_the_window_on_its_problems_and_ends_2_if_never_fixed(tmp_path):
    from tests.maps import write_map
    path = write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"])
    path.write_text(path.read_text().replace('type="enemy_spawn"', 'type="enemy_spwan"'))
    result = run("--level", str(path), "--frames", "2", "--mute", env=WINDOW)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f'{path}: layer' in result.stderr and '"enemy_spwan"' in result.stderr  # Tiled's console still has it


def test_the_help_names_the_check_command_in_its_usage_and_says_what_it_does():
    shown = run("--help").stdout
    assert shown.startswith("usage: blue-comet [OPTIONS]\n       blue-comet check [PATHS ...]\n")
    assert "blue-comet check [PATHS ...] checks levels made in Tiled" in shown
    assert "--campaign FIRST_MAP play your own maps as a campaign: FIRST_MAP, then the map its next property " \
           "names" in " ".join(shown.split())


def test_check_of_a_folder_checks_every_map_in_it(tmp_path):
    from tests.maps import write_map
    for name in ("a.tmx", "b.tmx"):
        write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"], name=name)
    result = run("check", str(tmp_path))
    assert result.returncode == 0 and "2 maps checked" in result.stdout


def test_check_of_one_map_says_it_checked_one_and_the_maps_its_next_leads_to(tmp_path):
    from tests.maps import write_map
    room = ["#######", "#.....#", "#P..E.#", "#.....#", "#######"]
    for name, following in (("one.tmx", "two.tmx"), ("two.tmx", "three.tmx"), ("three.tmx", "four.tmx"),
                            ("four.tmx", "")):
        path = write_map(tmp_path, room, name=name)
        if following:
            path.write_text(path.read_text().replace(
                "<tileset", f'<properties><property name="next" type="file" value="{following}"/></properties>\n'
                            " <tileset", 1))
    one = run("check", str(tmp_path / "one.tmx")).stdout.splitlines()[-1]
    # one.tmx, kept out of levels/, is not in the campaign (the maps it leads to are its chain's); and on each of the
    # four maps the Dis sees the spawn from 96 px
    assert one.startswith("1 map checked, and the 3 maps it leads to, in ") and one.endswith(" 0 problems, 5 warnings")
    two = run("check", str(tmp_path / "one.tmx"), str(tmp_path / "three.tmx")).stdout.splitlines()[-1]
    assert two.startswith("2 maps checked, and the 2 maps they lead to, in ")
    last = run("check", str(tmp_path / "three.tmx")).stdout.splitlines()[-1]
    assert last.startswith("1 map checked, and the map it leads to, in ")
    assert run("check", str(tmp_path)).stdout.splitlines()[-1].startswith("4 maps checked in ")


def test_check_of_one_shipped_map_says_it_checked_one_and_the_rest_of_the_campaign():
    line = run("check", "levels/outpost.tmx").stdout.splitlines()[-1]
    assert line.startswith("1 map checked, and the other 5 maps of the campaign, in ")


def test_check_of_a_folder_holding_a_loop_of_links_or_of_a_name_too_long_is_a_line_each_not_a_traceback(tmp_path):
    from tests.maps import write_map
    write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"], name="a.tmx")
    (tmp_path / "loop.tmx").symlink_to(tmp_path / "loop.tmx")
    result = run("check", str(tmp_path), "c" * 300 + ".tmx")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{tmp_path / 'loop.tmx'}: expected a Tiled map (.tmx) that can be read, found too many "
                        "levels of symbolic links")
    assert lines[1].startswith("c" * 300 + ".tmx: expected a Tiled map (.tmx)")
    assert "3 maps checked" in lines[-1]


def test_a_start_at_object_off_the_map_or_in_a_wall_is_refused_in_one_line(tmp_path):
    from tests.maps import TILE, write_map
    notes = (f'<object id="20" name="off" x="{-3 * TILE}" y="{TILE}"><point/></object>'
             f'<object id="21" name="rock" x="{TILE / 2}" y="{TILE / 2}"><point/></object>'
             f'<object id="22" name="clear" x="{3.5 * TILE}" y="{1.5 * TILE}"><point/></object>')
    path = write_map(tmp_path, ["#######", "#.....#", "#P..E.#", "#.....#", "#######"], more_objects=notes)
    off = run("--headless", "--level", str(path), "--start-at", "20", "--seconds", "1")
    assert off.returncode == 2 and "Traceback" not in off.stderr
    assert off.stderr.strip() == (f'{path}: object 20 "off" (--start-at): expected the start inside the map (0 to '
                                  f"224 x 0 to 160 px), found its centre at ({-3 * TILE}, {TILE}), {3 * TILE} px "
                                  "past the "
                                  "map's left edge at 0 px (start at an object on open ground inside the map)")
    rock = run("--headless", "--level", str(path), "--start-at", "21", "--seconds", "1")
    assert rock.returncode == 2
    assert rock.stderr.strip() == (f'{path}: object 21 "rock" (--start-at): expected an object to start at on open '
                                   'ground, found its centre on a solid tile at tile (0, 0): tile 1 of tileset "test" '
                                   'on layer "ground" (start at an object on open ground inside the map)')
    clear = run("--headless", "--level", str(path), "--start-at", "22", "--seconds", "1")
    assert clear.returncode == 0, clear.stderr


def test_a_start_at_an_enemy_with_no_room_beside_it_or_a_trigger_in_rock_is_refused_in_one_line_naming_it(tmp_path):
    from tests.maps import TILE, write_map
    # The Dis is sealed in a pocket of rock three tiles across (the level is won at the goal); the trigger's centre
    # is in the rock between (it reaches out over the open ground on either side: one wholly in rock is refused by
    # the checker, as no one could walk into it).
    more = (f'<object id="20" name="goal" type="objective" x="{TILE}" y="{TILE}" width="{TILE}" height="{TILE}"/>'
            f'<object id="21" name="door" type="trigger" x="{3 * TILE}" y="{2 * TILE}" width="{4 * TILE}" '
            f'height="{TILE}">'
            f'<properties>{ALARM}</properties></object>')
    path = write_map(tmp_path, ["##########", "#....#...#", "#.P..#.E.#", "#....#...#", "##########"],
                     more_objects=more)
    sealed = run("--headless", "--level", str(path), "--start-at", "2", "--seconds", "1")
    assert sealed.returncode == 2 and "Traceback" not in sealed.stderr
    assert sealed.stderr.strip() == (
        f'{path}: layer "objects", object 2 "enemy 0" (--start-at): expected room for the Layzner within 160 px of '
        "the object, clear of the walls and beside, not on, every machine, reached from the object in a straight "
        "line, found none (start at an object with open ground round it)")
    rock = run("--headless", "--level", str(path), "--start-at", "21", "--seconds", "1")
    assert rock.returncode == 2
    assert rock.stderr.strip() == (f'{path}: layer "objects", object 21 "door" (--start-at): expected an object to '
                                   'start at on open ground, found its centre on a solid tile at tile (5, 2): tile 1 '
                                   'of tileset "test" on layer "ground" (start at an object on open ground inside the '
                                   "map)")


def test_seconds_that_are_not_a_number_of_game_time_are_refused_in_one_line_not_a_traceback_or_a_hang():
    for seconds in ("nan", "inf", "-1", "1e300", "soon"):
        result = run("--headless", "--seconds", seconds)
        assert result.returncode == 2, (seconds, result.stdout)
        assert f"argument --seconds: expected a number of seconds from 0 to 86400, found {seconds}" in result.stderr
        assert "Traceback" not in result.stderr


def test_seconds_are_refused_where_the_run_would_ignore_them_not_taken_silently():
    """--seconds was read only by a headless run of its own: with --bot it ran the level to its end, in the window it
    did nothing, and either way the status was 0, as if the time asked for had been played."""
    for mode in (("--headless", "--bot"), ("--frames", "1", "--mute")):
        result = run(*mode, "--seconds", "5", "--level", "levels/mars_base.tmx", env=WINDOW)
        assert result.returncode == 2, (mode, result.stdout)
        assert "--seconds is how long a --headless run simulates (not with --bot" in result.stderr
        assert result.stdout == "" and "Traceback" not in result.stderr


def test_frames_that_are_not_a_whole_number_are_refused_saying_what_was_expected():
    result = run("--frames", "abc")
    assert result.returncode == 2
    assert "argument --frames: expected a whole number of frames, 1 or more, found abc" in result.stderr


def test_check_also_reads_the_feel_and_the_controls_and_names_their_mistakes(monkeypatch, capsys, tmp_path):
    from game import cli
    from game.content import feel
    from game.input import bindings
    broken_feel, broken_bindings = tmp_path / "feel.yaml", tmp_path / "bindings.yaml"
    broken_feel.write_text("screen_shake: loud\n", encoding="utf-8")
    broken_bindings.write_text("keyboard:\n  dash: [spcae]\n", encoding="utf-8")
    real_feel = feel.load_feel
    monkeypatch.setattr(feel, "load_feel", lambda: real_feel(broken_feel))
    monkeypatch.setattr(bindings, "DEFAULT_BINDINGS_PATH", broken_bindings)
    assert cli.main(["check", str(ROOT / "levels" / "mars_base.tmx")]) == 1
    out = capsys.readouterr().out
    assert str(broken_feel) in out and f"{broken_bindings}: keyboard.dash[0]" in out and 'did you mean "space"' in out
    lines = out.strip().splitlines()
    told = sum(str(broken_feel) in line or str(broken_bindings) in line for line in lines)
    assert lines[-1].startswith("1 map checked, and the other 5 maps of the campaign") \
        and lines[-1].endswith(f"{told} problems")  # the maps are still checked


def test_a_playtest_from_selected_object_with_none_selected_says_to_select_one():
    # With no object selected, Tiled leaves the command's %objectid as it is.
    result = run("--headless", "--level", "levels/outpost.tmx", "--start-at", "%objectid")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert ("argument --start-at: expected the id or the name of a map object, found %objectid (in Tiled, select an "
            "object before Playtest from selected object)") in result.stderr


def test_a_start_at_left_empty_says_it_found_nothing():
    result = run("--headless", "--level", "levels/outpost.tmx", "--start-at", "")
    assert result.returncode == 2
    assert "expected the id or the name of a map object, found nothing (in Tiled" in result.stderr


def test_check_of_a_folder_with_no_maps_says_so_as_it_fails(tmp_path):
    (tmp_path / "enemy_spawn.tx").write_text("<template/>")
    result = run("check", str(tmp_path))
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and len(lines) == 2
    assert lines[0] == f"{tmp_path}: expected Tiled maps (.tmx), found none"
    assert lines[1].startswith("0 maps checked") and lines[1].endswith(", 1 problem")  # the line it just gave


def test_check_names_a_pad_setting_left_in_the_bindings_as_a_warning_as_the_game_plays_it(monkeypatch, capsys,
                                                                                         tmp_path):
    from game import cli
    from game.input import bindings
    old = tmp_path / "bindings.yaml"
    old.write_text("pad:\n  dead_zone: 0.3\n", encoding="utf-8")
    monkeypatch.setattr(bindings, "DEFAULT_BINDINGS_PATH", old)
    assert cli.main(["check", str(ROOT / "levels" / "mars_base.tmx")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith(f"warning: {old}: pad.dead_zone") and "set in Options now" in line for line in lines)
    assert lines[-1].endswith("0 problems, 1 warning")


def test_a_headless_run_takes_a_difficulty_and_says_it_and_the_window_takes_the_one_in_options(tmp_path):
    normal, hard = (json.loads(run("--headless", "--seconds", "20", "--seed", "4", *given).stdout)
                    for given in ((), ("--difficulty", "hard")))
    assert (normal["difficulty"], hard["difficulty"]) == ("normal", "hard")
    assert normal["state_hash"] != hard["state_hash"]
    refused = run("--difficulty", "hard", "--level", "levels/mars_base.tmx", "--frames", "1", "--mute")
    assert refused.returncode == 2 and "--difficulty is for --headless runs" in refused.stderr


def test_a_playtest_in_the_window_starts_on_the_difficulty_chosen_in_options(tmp_path, monkeypatch):
    import game.app
    from game import cli
    (tmp_path / "settings.yaml").write_text("difficulty: easy\n", encoding="utf-8")
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(tmp_path))
    started = []
    monkeypatch.setattr(game.app, "App", lambda level, **kwargs: started.append(kwargs["game"]) or _NoWindow())
    assert cli.play(ROOT / "levels" / "mars_base.tmx", 1, None, skip_title=True, mute=True) == 0
    assert started[0].res.difficulty == "easy"


class _NoWindow:
    """Stands in for the App: the game it was given is what the test looks at."""
    ctx = type("Context", (), {})()

    def run(self, max_frames=None):
        return 0


def test_check_with_no_paths_names_the_maps_as_typed_from_the_game_s_folder(monkeypatch, tmp_path):
    from game import cli
    monkeypatch.chdir(ROOT)
    assert cli._as_typed(cli.LEVELS) == Path("levels")  # "levels/outpost.tmx: ...", as the guide shows
    monkeypatch.chdir(tmp_path)
    assert cli._as_typed(cli.LEVELS) == cli.LEVELS  # from elsewhere, the whole path finds it


def test_check_with_unreadable_units_names_it_as_typed_and_ends_with_the_count_line(monkeypatch, capsys, tmp_path):
    # The maps name the units: they cannot be checked without them, and the last line says so, as it always counts.
    from game import cli
    from game.content import catalog
    units = tmp_path / "assets" / "data" / "units.yaml"
    units.parent.mkdir(parents=True)
    units.write_text(catalog.UNITS_PATH.read_text(encoding="utf-8").replace("\n  layzner:", "\n\tlayzner:", 1),
                     encoding="utf-8")
    monkeypatch.setattr(cli, "load_catalog", lambda: catalog.load_catalog(units))
    monkeypatch.chdir(tmp_path)  # the game's folder, as a designer runs check from it
    assert cli.main(["check", str(ROOT / "levels" / "mars_base.tmx")]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("assets/data/units.yaml: line ")
    assert lines[0].endswith("(indent with spaces, not tabs: YAML does not allow a tab there)")
    assert lines[-1] == ("0 maps checked (they are checked once assets/data/units.yaml reads without problems), "
                         "1 problem")


def test_check_of_a_folder_with_only_a_map_saved_as_json_says_how_to_make_a_tmx(tmp_path):
    (tmp_path / "act2").mkdir()
    (tmp_path / "act2" / "crater_pass.tmj").write_text("{}")
    result = run("check", str(tmp_path))
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and lines[1].startswith("0 maps checked") and lines[1].endswith(", 1 problem")
    assert lines[0] == (f"{tmp_path}: expected Tiled maps (.tmx), found only crater_pass.tmj, saved as JSON (open it "
                        "in Tiled and use File > Export As... with the type Tiled map files (*.tmx), next to it: the "
                        "game reads .tmx only)")


def test_campaign_opens_the_title_on_the_designers_first_map_and_is_refused_with_level(tmp_path, monkeypatch):
    import game.app
    from game import cli
    from tests.test_campaign import chain
    first = chain(tmp_path, "a.tmx", "b.tmx")
    opened = []
    monkeypatch.setattr(game.app, "App", lambda level, **kwargs: opened.append((level, kwargs)) or _NoWindow())
    assert cli.main(["--campaign", str(first), "--mute"]) == 0
    level, kwargs = opened[0]
    assert level == first and kwargs["skip_title"] is False  # the title, Launch and the missions page follow it
    assert "--campaign" in run("--help").stdout
    refused = run("--campaign", str(first), "--level", str(first))
    assert refused.returncode == 2 and "--campaign opens the title on your campaign" in refused.stderr
    missing = run("--campaign", str(tmp_path / "none.tmx"))
    assert missing.returncode == 2 and missing.stderr.startswith(f"{tmp_path / 'none.tmx'}: expected a Tiled map")


def test_record_to_a_file_it_cannot_write_ends_1_after_the_run_and_keeps_last_replay(tmp_path, player_files):
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    for target in (tmp_path, tmp_path / "notes.txt" / "run.replay"):  # a folder; a path under a file
        (player_files / "last.replay").unlink(missing_ok=True)
        result = run("--record", str(target), "--level", "levels/mars_base.tmx", "--frames", "40", "--mute",
                     env=WINDOW)
        assert result.returncode == 1, result.stderr
        assert f"{target}: could not save the replay" in result.stderr and "Traceback" not in result.stderr
        assert (player_files / "last.replay").stat().st_size > 0  # the run was played, and its own replay kept


# -- check and the bindings files


def test_check_names_two_actions_the_game_s_own_bindings_give_one_key_and_fails(monkeypatch, capsys, tmp_path):
    from game import cli
    from game.input import bindings
    shipped = tmp_path / "bindings.yaml"
    shipped.write_text(bindings.DEFAULT_BINDINGS_PATH.read_text(encoding="utf-8").replace(
        "fullscreen: [f11]", "fullscreen: [return]").replace("knuckle: [f]", "knuckle: [e]"), encoding="utf-8")
    monkeypatch.setattr(bindings, "DEFAULT_BINDINGS_PATH", shipped)
    assert cli.main(["check", str(ROOT / "levels" / "mars_base.tmx")]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[:2] == [
        f"{shipped}: keyboard: expected each key to do one thing in a level, found e given to both missile and "
        "knuckle (it does missile alone now; knuckle is left with no key or mouse button; mend it in Options > "
        "Controls or in the file)",
        f"{shipped}: keyboard: expected each key to do one thing on a menu, found return given to both fullscreen and "
        "menu_confirm (it does fullscreen alone now; menu_confirm keeps enter, space; mend it in the file)"]
    assert "maps of the campaign, in " in lines[-1] and lines[-1].endswith(", 2 problems")


def test_check_of_a_player_s_bindings_file_names_its_unknown_actions_and_keys_and_its_clashes_and_no_maps(tmp_path):
    path = tmp_path / "bindings.yaml"
    path.write_text("keyboard:\n  dahs: [q]\n  vmax: [spcae]\n  fullscreen: [return]\n  dash: [e]\n", encoding="utf-8")
    result = run("check", str(path))
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"{path}: keyboard.dahs: expected one of move_up, ")
    assert 'found an unknown action "dahs" (did you mean "dash"?' in lines[0]
    assert lines[1] == f'{path}: keyboard.vmax[0]: expected a key name, found "spcae" (did you mean "space"? the ' \
                       "game's binding stands in; kept in the file)"
    assert lines[2].startswith(f"{path}: keyboard: expected each key to do one thing in a level, found e given to both "
                               "dash and missile (it does dash alone now")
    assert lines[3].startswith(f"{path}: keyboard: expected each key to do one thing on a menu, found return given to "
                               "both fullscreen and menu_confirm")
    assert len(lines) == 5 and lines[4].startswith("0 maps and 1 bindings file checked in ")
    assert lines[4].endswith(", 4 problems")


def test_check_of_a_bindings_file_that_reads_cleanly_passes_and_of_one_not_there_says_so(tmp_path):
    path = tmp_path / "bindings.yaml"
    path.write_text("keyboard:\n  dash: [g]\n", encoding="utf-8")
    clean = run("check", str(path))
    assert clean.returncode == 0 and clean.stdout.startswith("0 maps and 1 bindings file checked in ")
    assert clean.stdout.strip().endswith(", 0 problems") and len(clean.stdout.splitlines()) == 1
    missing = run("check", str(tmp_path / "my_bindings.yml"))
    assert missing.returncode == 1
    assert missing.stdout.splitlines()[0] == f"{tmp_path / 'my_bindings.yml'}: expected a bindings file, found no " \
                                             "file there"
    assert "a player's bindings file (bindings.yaml)" in " ".join(run("check", "--help").stdout.split())


def test_the_game_runs_numpy_s_blas_on_one_thread_unless_the_player_s_environment_says_otherwise():
    # OpenBLAS reads the setting as numpy is first imported, so it must be set as soon as any of the game is imported
    ask = "import os, sys, game; print(os.environ.get('OPENBLAS_NUM_THREADS'), 'numpy' in sys.modules)"
    unset = {key: value for key, value in os.environ.items() if key != "OPENBLAS_NUM_THREADS"}
    for env, expected in ((unset, "1 False"), ({**unset, "OPENBLAS_NUM_THREADS": "3"}, "3 False")):
        done = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, cwd=ROOT, timeout=60,
                              env=env)
        assert done.stdout.strip() == expected, done.stderr
