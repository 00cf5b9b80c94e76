"""THE order of one tick: read this tuple top to bottom and you have the game's rules in sequence."""

from game.sim.systems.disabling import fly_pods
from game.sim.systems.enemies import steer_enemies
from game.sim.systems.flight import move_projectiles
from game.sim.systems.fouron import run_fouron
from game.sim.systems.gates import work_gates
from game.sim.systems.heat import cool_machines
from game.sim.systems.missiles import lock_and_launch, steer_missiles
from game.sim.systems.motion import move_bodies, remember_positions, separate_bodies
from game.sim.systems.outcome import advance_clock, decide_outcome, destroy_wrecked
from game.sim.systems.piloting import apply_intent
from game.sim.systems.places import reach_objectives, spring_triggers
from game.sim.systems.recommend import recommend_target
from game.sim.systems.reinforcements import bring_reinforcements
from game.sim.systems.speech import speak
from game.sim.systems.vmax import announce_vmax_ready, ram_with_vmax, run_vmax
from game.sim.systems.weapons import fire_weapons

SYSTEMS = (
    remember_positions,  # keep last tick's positions for render interpolation
    cool_machines,       # heat falls at rest; an overheated machine vents until it is safe
    run_fouron,          # near destruction Fouron seizes the Layzner: it aims, fires, steers; the pilot resists
    run_vmax,            # V-MAX starts on a full meter, runs, heats, ends (early if asked)
    apply_intent,        # pilots' intents (player input, or AI decided last tick) → facing, thrust, dash
    fire_weapons,        # triggers held and cooled down → shots (telegraphed first); knuckle punches
    lock_and_launch,     # missile locks build while held; release launches
    steer_missiles,      # missiles home on their targets until their fuel runs out
    move_bodies,         # velocity → position, sliding along walls
    ram_with_vmax,       # a machine in V-MAX that touches an enemy rams it
    separate_bodies,     # machines never overlap
    move_projectiles,    # shots fly; walls stop them; hits deal damage, or wear out a part and disable
    destroy_wrecked,     # no hit points left → Destroyed, removed
    fly_pods,            # ejected pilots' pods fly off the field
    spring_triggers,     # the player walked into a trigger: a message, an alarm, advice, Fouron
    reach_objectives,    # the player reached an objective, or held one long enough
    work_gates,          # a gate's trigger fired or its objective's hold started: it opens, or shuts once clear
    bring_reinforcements,  # what a trigger or a hold just called is announced; those announced long enough arrive
    steer_enemies,       # AI looks at the world as it now is and decides next tick's intents
    recommend_target,    # Rei weighs each enemy's threat against the time to kill it
    decide_outcome,      # won or lost?
    announce_vmax_ready,  # a machine that can start V-MAX now, and could not last tick, chimes
    speak,               # Rei and Fouron say the most urgent line the channel allows
    advance_clock,
)
