"""The Tiled project's enemy kinds: tools/make_tiled_classes.py lists the catalog's enemies in the drop-down an
enemy_spawn's kind picks from, so a kind added to units.yaml (the Bul) is offered to designers."""

import json
from pathlib import Path

from tools.make_tiled_classes import ENEMY_KINDS, with_enemy_kinds

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "levels" / "blue-comet.tiled-project"


def test_the_tiled_projects_enemy_kind_drop_down_offers_the_bul_after_the_dis():
    enums = {t["name"]: t for t in json.loads(PROJECT.read_text(encoding="utf-8"))["propertyTypes"]}
    assert enums[ENEMY_KINDS]["values"] == ["dis", "bul"]  # the Dis first: a drop-down shows its first when unset


def test_the_enemy_kind_enum_keeps_its_order_and_id_adds_new_kinds_and_drops_gone_ones():
    types = [{"id": 1, "name": ENEMY_KINDS, "type": "enum", "values": ["zed", "dis", "old"]},
             {"id": 2, "name": "ZoneKind", "type": "enum", "values": ["dust_storm"]}]
    assert with_enemy_kinds(types, ("bul", "dis", "zed")) == [
        {"id": 1, "name": ENEMY_KINDS, "type": "enum", "values": ["zed", "dis", "bul"]}, types[1]]
