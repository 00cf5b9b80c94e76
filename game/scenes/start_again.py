"""Asking before a new run would replace the saved one: the title's Launch and the missions page's missions ask once,
as the pause menu's Main menu and Restart ask (menu.Asking), naming the run the save holds. A replay never asks."""

from game.saves import saved_run
from game.view.text import clock_text

START_AGAIN = "Start again?"


def ask_first(asking, option: str, keep: str, new_run: str = "a new run") -> str:
    """Put START_AGAIN in `option`'s place where a run is saved that a new one would replace, unless it was just
    answered (`asking.sure`). Returns the line telling what choosing again starts (`new_run`: the question hides the
    row that named it), what is lost, and `keep`, how to keep it instead; "" when nothing
    is asked: no save, or one that cannot be read (no run to lose: a run saved later sets it aside, and the title says
    why it cannot be resumed)."""
    run = None if asking.sure else saved_run()
    if run is None:
        return ""
    asking.ask(option, START_AGAIN, "start again")
    # Short, to be read at a glance on one row: the hint line under it says how to answer (start again, or keep it)
    return f"Starting {new_run} loses the saved run ({run.title} · {clock_text(run.seconds)} in); {keep} keeps it"
