"""Sound cues: which simulation events make which sounds, panned by where they happen on screen."""

from game.sim.events import Damaged, Dashed, Destroyed, Fired, LevelEnded, PlayerSpotted

VOLUME = {"laser_player": 0.45, "laser_enemy": 0.6, "hit": 0.5, "explosion": 1.0, "dash": 0.7, "alert": 0.5}


def play_cues(audio, events, game, camera) -> None:
    catalog = game.res.catalog
    for event in events:
        if isinstance(event, Fired):
            _play(audio, catalog.weapons[event.weapon].sound, camera, event.x)
        elif isinstance(event, Damaged):
            _play(audio, "hit", camera, event.x)
        elif isinstance(event, Destroyed):
            _play(audio, "explosion", camera, event.x)
        elif isinstance(event, PlayerSpotted):
            _play(audio, "alert", camera, None)
        elif isinstance(event, Dashed):
            _play(audio, "dash", camera, None)
        elif isinstance(event, LevelEnded):
            _play(audio, "win" if event.outcome == "won" else "lose", camera, None)


def _play(audio, name: str, camera, world_x: float | None) -> None:
    if not name:
        return
    pan = 0.0
    if world_x is not None:
        screen_x, _ = camera.to_screen(world_x, 0)
        pan = max(-1.0, min(1.0, (screen_x / camera.width - 0.5) * 1.6))
    audio.play(name, VOLUME.get(name, 0.8), pan)
