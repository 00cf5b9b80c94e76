"""Live reload: notice that the level file was saved again, so the play scene can rebuild from it."""

from pathlib import Path

POLL = 0.25  # s between looks at the file: a save shows in the game well within a second


class LevelWatcher:
    """Polls the map file's modification time and size; cheap enough to do a few times a second."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.signature = self._signature()
        self.waited = 0.0

    def saved_again(self, dt: float) -> bool:
        """True once after each change of the file on disk (Tiled writes a new file and renames it)."""
        self.waited += dt
        if self.waited < POLL:
            return False
        self.waited = 0.0
        signature = self._signature()
        if signature == self.signature or signature is None:  # None: mid-save, the file is briefly gone
            return False
        self.signature = signature
        return True

    def _signature(self):
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size
