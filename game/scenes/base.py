"""What every scene offers the app, and the context scenes share (stack, audio, sprites, stats)."""

from dataclasses import dataclass, field
from pathlib import Path

from game.content.feel import Feel, load_feel
from game.input.bindings import DEFAULT_BINDINGS_PATH, Bindings, load_bindings_or_default
from game.input.pad_layout import shown_layout
from game.input.repeat import MENU_PACE
from game.settings import Settings
from game.writer import Writer


class Scene:
    home = False  # True for the title: "quit" from a level returns here instead of closing the game
    pointer = True  # the mouse pointer shows over this scene (a level hides it: its reticle stands in for it)
    repeats = False  # a menu direction held here steps again and again (game/input/repeat.py): menus, never a level
    repeat_pace = MENU_PACE  # how fast it steps, held (a log read as it scrolls goes slower)

    @property
    def device(self) -> str:
        """The device used last (the context's, as the app sets it from each frame's Actions): prompts and hint lines
        name its controls."""
        return self.ctx.device

    @property
    def layout(self) -> str:
        """Whose names the pad's buttons are shown by: the settings' choice, else the pad in use's own."""
        return shown_layout(self.ctx.settings.pad_buttons, self.ctx.pad_layout)

    def handle(self, actions) -> None:
        """Read this frame's Actions; the only place a scene looks at input (never a quit: the app stops first)."""

    def step(self) -> None:
        """One fixed 1/60 s tick; only the top scene is stepped."""

    def frame(self, dt: float) -> None:
        """Once per rendered frame, after the ticks: cosmetic time (effects, camera, menus)."""

    def draw(self, surface, alpha: float) -> None:
        """Draw the whole screen (a page over another scene draws that scene's backdrop first); alpha (0..1) is how
        far between the last two ticks this frame falls."""

    def backdrop(self, surface, alpha: float) -> None:
        """What a page opened over this scene (the options) shows behind itself: the scene without its own menu."""
        self.draw(surface, alpha)

    def close(self) -> None:
        """The scene leaves the stack for good, or the window closes (a level keeps its replay here)."""

    def writes_failed(self, lines: list[str]) -> None:
        """Files the writer (game/writer.py) could not write, each a line naming it, with this scene on top: said
        among the player's files' problems, which the title shows (the result screen says them itself)."""
        self.ctx.file_problems.extend(lines)

    def window_closing(self) -> None:
        """The player closes the window (its X, Alt+F4) with this scene on the stack, before any scene is closed (a
        level under way is saved here). Not when the game ends otherwise (Quit, Ctrl+C, a set number of frames)."""

    def shown_again(self) -> None:
        """On top again, the scenes over it gone: the mouse is where they left it (the aim, in a level), at rest, so
        a menu's next look at it must not take it for pointing."""
        menu = getattr(self, "menu", None)  # a menu's cursor, or the page's own (Options, Controls)
        cursor = menu.cursor if menu is not None else getattr(self, "cursor", None)
        if cursor is not None:
            cursor.pointing.forget()


@dataclass
class Context:
    """What scenes share: the scene stack, the sprite bank, audio, where to start, frame stats."""
    sprites: object
    audio: object
    level_path: Path
    seed: int
    start_at: int | None = None  # playtesting: start at this map object instead of the player spawn
    stack: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)  # fps, frame and step times, for the debug overlay
    running: bool = True
    feel: Feel = field(default_factory=load_feel)  # shake, kick and hit-stop numbers from feel.yaml
    settings: Settings = field(default_factory=Settings)  # the player's options; the options menu replaces it
    record_to: Path | None = None  # --record: each level's replay is also written here
    bot: bool = False  # --bot: the bot (game/bot) drives the player's machine instead of the player's hands
    bot_skill: str = "expert"  # --bot-skill: how well it drives (a name in game/bot/skill.py's SKILLS)
    # The controls in use, for prompts that name a key ("MASH [SPACE] TO RESIST"); a broken file gives the defaults,
    # as it does for the input devices.
    bindings: Bindings = field(default_factory=lambda: load_bindings_or_default(DEFAULT_BINDINGS_PATH)[0])
    devices: object = None  # the InputDevices, which Options tunes to the pad settings (None when nothing reads input)
    # The device used last (Actions.device, set by the app before the top scene reads them): every scene's prompts
    # and hints name its controls (Scene.device), a page opened this frame from its first drawing on.
    device: str = "keyboard"
    pad_layout: str = "xbox"  # the pad in use's layout (Actions.pad_layout), set with the device
    # What was wrong in the player's files as the game started (bindings, settings): the title shows it.
    file_problems: list[str] = field(default_factory=list)
    # settings.yaml asks for fullscreen, which the window could not take: Options shows Off, saves keep the ask.
    # The title's line saying so, "" when there is none (or the player has chosen in Options since).
    fullscreen_refused: str = ""
    show_debug: bool = False  # F3's overlay, kept on through restarts and levels until F3 again
    exit_status: int = 0  # what the game ends with when its window closes (2 while a playtest's map never loaded)
    # A level was built this frame (started, restarted, resumed, reloaded): the app's clock times the next frame from
    # then, so the load's fraction of a second is not played in one burst of catch-up ticks as the level first shows.
    level_built: bool = False
    # The player's files written off the frame (a win's replay, record and best run); the app takes what failed each
    # frame for the page showing, and waits for it as the game closes
    writer: Writer = field(default_factory=Writer)

    def retell(self, path, lines: list[str]) -> None:
        """The title's lines about the player's file at `path` made `lines`, what it says of the file now (after a
        save: a mistake kept aside is past, a newer game's key written back is still not read), where they stood."""
        about = [index for index, line in enumerate(self.file_problems) if line.startswith(str(path))]
        at = about[0] if about else len(self.file_problems)
        others = [line for line in self.file_problems if not line.startswith(str(path))]
        self.file_problems = others[:at] + list(lines) + others[at:]

    def tell_failed_writes(self) -> None:
        """What the writer could not write since last asked, said by the page showing (Scene.writes_failed): the app
        asks each frame."""
        failed = self.writer.problems()
        if failed and self.stack:
            self.stack[-1].writes_failed(failed)

    def push(self, scene: Scene) -> None:
        self.stack.append(scene)

    def pop(self) -> None:
        self.close_from(len(self.stack) - 1)
        if not self.stack:
            self.running = False

    def open_level(self, scene: Scene) -> None:
        """Start a level: it replaces everything above the title (or everything, with no title)."""
        self.close_from(1 if self.stack and self.stack[0].home else 0)
        self.stack.append(scene)

    def close_from(self, first: int) -> None:
        """Take the scenes from index `first` up off the stack, top first, closing each."""
        closed = len(self.stack) > first
        while len(self.stack) > first:
            self.stack.pop().close()
        if closed and self.stack:
            self.stack[-1].shown_again()

    def leave(self) -> None:
        """Back to the title if the game began there, otherwise quit."""
        if self.stack and self.stack[0].home:
            self.close_from(1)
        else:
            self.running = False
