"""What the game reads from a Tiled map: each property of the map and of each object class, with its Tiled type,
default, limits and drop-down. level.py reads maps by it; tools/make_tiled_classes.py makes the Tiled project's
object classes from it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Want:
    """One property the game reads: its Tiled type, the value it takes when the property is absent, whether it must
    be there, its range or allowed values."""
    type: str  # "string", "bool", "float", "object", "file"
    default: object = None
    required: bool = False
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    meaning: str = ""  # what it is, for "expected ...": "the enemy's kind"
    enum: str = ""  # the project's drop-down for it (an enum in levels/blue-comet.tiled-project), "" for none

    def expected(self) -> str:
        if len(self.choices) == 1:
            text = f'"{self.choices[0]}"'
        elif self.choices:
            text = "one of " + ", ".join(f'"{c}"' for c in self.choices)
        elif self.meaning:
            text = self.meaning
        elif self.low is not None and self.high is not None:
            text = f"a number from {self.low:g} to {self.high:g}"
        elif self.low is not None:
            text = f"a number of at least {self.low:g}"
        else:
            text = {"string": "text", "bool": "true or false", "float": "a number", "object": "an object reference",
                    "file": "a file"}[self.type]
        return f"{text} (a{'n' if self.type == 'object' else ''} {self.type} property)"

    def pick_hint(self, name: str) -> str:
        """How to give the property a value the game knows: from the project's drop-down, where it has one (a word
        typed by hand, "Bul" for "bul", is what the drop-down never writes); "" for a property without one."""
        return f"pick it from the drop-down of {name}, a property of type {self.enum}" if self.enum else ""

    def retype_hint(self) -> str:
        """How to give a drop-down's property written as another Tiled type (an int, a bool, plain text) the
        drop-down's: Tiled converts a property only to its plain types, so it is added again as the drop-down."""
        return f"remove the property and add it again with the type {self.enum}, a drop-down"


COLLISION_LAYER = "collision"  # a tile layer by this name marks solid cells and is never drawn

# The longest time_limit or hold: the rules count them in ticks, and 1e307 seconds is an infinity of ticks (an
# OverflowError in play); a day is far past any level and as long as a headless run may go (cli.MAX_SECONDS).
A_DAY = 24 * 60 * 60

# The fastest wind_speed, px/s. Nothing in the rules reads the wind: it moves the storm's streaks on screen
# (view/weather.py), which fly at 3 x the wind x 0.6 to 1.4 and are 12 to 20 px long. Past 286 px/s the fastest
# jumps further than its own length each frame at 60 frames a second and flickers rather than blows; past about
# 5,000 px/s a streak jumps half the screen a frame and they scatter at random; and 1e308 overflows the sums.
# 280 is four times the windiest shipped map (the outpost's 70).
WIND_SPEED_MAX = 280

# The most enemy_spawn objects a map may have: every machine is steered, moved and drawn each tick, and a tick has
# 16.7 ms. The bench's stress scene (200 Dis fighting at once) is what the game is tuned for; with 400 it still
# draws a frame in about 11 ms, with 3,000 in 33 ms or more, at half speed or worse. Twice the bench leaves headroom
# for slower computers; the shipped maps have 6 each at the start.
MAX_ENEMIES = 400

# How a map's storm looks and sounds (view/weather.py, view/rain.py): the rules read only its strength (sim/weather.py),
# so a rain as strong as a dust storm blinds the machines as much.
WEATHERS = ("dust", "rain")
# A zone's storm, as a map's weather: how it looks (a local dust storm, a local rain squall); the rules read only its
# strength, so a designer swaps one kind for the other without balancing the level again.
ZONE_KINDS = ("dust_storm", "rain")

MAP_PROPERTIES = {
    "title": Want("string", None),  # None: the file name, filled in by level.py
    "music": Want("string", ""),
    "storm": Want("float", 0.0, low=0, high=1),
    "weather": Want("string", "dust", choices=WEATHERS, enum="Weather"),
    "wind": Want("float", 0.0, meaning="degrees the wind blows toward, clockwise from east"),
    "wind_speed": Want("float", 40.0, low=0, high=WIND_SPEED_MAX,
                       meaning=f"px per second the dust drifts, from 0 to {WIND_SPEED_MAX}"),
    "time_limit": Want("float", 0.0, low=0, high=A_DAY,
                       meaning="seconds to win the level in, 0 for no limit, at most 86,400 (a day)"),
    "next": Want("file", "", meaning="the map played after this one is won"),
}

TRIGGER_ACTIONS = ("message", "alarm", "advise", "fouron", "repair")

# The difficulties, easiest first, as sim/damage.py's DAMAGE_TAKEN has them (a test holds the two together): an enemy
# spawn's `difficulty` names the easiest it is placed on, so a level keeps Hard's fights while Easy and Normal go
# without some machines.
DIFFICULTIES = ("easy", "normal", "hard")

# Each object class the game plays, in the order the Tiled project lists them, with every property it reads.
OBJECT_CLASSES: dict[str, dict[str, Want]] = {
    "player_spawn": {},
    "enemy_spawn": {
        "kind": Want("string", "", required=True, meaning="the enemy's kind, as in units.yaml", enum="EnemyKind"),
        "patrol": Want("object", 0, meaning="the id of a patrol_path object, or 0 to hold its ground"),
        "holds_post": Want("bool", False),  # ticked: deaf to allies' calls (an alarm still rouses it)
        # a reinforcement: off the map until the trigger fires, or the objective's hold starts (or, with no hold, it
        # is reached); an object reference, so Tiled draws the arrow from the spawn to what brings it
        "arrives": Want("object", 0,
                        meaning="the id of a trigger or objective object, or 0 to be there from the start"),
        # the easiest difficulty the machine is placed on: "normal" leaves it out on Easy, "hard" places it on Hard only
        "difficulty": Want("string", "easy", choices=DIFFICULTIES, enum="Difficulty"),
    },
    "patrol_path": {},
    "trigger": {
        "action": Want("string", "", required=True, choices=TRIGGER_ACTIONS, enum="TriggerAction"),
        "text": Want("string", ""),
        "once": Want("bool", True),
        "situation": Want("string", "", meaning="one of Rei's situations in assets/data/advisor.yaml",
                          enum="ReiSituation"),
    },
    "objective": {
        "text": Want("string", "Reach the marked area"),
        "hold": Want("float", 0.0, low=0, high=A_DAY,
                     meaning="0 to 86,400 seconds (a day) the player must stay inside, 0 to reach it and go on"),
        # closed (not shown, nothing counts in it) until that objective is reached; an object reference, as arrives
        "after": Want("object", 0, meaning="the id of the objective to reach first, or 0 to be open from the start"),
    },
    "zone": {
        "kind": Want("string", "dust_storm", choices=ZONE_KINDS, enum="ZoneKind"),
        "strength": Want("float", 0.7, low=0, high=1),
    },
    # a door, gate or blast shutter: wall while shut. One of the two, an object reference as arrives, read as it is
    "gate": {
        "opens": Want("object", 0, meaning="the id of the trigger or objective object that opens it, or 0"),
        "shuts": Want("object", 0, meaning="the id of the trigger or objective object that shuts it, or 0"),
    },
}
