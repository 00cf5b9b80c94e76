"""The HUD's notices when several things happen at once: objectives reached in one tick are told in one notice, and
nothing at the top of the screen is replaced before it has been read, nor typed out under Fouron's banner."""

import pytest

from game.content.feel import load_feel
from game.content.level_data import Objective, Trigger
from game.settings import Settings
from game.sim.events import FouronSeized, MessageShown, ObjectiveReached
from game.view.fouron import BANNER_TIME
from game.sim.systems.speech import READING
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.maps import game_from_ascii
from tests.sim.test_notices_at_once import BEACON, CORRIDOR, RELAY

STEP = 1 / 60
NEXT = "Objective reached. Next: Hold the landing beacon."
WORDS = "Eiji: The relay is down. Now the beacon, before their landers do."  # a message that is no voice's: the HUD's


@pytest.fixture
def field(tmp_path, screen):
    """Make (game, renderer) on the corridor with `objectives` and `triggers`, four seconds in."""
    made = []

    def make(objectives=(RELAY, BEACON), triggers=()):
        game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": objectives, "triggers": triggers})
        renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
        made.append(game)
        return game, renderer
    yield make
    for game in made:
        game.close()


def frames(game, renderer, screen, seconds, first=(), walk=None):
    """Play `seconds` of frames (the rules stepped with the Layzner walking `walk` until an objective is reached, or
    not at all), the first frame's view given `first` too; the HUD's words up each frame, None while none is drawn."""
    shown = []
    for frame in range(round(seconds / STEP)):
        events = game.step() if walk is not None else []
        if walk is not None:
            game.player_intent().move_x = 0.0 if game.res.objectives_reached[0] else walk
        renderer.update(game, [*first, *events] if frame == 0 else events, (0, 0), STEP, Settings())
        renderer.hud.draw(screen, game, game.seconds, STEP)
        shown.append(renderer.hud.message[0] if renderer.hud.message_box is not None else None)
    return shown


def read_while_up(shown, words) -> bool:
    """`words` were up long enough to be read from their first letter as they typed (the frame they came up on already
    a frame old)."""
    return (shown.count(words) + 1) * STEP >= len(words) / READING


def in_order(shown):
    """The words the HUD showed, each once, in the order they came up."""
    seen = []
    for words in shown:
        if words is not None and (not seen or seen[-1] != words):
            seen.append(words)
    return seen


def test_two_objectives_reached_in_one_tick_the_notice_says_both_and_names_the_one_opened(field, screen):
    dump = Objective(52, "dump", "objects", RELAY.region, "Take the fuel dump")  # over the relay, after it in the file
    game, renderer = field((RELAY, dump, BEACON))
    shown = frames(game, renderer, screen, 6.0, walk=1.0)
    assert game.res.objectives_reached == [True, True, False]
    assert in_order(shown) == ["2 objectives reached. Next: Hold the landing beacon."]


def test_a_message_sprung_with_an_objective_is_shown_after_its_notice_not_lost(field, screen):
    game, renderer = field(triggers=(Trigger(60, "relay words", "objects", RELAY.region, "message", WORDS, True),))
    shown = frames(game, renderer, screen, 12.0, walk=1.0)
    assert in_order(shown) == [NEXT, WORDS]
    assert read_while_up(shown, NEXT)


def test_an_objective_reached_during_a_long_message_is_told_at_once_and_the_message_shown_again_whole(field, screen):
    game, renderer = field()
    briefing = "Eiji: " + " ".join(["The landers will come down on the far pads, and the beacon is ours to hold."] * 2)
    frames(game, renderer, screen, 2.0, first=[MessageShown(60, briefing)])  # two seconds into it: far from read
    shown = frames(game, renderer, screen, 20.0, first=[ObjectiveReached(50, RELAY.text, 1)])
    assert in_order(shown) == ["Objective reached: 1 to go.", briefing]
    again = shown.index(briefing)
    assert read_while_up(shown[again:], briefing)  # whole, typed from its start and read


def test_objectives_reached_one_after_another_during_a_long_message_are_both_told_before_it_is_shown_again(
        field, screen):
    game, renderer = field()
    frames(game, renderer, screen, 1.0, first=[MessageShown(60, WORDS)])
    shown = frames(game, renderer, screen, 0.5, first=[ObjectiveReached(50, RELAY.text, 2)])
    shown += frames(game, renderer, screen, 15.0, first=[ObjectiveReached(51, "Take the fuel dump", 1)])
    assert in_order(shown) == ["Objective reached: 2 to go.", "Objective reached: 1 to go.", WORDS]


def test_an_objective_reached_a_moment_after_another_waits_until_its_notice_has_been_read(field, screen):
    game, renderer = field()
    first = frames(game, renderer, screen, 0.5, first=[ObjectiveReached(50, RELAY.text, 2)])
    shown = first + frames(game, renderer, screen, 8.0, first=[ObjectiveReached(51, "Take the fuel dump", 1)])
    assert in_order(shown) == ["Objective reached: 2 to go.", "Objective reached: 1 to go."]
    assert read_while_up(shown, "Objective reached: 2 to go.")


def test_a_notice_as_fouron_seizes_the_machine_is_not_typed_under_its_banner_but_read_after_it(field, screen):
    game, renderer = field()
    game.res.fouron.active = True
    shown = frames(game, renderer, screen, 6.0, first=[FouronSeized("armour"), ObjectiveReached(50, RELAY.text, 1)])
    seized = round(BANNER_TIME / STEP)  # the frames CONTROL SEIZED stands
    assert shown[:seized] == [None] * seized
    assert read_while_up(shown[seized:], "Objective reached: 1 to go.")  # then typed out from its start, and read


def test_a_notice_waiting_ahead_of_a_crowd_of_messages_is_not_the_one_let_go_as_more_come(field, screen):
    game, renderer = field()
    shown = frames(game, renderer, screen, 0.3, first=[ObjectiveReached(50, RELAY.text, 3)])
    for number in range(3):  # three messages wait behind the notice up
        shown += frames(game, renderer, screen, 0.1, first=[MessageShown(60 + number, f"Eiji: Words {number}.")])
    shown += frames(game, renderer, screen, 0.1, first=[ObjectiveReached(51, "Take the fuel dump", 2)])
    shown += frames(game, renderer, screen, 20.0, first=[MessageShown(63, "Eiji: Words 3.")])  # one more than wait
    assert in_order(shown) == ["Objective reached: 3 to go.", "Objective reached: 2 to go.", "Eiji: Words 1.",
                               "Eiji: Words 2.", "Eiji: Words 3."]
