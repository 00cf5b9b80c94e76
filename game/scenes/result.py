"""The result screen: mission complete or Layzner down, a few numbers, restart, watch the replay, or quit."""

import pygame

from game.content.errors import ContentError
from game.replay import ReplayError
from game.scenes.base import Scene
from game.scenes.menu import Menu
from game.view.text import AMBER, CYAN, DIM, RED, WHITE, draw_text


class ResultScene(Scene):
    opaque = False

    def __init__(self, ctx, play) -> None:
        self.ctx, self.play = ctx, play
        game = play.game
        self.won = game.outcome == "won"
        health = game.player_health()
        seconds = int(game.seconds)
        self.lines = [
            ("Time", f"{seconds // 60}:{seconds % 60:02d}"),
            ("Gradosian machines destroyed", str(game.res.tally.destroyed)),
            ("Armour left", f"{health.hit_points / health.max_hit_points:.0%}" if health else "—"),
        ]
        watchable = getattr(play, "recorder", None) is not None  # not a run resumed from a save
        self.menu = Menu(["Restart"] + ["Watch replay"] * watchable + ["Quit"], ctx.audio)
        self.age = 0.0
        self.notice = ""  # why the replay cannot be watched, if it cannot

    def handle(self, actions) -> None:
        if actions.quit:
            self.ctx.running = False
            return
        choice = self.menu.handle(actions)
        if choice == "Restart":
            self.play.restart()
        elif choice == "Watch replay":
            self.watch_replay()
        elif choice == "Quit" or actions.menu_back:
            self.ctx.leave()

    def watch_replay(self) -> None:
        """Play this run again over this screen; it comes back here at the end."""
        from game.scenes.replay import ReplayScene  # it imports the play scene, which imports this one
        try:
            self.ctx.push(ReplayScene(self.ctx, self.play.recorder.replay(), back_to=self))
        except (ReplayError, ContentError) as error:
            self.notice = str(error).splitlines()[0]

    def frame(self, dt: float) -> None:
        self.age += dt

    def draw(self, surface, alpha: float) -> None:
        fade = min(1.0, self.age / 0.5)
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((4, 8, 18, round(190 * fade)))
        surface.blit(shade, (0, 0))
        middle = surface.get_width() / 2
        title, color = ("MISSION COMPLETE", CYAN) if self.won else \
            ("TIME UP", RED) if self.play.game.res.outcome_reason == "time" else ("LAYZNER DOWN", RED)
        draw_text(surface, title, (middle, 150), 80, color, anchor="midtop", bold=True)
        if self.won:
            subtitle = "The area is clear." if not self.play.game.res.level.objectives else "Objectives complete."
        elif self.play.game.res.outcome_reason == "time":
            subtitle = "Out of time. The Gradosian reinforcements have arrived."
        else:
            subtitle = "Eiji's machine is lost. Try another approach."
        draw_text(surface, subtitle, (middle, 226), 28, AMBER, anchor="midtop")
        for i, (label, value) in enumerate(self.lines):
            y = 290 + i * 36
            draw_text(surface, label, (middle - 20, y), 30, DIM, anchor="topright")
            draw_text(surface, value, (middle + 20, y), 30, WHITE)
        self.menu.draw(surface, middle, 430)
        if self.notice:
            draw_text(surface, self.notice, (middle, surface.get_height() - 60), 22, RED, anchor="midtop")
