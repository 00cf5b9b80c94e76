"""Marks on the world that an art director found piling up or plain: the objective's label keeps off machines and
leaves the order to the HUD's plate; an enemy's health bar is a small framed gauge, made once per size."""

import dataclasses
from types import SimpleNamespace

import pygame

from game.content.level_data import Objective
from game.sim.components import Brain, Health, Position
from game.view import markers
from game.view.hud_plates import plates
from game.view.markers import enemy_health_bars, objective_markers
from tests.drawn_words import record_drawn_words

GREEN = (0, 255, 0)
PAD_TOP = 300  # px down the screen the extraction pad's top is put


def camera_on_pad(game) -> SimpleNamespace:
    """The camera with the pad's top left at (300, PAD_TOP) on screen."""
    region = game.res.level.objectives[0].region
    left, top = region.x - 300, region.y - PAD_TOP
    return SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))


def dis_at(game, x: float, y: float) -> None:
    """Sets the first Dis down at world (x, y)."""
    entity, (pos, _) = game.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = x
    pos.y = pos.prev_y = y


def test_the_pad_s_label_leaves_the_order_to_the_hud_s_plate_and_keeps_the_count(outpost, monkeypatch):
    said = record_drawn_words(monkeypatch, markers)
    objective_markers(pygame.Surface((1280, 720)), outpost, camera_on_pad(outpost), 0.0, plates((1280, 720), outpost))
    assert said == ["HOLD 12 s"]  # "Hold the extraction pad" is on the plate at the top


def test_an_objective_the_hud_s_plate_does_not_name_keeps_its_words_on_the_map(outpost, monkeypatch):
    pad = outpost.res.level.objectives[0]
    gate = Objective(99, "gate", "objects", dataclasses.replace(pad.region, x=pad.region.x + 300), "Reach the gate")
    outpost.res.level = dataclasses.replace(outpost.res.level, objectives=(pad, gate))
    outpost.res.objectives_reached, outpost.res.objectives_held = [False, False], [0, 0]
    said = record_drawn_words(monkeypatch, markers)
    objective_markers(pygame.Surface((1280, 720)), outpost, camera_on_pad(outpost), 0.0, plates((1280, 720), outpost))
    assert said == ["HOLD 12 s", "Reach the gate"]


def test_the_pad_s_label_goes_below_the_pad_when_a_machine_stands_above_it(outpost, monkeypatch):
    region = outpost.res.level.objectives[0].region
    placed = {}
    real = markers.draw_text
    monkeypatch.setattr(markers, "draw_text", lambda surface, text, pos, *a, **k:
                        (placed.__setitem__(text, pos[1]), real(surface, text, pos, *a, **k))[1])
    camera = camera_on_pad(outpost)
    objective_markers(pygame.Surface((1280, 720)), outpost, camera, 0.0, plates((1280, 720), outpost))
    assert placed["HOLD 12 s"] < PAD_TOP  # above the pad, with nothing there
    dis_at(outpost, region.x + region.width / 2, region.y - 30)  # where the count was
    objective_markers(pygame.Surface((1280, 720)), outpost, camera, 0.0, plates((1280, 720), outpost))
    assert placed["HOLD 12 s"] >= PAD_TOP + region.height  # below it, off the machine


def test_the_pad_s_label_is_faint_over_a_machine_when_one_stands_either_side(outpost):
    region = outpost.res.level.objectives[0].region
    camera = camera_on_pad(outpost)

    def brightest_red_above_the_pad() -> int:
        surface = pygame.Surface((1280, 720))
        surface.fill(GREEN)  # no red in it: what red there is, is the label's amber
        objective_markers(surface, outpost, camera, 0.0, plates(surface.get_size(), outpost))
        return int(pygame.surfarray.array3d(surface.subsurface((300, PAD_TOP - 32, round(region.width), 24)))[
            ..., 0].max())
    assert brightest_red_above_the_pad() > 240  # the count, in full, over the ground above the pad
    centre = region.x + region.width / 2
    (above, _), (below, _) = outpost.world.query(Position, Brain)[:2]
    for entity, y in ((above, region.y - 30), (below, region.y + region.height + 30)):
        outpost.world.get(entity, Position).x, outpost.world.get(entity, Position).y = centre, y
    assert brightest_red_above_the_pad() < 140  # laid over the machine faintly, not printed across it


def test_a_hurt_enemy_s_health_bar_is_a_chamfered_framed_gauge_in_tenths_made_once(monkeypatch):
    pygame.init()
    health = Health(hit_points=50.0, max_hit_points=100.0)
    world = SimpleNamespace(index=lambda kind: {Health: {7: health}, Position: {7: Position(200.0, 234.0, 200.0,
                                                                                            234.0)},
                                                Brain: {7: None}}[kind])
    camera = SimpleNamespace(to_screen=lambda x, y: (x, y))
    surface = pygame.Surface((400, 400))
    surface.fill(GREEN)
    enemy_health_bars(surface, world, camera, {7: 1.0}, 1.0)
    fill_w, fill_h = markers.HEALTH_BAR
    left, top = 200 - fill_w // 2 - markers.HEALTH_RIM, 200 - markers.HEALTH_RIM  # the plate's top left
    right, bottom = left + fill_w + 2 * markers.HEALTH_RIM - 1, top + fill_h + 2 * markers.HEALTH_RIM - 1
    assert surface.get_at((left, top))[:3] == GREEN and surface.get_at((right, bottom))[:3] == GREEN  # chamfered
    assert surface.get_at((right, top))[:3] == markers.HEALTH_EDGE  # a thin rim round it
    row = [surface.get_at((x, 200 + fill_h // 2))[:3] for x in range(200 - fill_w // 2, 200 + fill_w // 2)]
    for cell in range(1, markers.HEALTH_SEGMENTS // 2):  # a mark between each tenth of the fill
        mark = fill_w * cell // markers.HEALTH_SEGMENTS
        assert row[mark] != markers.RED and row[mark + 1] == markers.RED
    assert row[-2] == markers.HEALTH_LOST  # the half lost: an empty slot, not the ground
    made, real = [], pygame.Surface
    monkeypatch.setattr(pygame, "Surface", lambda *a, **k: made.append(a) or real(*a, **k))
    enemy_health_bars(surface, world, camera, {7: 1.0}, 1.0)
    assert made == []  # drawn for every hurt enemy every frame: its frame is made once for its size
