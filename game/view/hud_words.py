"""What the HUD's gauges and notices say, worked out from the state alone (no drawing): the V-MAX gauge's words, fill
and emphasis, the missiles gauge's status line, and the one notice for the objectives reached at once."""

import math
from typing import NamedTuple

from game.content.words import order_in_sentence
from game.sim.systems.vmax import WORTHWHILE
from game.view.hud_style import SEP
from game.view.text import AMBER, BLUE, CYAN, DIM, RED, WHITE, font

LOCKED_FILL = (64, 76, 96)  # the V-MAX meter's charge while overheating locks it: there, but dark, under hatching
# What the V-MAX gauge says of a refused press, by the rules' reason (overheated and cooling say it already)
REFUSED_WORDS = {"charging": "NOT CHARGED", "cooling": "RECHARGING", "overheated": f"LOCKED{SEP}VENTING",
                 "hot": "TOO HOT"}
# What fills the meter, said after NOT CHARGED: units.yaml's per_damage_dealt, per_damage_taken and per_near_miss, the
# fight's hits either way and the shots that pass close
FILLS = "FIGHT TO FILL"


class VmaxGauge(NamedTuple):
    """What the V-MAX gauge says (vmax_gauge), which Hud._vmax paints."""
    label: str
    share: float  # of the bar filled
    fill: tuple[int, int, int]  # the bar's fill
    cut: float  # of the bar after the fill, dimmed: the charge the heat would cut short (HOT, TOO HOT), else 0
    words: tuple[int, int, int]  # the label's colour
    big: bool  # the label set larger: an invitation to press, a V-MAX running, or one too hot to start
    bold: bool
    border: tuple[int, int, int]  # the plate's
    invite: bool  # "press it now": the bar glows
    hot: bool  # the heat would cut a V-MAX short: the glow is amber
    pulse: float  # 0 to 1: how far the glow and the words' pulse are up
    flash: bool  # a press just refused: the bar is ringed red
    barred: bool  # overheated: the charge it holds is barred


def vmax_gauge(vmax, spec, seconds, locked: bool, ready: bool, lasts: float, key: str | None,
               refused: tuple[str, float] | None, room: int, accent) -> VmaxGauge:
    """What the V-MAX gauge says: glowing when ready and draining while V-MAX lasts. `locked`: overheated, it cannot
    start, whatever the meter says. `ready`: charged (vmax.charged): a press starts it, but at the heat's warning line,
    where it would burn out at once (`lasts` 0: TOO HOT) and the rules refuse it.
    `lasts`: s a V-MAX started now would run before the heat ends it: ready but cut short (a hot machine, or the
    rifle's heat while its trigger is held), the gauge says HOT and how long of its whole run in amber ("HOT · 2.5
    OF 4.5 s": READY there read as a full run), or TOO HOT in red below vmax.WORTHWHILE of its duration, and invites
    the press only when it would run a worthwhile time. `refused`: (the rules' reason, s since) of a press just
    refused: the gauge flashes red and says why. `room`: px of the bar, which a prompt's words must fit; `accent`: the
    plate's calm border (Hud.accent)."""
    active = vmax.active_left > 0
    hot = ready and lasts < spec.duration - 0.05  # the heat would end it early (tenths: what the label shows)
    too_hot = ready and lasts < spec.duration * WORTHWHILE
    # Red from the press, blinking off briefly at 8 Hz: seen at once, and seen to be a flash, in half a second
    flash = refused is not None and refused[1] * 8 % 1 < 0.7
    reason = refused[0] if refused is not None else None
    pulse = 0.5 + 0.5 * math.sin(seconds * 8)
    allowed = min(vmax.meter, lasts / spec.duration)  # of the bar: the share of its run the heat lets a V-MAX have
    cut = 0.0
    if active:
        label, share, color = "V-MAX", vmax.active_left / spec.duration, (200, 240, 255)
    elif locked:
        label, share, color = f"V-MAX{SEP}LOCKED{SEP}VENTING", vmax.meter, LOCKED_FILL
    elif vmax.cooldown > 0:
        label, share, color = f"V-MAX{SEP}RECHARGING", 0.0, DIM
    elif too_hot:
        # red as its words: amber, as HOT, told the two apart by the words' colour alone
        label, share, cut, color = f"V-MAX{SEP}TOO HOT{SEP}{_run_of(lasts, spec)}", allowed, vmax.meter - allowed, RED
    elif hot:
        label = _vmax_prompt(f"V-MAX{SEP}HOT{SEP}{_run_of(lasts, spec)}", key, room)
        share, cut, color = allowed, vmax.meter - allowed, AMBER
    else:
        label, share, color = "V-MAX", vmax.meter, BLUE
        if ready:  # which control starts it, as the missiles' gauge and Fouron's plate name theirs, room allowing
            label = _vmax_prompt(f"V-MAX{SEP}READY", key, room)
    if reason is not None and not active:  # why the press was not taken, and how full the meter is if that is it
        label = f"V-MAX{SEP}{REFUSED_WORDS[reason]}"
        if reason == "charging":  # how full the meter is, and what fills it, room allowing
            label += f"{SEP}{vmax.meter:.0%}"
            label += f"{SEP}{FILLS}" if font(20, True).size(f"{label}{SEP}{FILLS}")[0] <= room else ""
    invite = ready and not too_hot  # the glow and the pulse say "press it now"
    big = invite or active or too_hot
    words = _vmax_words_color((reason is not None and not active) or too_hot, hot, invite or active, pulse)
    if invite:
        color = AMBER if hot else CYAN
    border = RED if flash else WHITE if active else AMBER if hot else accent
    return VmaxGauge(label, share, color, cut, words, big, big or reason is not None, border, invite, hot, pulse, flash,
                     locked and not active)


def _run_of(lasts: float, spec) -> str:
    """How long of its whole run a V-MAX started now would last before the heat ends it: "2.5 OF 4.5 s"; with the
    heat at the warning line, where it would burn out at once and a press is refused, what to do instead."""
    return f"{lasts:.1f} OF {spec.duration:g} s" if lasts >= 0.05 else "LET IT COOL"


def _vmax_words_color(warning: bool, hot: bool, lit: bool, pulse: float) -> tuple[int, int, int]:
    """The V-MAX gauge's words: red for a refused press or a V-MAX too hot to start, amber pulsing when the heat would
    cut it short, blue-white pulsing when it invites the press or runs, else dim."""
    if warning:
        return RED
    if hot:
        return 255, round(170 + 60 * pulse), round(60 + 60 * pulse)
    if lit:
        return round(120 + 135 * pulse), round(210 + 45 * pulse), 255
    return DIM


def _vmax_prompt(said: str, key: str | None, room: int) -> str:
    """`said`, then which control starts V-MAX ("... · PRESS Q"), when there is one and room for it."""
    named = f"{said}{SEP}PRESS {key}"
    return named if key and font(24, True).size(named)[0] <= room else said


def missiles_status(launcher, keys: tuple[str, ...] | None, lock: float, locked: bool, miss: float | None,
                    cone: float, room: int) -> tuple[str, tuple[int, int, int]]:
    """(words, colour) of the missiles gauge's status line (Hud._missiles has the arguments), in `room` px: the lock
    and how to fire, how far it has built, empty, locked by the heat, why a held button locks nothing, or the
    prompt to hold it."""
    if lock >= 1:
        return ("LOCKED" if keys is None else f"LOCKED{SEP}release to fire"), AMBER
    if lock > 0:
        status = f"locking {lock:.0%}"
    elif not launcher.ammo:
        status = "empty"
    elif locked:
        status = f"LOCKED{SEP}VENTING"
    elif launcher.held:
        status = "no target to lock" if miss is None else _aim_nearer(cone, room)
    else:
        status = _lock_prompt(keys, room)
    return status, RED if locked else DIM


def _aim_nearer(cone: float, room: int) -> str:
    """What to do when a machine is in range and in sight but off the aim: aim within the lock's cone of it."""
    for said in (f"aim within {cone:g}° of a machine", f"aim within {cone:g}° to lock"):
        if font(20).size(said)[0] <= room:
            return said
    return "aim nearer"


def _lock_prompt(keys: tuple[str, ...] | None, room: int) -> str:
    """How to lock on, naming every control bound to it ("hold E or RIGHT MOUSE: lock on"), in as many words as fit
    the gauge, else the first alone ("hold E to lock on"); in a replay (no keys), only that the missiles are ready."""
    if keys is None:
        return "ready"
    named = [" or ".join(keys), keys[0]] if len(keys) > 1 else list(keys)
    for key in named:
        for prompt in (f"hold {key} to lock on", f"hold {key}: lock on", f"{key}: lock on"):
            if font(20).size(prompt)[0] <= room:
                return prompt
    return "hold to lock on"



def objective_notice(reached, opened) -> str:
    """The one notice for the objectives `reached` at once (ObjectiveReached, in order) and those they open
    (ObjectiveOpened): how many were reached, then what comes next, as its plate will read ("Objective reached. Next:
    Hold the landing beacon."; "2 objectives reached. Next: this · that."), else how many are left to go; "" once none
    is: the goal's plate says "All objectives reached" as the level is won, and one line says it, not two."""
    done = [event.object_id for event in reached]
    names = [order_in_sentence(event.text) for event in opened if event.object_id not in done]
    head = "Objective reached" if len(reached) == 1 else f"{len(reached)} objectives reached"
    if names:
        return f"{head}. Next: {' · '.join(names)}."
    left = min(event.remaining for event in reached)
    return f"{head}: {left} to go." if left else ""
