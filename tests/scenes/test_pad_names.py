"""A pad player reads their own pad's names: a PlayStation pad's CROSS and R2, a Nintendo pad's B (south) and ZR, in
the briefing, the menus' hints and on the Controls page; any other pad Xbox's. Options can force a layout for a pad
that cannot be told; the bindings stay by the buttons' places whatever the names."""

import dataclasses

import pygame
import pytest

from game.input.actions import Actions
from game.input.bindings import default_bindings
from game.input.devices import InputDevices
from game.input.pad_layout import layout_of, shown_layout
from game.scenes import controls as controls_scene
from game.scenes import options as options_scene
from game.scenes import title as title_scene
from game.scenes.options import ROWS, OptionsScene
from game.scenes.play import PlayScene
from game.scenes.title import TitleScene
from game.settings import Settings, load_settings
from game.sim.resources import STEP
from game.view.text import KEPT_WHOLE
from tests.drawn_words import record_drawn_words
from tests.input.test_devices import FakeOpener
from tests.scenes.conftest import hand, make_context
from tests.scenes.test_controls import PAD_1, ROW, drawn_beside, open_controls, saved

# GUIDs as SDL 2 makes them on Linux (USB: bus 3, the maker's and the product's ids)
PS4_GUID = "030000004c050000cc09000011810000"  # Sony's 054c
DUALSENSE_GUID = "030000004c050000e60c000000810000"  # Sony's 054c, the PS5 pad's 0ce6
SWITCH_PRO_GUID = "030000007e0500000920000011810000"  # Nintendo's 057e
XBOX_GUID = "030000005e040000ea02000001030000"  # Microsoft's 045e
LOGITECH_GUID = "030000006d0400001dc2000014400000"  # a pad of no layout the game knows
BRIEFING_CONTROLS_AT = 3.0  # s: the Mars base's first briefing message names the controls (the view tests' time)


def pad_plugged_in(name: str, guid: str) -> InputDevices:
    """InputDevices with one pad SDL names `name`, its GUID `guid`, plugged in before any key is used."""
    devices = InputDevices(default_bindings(), open_controller=FakeOpener(name=name, guid=guid))
    devices.handle(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0, guid=guid))
    return devices


def test_a_pad_is_told_by_its_maker_in_its_guid_or_else_by_its_name():
    assert layout_of("Wireless Controller", PS4_GUID) == "playstation"
    assert layout_of("Pro Controller", SWITCH_PRO_GUID) == "nintendo"
    assert layout_of("Xbox One Controller", XBOX_GUID) == "xbox"
    assert layout_of("Logitech Gamepad F310", LOGITECH_GUID) == "xbox"  # unknown: Xbox's names, as before
    # over Bluetooth SDL may put the name in the GUID in place of the ids: the name tells it then
    assert layout_of("PS4 Controller", "050000004c69632050726f20436f6e00") == "playstation"
    assert layout_of("PS5 Controller", "050000004c69632050726f20436f6e00") == "playstation5"
    assert layout_of("Nintendo Switch Pro Controller", "050000004c69632050726f20436f6e00") == "nintendo"


def test_a_playstation_pad_plugged_in_reads_its_own_names_in_the_first_mission_s_briefing(display):
    devices = pad_plugged_in("PS4 Controller", PS4_GUID)
    ctx = make_context("levels/mars_base.tmx")
    play = PlayScene(ctx, ctx.level_path)
    hand(play, devices.poll())
    assert (ctx.device, ctx.pad_layout) == ("pad", "playstation")
    for _ in range(round(BRIEFING_CONTROLS_AT / STEP)):
        play.step()
        play.frame(STEP)
    assert play.renderer.panel.line.text.replace(KEPT_WHOLE, " ") == \
        "Move: LEFT STICK. Aim: RIGHT STICK. Fire: R2. Dash: CROSS."
    assert play.control_words()["dash"] == "CROSS" and play.control_words()["vmax"] == "TRIANGLE"
    assert play._prompt_key("missile") == "L2" and play._prompt_key("restart") == "SHARE"  # the HUD's


# A PS4 pad's SHARE stands where a PS5 pad has CREATE
@pytest.mark.parametrize("name, guid, back", [("Sony Interactive Entertainment Wireless Controller", PS4_GUID, "SHARE"),
                                              ("PS5 Controller", DUALSENSE_GUID, "CREATE")])
def test_the_title_names_a_playstation_pad_s_buttons_in_its_controls_line_and_hint(display, monkeypatch, name, guid,
                                                                                   back):
    drawn = record_drawn_words(monkeypatch, title_scene)
    ctx = make_context()
    page = TitleScene(ctx)
    hand(page, pad_plugged_in(name, guid).poll())
    page.draw(display, 1.0)
    assert "D-PAD UP/DOWN or LEFT STICK choose   ·   CROSS or OPTIONS select   ·   CIRCLE twice quit" in drawn
    assert "LEFT STICK move · RIGHT STICK aim · R2 fire · L2 missiles · SQUARE knuckle · CROSS dash · TRIANGLE " \
           f"V-MAX · OPTIONS pause · {back} restart (hold)" in drawn


def test_a_ps5_pad_is_told_by_its_product_id_or_its_name():
    assert layout_of("DualSense Wireless Controller", DUALSENSE_GUID) == "playstation5"
    assert layout_of("Wireless Controller", DUALSENSE_GUID) == "playstation5"  # the product id alone
    assert layout_of("Sony Interactive Entertainment DualSense Wireless Controller", "05000000" + "ff" * 12) == \
        "playstation5"


def test_playstation_forced_in_options_keeps_a_ps5_pad_s_create_and_xbox_forced_names_it_view():
    assert shown_layout("playstation", "playstation5") == "playstation5"
    assert shown_layout("auto", "playstation5") == "playstation5"
    assert shown_layout("xbox", "playstation5") == "xbox"
    assert shown_layout("playstation", "xbox") == "playstation"


def test_a_nintendo_pad_names_its_south_button_b_and_its_east_a(display, monkeypatch):
    drawn = record_drawn_words(monkeypatch, options_scene)
    ctx = make_context()
    page = OptionsScene(ctx, TitleScene(ctx))
    hand(page, pad_plugged_in("Pro Controller", SWITCH_PRO_GUID).poll())
    page.draw(display, 1.0)
    assert drawn[-1] == "D-PAD or LEFT STICK choose and change   ·   B next value   ·   A back"  # confirm is south


def test_button_names_set_in_options_name_the_buttons_at_once_over_the_pad_s_own_and_are_saved(display, monkeypatch,
                                                                                                config_dir):
    drawn = record_drawn_words(monkeypatch, options_scene)
    ctx = make_context()
    page = OptionsScene(ctx, TitleScene(ctx), path=config_dir / "settings.yaml")
    page.selected = next(i for i, row in enumerate(ROWS) if row.key == "pad_buttons")
    hand(page, Actions(device="pad", pad_layout="xbox"))  # a pad that cannot be told
    page.draw(display, 1.0)
    assert drawn[-1].endswith("A next value   ·   B back")
    hand(page, Actions(device="pad", pad_layout="xbox", menu_right=True))
    hand(page, Actions(device="pad", pad_layout="xbox", menu_right=True))
    assert ctx.settings == dataclasses.replace(Settings(), pad_buttons="playstation")
    page.draw(display, 1.0)
    assert drawn[-1].endswith("CROSS next value   ·   CIRCLE back")
    assert load_settings(config_dir / "settings.yaml")[0].pad_buttons == "playstation"
    hand(page, Actions(device="pad", pad_layout="playstation", menu_right=True))  # Xbox forced over a PlayStation pad
    page.draw(display, 1.0)
    assert drawn[-1].endswith("A next value   ·   B back")


def test_a_button_names_value_the_game_does_not_know_is_named_with_the_file_and_key_and_loses_nothing(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("rumble: 0.5\npad_buttons: sega\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == dataclasses.replace(Settings(), rumble=0.5)  # auto stands in; the rumble is kept
    assert len(problems) == 1 and problems[0].startswith(f"{path}: pad_buttons: ")
    assert "expected auto or xbox or playstation or nintendo" in problems[0] and "sega" in problems[0]
    assert path.read_text(encoding="utf-8") == "rumble: 0.5\npad_buttons: sega\n"


def test_the_controls_page_names_a_playstation_pad_s_buttons_and_saves_them_by_their_places(ctx, monkeypatch,
                                                                                               config_dir):
    ctx.settings = dataclasses.replace(ctx.settings, pad_buttons="playstation")
    page = open_controls(ctx)
    page.draw(pygame.display.get_surface(), 0.0)
    shown = {action: [controls_scene.input_label(*given, page.layout) for given in page.slots(action, "pad")]
             for action in ("fire", "missile", "knuckle", "dash", "vmax", "pause", "restart")}
    assert shown == {"fire": ["R2"], "missile": ["L2"], "knuckle": ["SQUARE", "R1"], "dash": ["CROSS", "L1"],
                     "vmax": ["TRIANGLE"], "pause": ["OPTIONS"], "restart": ["SHARE"]}
    assert set(drawn_beside(page, monkeypatch, ("aim_up", "aim_down", "aim_left", "aim_right"))) == \
        {"RIGHT", "STICK", "AIMS ONLY", "R2 FIRES"}
    page.row, page.column = ROW["vmax"], PAD_1
    hand(page, Actions(menu_confirm=True, device="pad"))
    assert page._prompt() == "Press a controller button or trigger for V-MAX   ·   CIRCLE or SHARE cancel   ·   " \
                             "hold CIRCLE to bind it"
    hand(page, Actions(captured=("pad", "righttrigger"), device="pad"))
    assert page.notice == "R2 moved here from FIRE, which takes TRIANGLE in its place"
    text = (config_dir / "bindings.yaml").read_text(encoding="utf-8")
    assert "righttrigger" in text and "R2" not in text and "TRIANGLE" not in text.upper()  # SDL's names: places
    bindings = saved(config_dir)[0]
    assert bindings.pad_triggers["vmax"] == (pygame.CONTROLLER_AXIS_TRIGGERRIGHT,)
    assert bindings.pad_buttons["fire"] == (pygame.CONTROLLER_BUTTON_Y,)
