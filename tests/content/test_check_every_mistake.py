"""A map the loader refuses is still checked for every mistake that can be seen in what was read of it, so a designer
mends them all in one save; and a map copied out of levels/ is told its broken links' one cause first."""

import shutil
from pathlib import Path

import pytest

from game import cli
from game.content import check
from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.errors import ContentError
from game.content.tmx_limits import MAX_PROBLEMS
from game.session import new_game
from tests.content.test_tmx_diagnoses import edit, outpost

ROOT = Path(__file__).resolve().parents[2]
HOLD = '<property name="hold" type="float" value="12"/>'
KIND = '<property name="kind" propertytype="EnemyKind" value="bul"/>'
NEXT = 'value="storm_canyon.tmx"'
WAITING = ("the ways on foot to each objective, trigger and enemy, the gates and the time limit are checked once the "
           "problems above are fixed")


def three_mistakes(tmp_path: Path) -> Path:
    """The audit's b9.tmx: hold typed as the text "12 s", kind "Bul" on two spawns, and next naming a missing map."""
    path = outpost(tmp_path)
    edit(path, HOLD, '<property name="hold" value="12 s"/>')
    path.write_text(path.read_text(encoding="utf-8").replace(KIND, KIND.replace('"bul"', '"Bul"')), encoding="utf-8")
    edit(path, NEXT, 'value="storm_canyonn.tmx"')
    return path


def told(lines) -> list[str]:
    """What each line is about: its place, and what was found there."""
    return [f"{problem.where}: {problem.found}" for problem in lines]


def test_a_map_with_three_unrelated_mistakes_is_told_all_three_in_one_check(tmp_path):
    path = three_mistakes(tmp_path)
    result = check_map(path, load_catalog())
    assert told(result.problems) == [
        'layer "objects", object 8 "extraction pad", property hold: "12 s" (a string property)',
        'layer "objects", object 9 "north heavy", property kind: "Bul"',
        'layer "objects", object 10 "pad heavy", property kind: "Bul"',
        "map, property next: no file storm_canyonn.tmx"]
    assert "did you mean storm_canyon.tmx?" in result.problems[-1].hint
    assert str(result.unchecked) == f"{path}: {WAITING}"


def test_the_waiting_page_is_given_every_mistake_the_checker_finds_as_check_tells_them(tmp_path):
    path = three_mistakes(tmp_path)
    with pytest.raises(ContentError) as refused:
        new_game(path)  # what a playtest's page shows, and every save it reads again
    assert refused.value.problems == check_map(path, load_catalog()).problems
    assert str(refused.value).splitlines()[-1] == f"{path}: {WAITING}"


def test_a_missing_patrol_does_not_hide_a_missing_next_map(tmp_path):
    path = outpost(tmp_path)
    edit(path, '<property name="patrol" type="object" value="6"/>', '<property name="patrol" type="object" '
         'value="66"/>')
    edit(path, NEXT, 'value="act2.tmx"')
    assert told(check_map(path, load_catalog()).problems) == [
        'layer "objects", object 5 "south patrol", property patrol: 66 (no object has id 66)',
        "map, property next: no file act2.tmx"]


def test_a_value_the_loader_refused_is_told_once_and_the_checks_go_on(tmp_path):
    path = outpost(tmp_path)
    # kind typed as a number: the loader refuses it and reads the spawn with kind "", which is no enemy kind either
    edit(path, KIND, '<property name="kind" type="int" value="3"/>')
    edit(path, NEXT, 'value="act2.tmx"')
    assert [problem.where for problem in check_map(path, load_catalog()).problems] == [
        'layer "objects", object 9 "north heavy", property kind', "map, property next"]


def test_a_check_that_trips_on_a_half_read_map_is_passed_over_and_the_others_still_tell(tmp_path, monkeypatch):
    path = three_mistakes(tmp_path)

    def trips(*args):
        raise AttributeError("what a half-read map left out")

    monkeypatch.setattr(check, "_enemy_spawn_problems", trips)
    assert [problem.where for problem in check_map(path, load_catalog()).problems] == [
        'layer "objects", object 8 "extraction pad", property hold', "map, property next"]


def test_check_prints_what_waits_once_after_the_problems_and_does_not_count_it(tmp_path, capsys):
    path = three_mistakes(tmp_path)
    assert cli.main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == [f"{path}: {WAITING}", lines[-1]]
    assert lines[-1].startswith("1 map checked") and lines[-1].endswith(", 4 problems")
    assert sum(WAITING in line for line in lines) == 1


def many_holds_typed_as_text(tmp_path: Path, count: int) -> Path:
    """The outpost with `count` more objectives, each with its hold typed as text (a line each from the loader), and the
    kind "Bul" on two spawns (two from the checker)."""
    path = outpost(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(KIND, KIND.replace('"bul"', '"Bul"')), encoding="utf-8")
    objectives = "".join(
        f'<object id="{100 + n}" template="templates/objective.tx" name="o{n}" x="{32 + n % 30 * 32}" '
        f'y="{32 + n // 30 * 32}" width="32" height="32"><properties><property name="hold" value="12 s"/>'
        "</properties></object>" for n in range(count))
    edit(path, '<object id="1" ', f'{objectives}<object id="1" ')
    return path


def test_the_checkers_lines_on_a_refused_map_stop_where_the_loaders_list_is_cut_short(tmp_path):
    """A map with 120 mistakes: the loader lists 100 and says 20 more; the checker's two lines came after that
    last line, 103 listed."""
    problems = check_map(many_holds_typed_as_text(tmp_path, 120), load_catalog()).problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert (problems[-1].expected, problems[-1].found) == (f"at most {MAX_PROBLEMS} problems listed", "20 more")


def test_the_checkers_lines_on_a_refused_map_fill_the_list_and_say_how_many_more_wait(tmp_path):
    """99 lines from the loader, two from the checker: one fits under the cap, and a last line says one more."""
    problems = check_map(many_holds_typed_as_text(tmp_path, 99), load_catalog()).problems
    assert told(problems[-2:-1]) == ['layer "objects", object 9 "north heavy", property kind: "Bul"']
    assert (problems[-1].expected, problems[-1].found) == (f"at most {MAX_PROBLEMS} problems listed", "1 more")
    assert len(problems) == MAX_PROBLEMS + 1


# --- a map copied out of levels/ ------------------------------------------------------------------------------------

def test_a_map_copied_out_of_levels_is_told_its_broken_links_one_cause_first_then_a_short_line_each(tmp_path):
    path = Path(shutil.copy(ROOT / "levels" / "outpost.tmx", tmp_path))
    result = check_map(path, load_catalog())
    cause, *links, next_map = result.problems
    assert str(cause) == (f"{path}: map: expected templates/ and ../assets/tilesets/ beside it, as it names them "
                          f"relative to levels/, found it in {tmp_path}, where the 6 files below are not (keep it in "
                          "levels/, or fix each below with Locate File... in the list of broken links Tiled shows as "
                          "it opens the map)")
    assert [(problem.found, problem.hint.split(",")[0]) for problem in links] == [
        ("no file there", f"Locate File...: {name}") for name in (
            "levels/templates/player_spawn.tx", "levels/templates/enemy_spawn.tx", "levels/templates/patrol_path.tx",
            "levels/templates/trigger.tx", "levels/templates/objective.tx", "assets/tilesets/mars.tsx")]
    assert next_map.where == "map, property next"  # a mistake of its own, told as it was
    assert str(result.unchecked).startswith(f"{path}: the walls, where each spawn, patrol and area stands, ")


def test_one_link_lost_alone_keeps_its_whole_line(tmp_path):
    path = outpost(tmp_path)
    (tmp_path / "levels" / "templates" / "trigger.tx").unlink()
    [line] = [problem for problem in check_map(path, load_catalog()).problems if "template" in problem.where]
    assert line.found == "no file templates/trigger.tx"
    assert "the game's own levels/templates/trigger.tx is" in line.hint
