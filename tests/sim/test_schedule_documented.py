"""The architecture page's "One tick" list is the schedule a newcomer reads first: it names every system, in order."""

import re
from pathlib import Path

from game.sim.schedule import SYSTEMS

PAGE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def test_the_architecture_page_lists_the_tick_in_schedule_order():
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("## One tick", 1)[1].split("\n", 1)[1]  # under the heading
    listed = section.split("`", 2)[1]  # its first code span: the arrow-separated names
    names = [name.strip() for name in re.split(r"→", listed)]
    assert names == [system.__name__ for system in SYSTEMS]
