"""The pause menu, drawn over the frozen game: resume, restart, the comms log, options, save and go to the main menu,
and the main menu (save and quit, and quit, in a level played from the command line, with no title to go back to).

Main menu (or Quit) and Restart from a run ask once more ("Really leave?", "Really restart?", with why under
PAUSED) and are taken back by a step to another option, or a click on one; a replay's Main menu, Quit, Back to
results or Watch again acts at once, as nothing is lost. A hint line names its controls on the device in use, and a
line over it the game's controls, the title's line (Restart held among them); "Controller disconnected" stands under
PAUSED while the pad that was in use is out (pulled out before or during the pause), until a pad is in use again. The
HUD's plates stand round the menu, undimmed: the armour, heat, V-MAX, goal and time a player pauses to check; the hint
and controls lines between the menu and the gauges. The menu does not go round from its last row to Resume, nor from
Resume to the last, as the title's does not: four presses down from Options resumed the fight."""

import pygame

from game.scenes.base import Scene
from game.scenes.comms import CommsScene
from game.scenes.menu import TO_TITLE, Asking, Menu, backing, closes_page, controls_fitted, leave_word, menu_hints
from game.scenes.options import OptionsScene
from game.view.camera import HUD_BOTTOM
from game.view.controls import controls_line, page_hint
from game.view.text import AMBER, DIM, READABLE, WHITE, draw_lines, draw_text

PAD_LOST = "Controller disconnected"  # said under PAUSED while the pad that was in use is out
# Main menu (Quit, with no title) and Restart from a run under way lose it: the first choice asks, the second does
# it; a step to another option takes the question back. {option: (its question, what it loses, said under PAUSED,
# what choosing it again does, as the hint line says while it stands)}
SURE, SURE_LEAVE, SURE_RESTART = "Really quit?", "Really leave?", "Really restart?"
# The save's row, named for where it goes after saving: the title's Main menu, or out of the game (no title).
SAVE_AND_LEAVE, SAVE_AND_QUIT = f"Save and go to {TO_TITLE}", "Save and quit"
# Each line short, read at a glance on one row: the hint line under the menu says how to answer
ASKED = {"Quit": (SURE, f"Quitting loses this run: {SAVE_AND_QUIT} keeps it to go on later", "quit"),
         TO_TITLE: (SURE_LEAVE, f"Leaving loses this run: {SAVE_AND_LEAVE} keeps it to go on later", "leave"),
         "Restart": (SURE_RESTART, "Restarting loses this run and starts the mission over", "restart")}
HINTS = menu_hints("select", "resume", right_click=True)
# px: PAUSED under the HUD's top row of plates (and the line of a broken map's problems under the clock), two rows of
# why under it, the menu, then the controls line and the hint line over the gauges
PAUSED_TOP = 128
REASON_TOP = PAUSED_TOP + 66
MENU_TOP = PAUSED_TOP + 130
MENU_WIDTH = 480  # px: the chosen option's plate, round its longest words (SAVE AND GO TO MAIN MENU)
# px: the options' size. Smaller than the title's 38: six rows end 24 px over the controls line (at 38, 0)
MENU_SIZE = 34
# The faces the page sets its words in, (size, bold): the level warms them as it plays (text.GlyphsAhead), so the page
# renders no glyphs as it opens. PAUSED, the menu, and the hint and controls lines (and why it paused).
FACES = ((72, True), (MENU_SIZE, True), (MENU_SIZE, False), (READABLE, False))
HINT_FOOT = HUD_BOTTOM + 22  # px from the screen's foot to the hint line's top: its words end 16 px over the gauges
CONTROLS_ABOVE = 24  # px the controls line stands above the hint line: 8 px between them


class PauseScene(Scene):
    repeats = True

    def __init__(self, ctx, play, reason: str = "", blip: bool = True) -> None:
        """`blip`: the pause sound, which a pause from switching windows goes without."""
        self.ctx, self.play, self.reason = ctx, play, reason
        self.unasked_reason = ""  # the line under PAUSED that the question stands over, back when it is taken back
        # A replay's own words: it is watched again, not restarted, and left for the screen it came from.
        self.save_label = SAVE_AND_LEAVE if leave_word(ctx) == TO_TITLE else SAVE_AND_QUIT
        self.menu = Menu(["Resume", play.restart_label, "Options", "Comms log"] + [self.save_label] * play.saves
                         + [play.quit_label], ctx.audio, width=MENU_WIDTH, size=MENU_SIZE, wrap=False)
        self.asking = Asking(self.menu, "resume", right_click=True)
        ctx.audio.pause()  # the fight's sounds hold and the music sinks while the menu is up
        if ctx.devices is not None:
            ctx.devices.stop_rumble()  # and the pad in the hands goes still
        self.had_pad = self._pad_in()  # as this menu last saw it, to tell a pad pulled out under a page over it
        if blip:
            ctx.audio.play("pause")  # after: a sound started before the pause would be held with the fight's

    def close(self) -> None:
        self.ctx.audio.resume()

    def handle(self, actions) -> None:
        self._follow_pad(actions)
        asked = self.asking.option
        choice = self.asking.answer(self.menu.handle(actions))
        if asked and not self.asking.option:  # answered or taken back: the line it stood over is back
            self.reason = self.unasked_reason if self.reason == ASKED[asked][1] else self.reason
        if choice in ASKED and self.play.saves and not self.asking.sure:  # a run under way: asked first
            self._ask(choice)
            return
        if choice == "Resume" or (choice is None and closes_page(actions)):
            self.ctx.pop()
            # A right-click that resumed, held on, is no lock: its button fires once let go and pressed again. (A
            # button held since before the pause is the lock's, and goes on locking.)
            self.play.held_over = self.play.held_over or actions.back_click
        elif choice == self.play.restart_label:
            self.reason = self.play.restart() or self.reason  # why not, under the title; the game stays paused
        elif choice == "Comms log":
            self.ctx.push(CommsScene(self.ctx, self.play))
        elif choice == "Options":
            self.ctx.push(OptionsScene(self.ctx, self))
        elif choice == self.save_label:
            problem = self.play.suspend()
            if problem:
                self.reason = problem  # shown under the title; nothing is lost, the game stays paused
            else:
                self.ctx.leave()
        elif choice == self.play.quit_label:
            self.play.quit()

    def _ask(self, option: str) -> None:
        """The option's question in its place, and what it loses under PAUSED."""
        question, loses, does = ASKED[option]
        self.asking.ask(option, question, does)
        self.unasked_reason, self.reason = self.reason, loses

    def _follow_pad(self, actions) -> None:
        """The pad pulled out with the game already paused is said too; once a pad is in use again, the line is past
        (it stayed up over the pad plugged back in and steering the menu)."""
        if actions.pad_lost:
            self.reason = PAD_LOST
        elif self.reason == PAD_LOST and actions.device == "pad":
            self.reason = ""
        self.had_pad = self._pad_in()

    def shown_again(self) -> None:
        """Back from Options or the comms log: a pad pulled out while they were open, which only they heard, is said
        here as if it had been pulled out under this menu."""
        super().shown_again()
        if self.had_pad and not self._pad_in():
            self.reason = PAD_LOST
        self.had_pad = self._pad_in()

    def controls(self) -> str:
        """The game's controls, as the title's line names them on the device in use (Restart held among them, which
        skips this menu); "" in a replay, where nothing obeys the player."""
        if not self.play.prompts:
            return ""
        return controls_line(self.ctx.bindings, self.ctx.settings, self.device, self.layout)

    def _pad_in(self) -> bool:
        return self.ctx.devices is not None and self.ctx.devices.pad_connected

    def frame(self, dt: float) -> None:
        self.play.watch(dt)  # a designer saving the map in Tiled has given the window up, and it paused

    def backdrop(self, surface, alpha: float) -> None:
        """The frozen world, without the pause menu."""
        self.play.backdrop(surface, alpha)

    def draw(self, surface, alpha: float) -> None:
        self.play.backdrop(surface, alpha)
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((4, 8, 18, 170))
        surface.blit(shade, (0, 0))
        self.play.draw_plates(surface)  # over the dimming: what a player pauses to check reads as clearly as in play
        middle = surface.get_width() / 2
        draw_text(surface, "PAUSED", (middle, PAUSED_TOP), 72, WHITE, anchor="midtop", bold=True)
        if self.reason:  # a pad pulled out, why a save or a restart could not be done, or what Quit or Restart loses
            draw_lines(surface, self.reason, (middle, REASON_TOP), 24, AMBER, surface.get_width() - 160, plated=True)
        backing(surface, self.menu.area(middle, MENU_TOP))
        self.menu.draw(surface, middle, MENU_TOP)
        hint_top = surface.get_height() - HINT_FOOT
        if controls := self.controls():
            controls, size = controls_fitted(controls, surface.get_width())
            draw_text(surface, controls, (middle, hint_top - CONTROLS_ABOVE + (READABLE - size) // 2), size, DIM,
                      anchor="midtop")
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, self.asking.hints(HINTS), self.layout)
        draw_text(surface, hint, (middle, hint_top), READABLE, DIM, anchor="midtop")
        self.play.draw_reload_news(surface, whole=False)
