"""One window per library. The first start listens on a local socket named after the library
file; a later start (a second double-click, "Open with District Reader" on an issue file) hands
its files to that window, which comes to the front and imports them, and then exits. Two windows
on one library would each hold their own view of it and undo history over the same rows."""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 3000


def server_name(library: Path) -> str:
    """Per user and per library file; short enough for a Unix socket path."""
    who = hashlib.sha1(getpass.getuser().encode("utf-8", "surrogateescape")).hexdigest()[:8]
    where = hashlib.sha1(str(Path(library).resolve()).encode("utf-8", "surrogateescape"))
    return f"district-reader-{who}-{where.hexdigest()[:16]}"


def hand_over(library: Path, files: list[Path]) -> bool:
    """Give `files` to the window already open on `library`; False if there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = json.dumps({"files": [str(Path(f).resolve()) for f in files]}) + "\n"
    socket.write(message.encode("utf-8", "surrogateescape"))
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()) == b"ok\n"
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts on the same library, once the window is open."""

    openRequested = Signal(list)  # list[Path]: files to import; empty: just come to the front

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._name = server_name(library)

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        # A socket left by a window that crashed: nobody answers on it (hand_over said so).
        QLocalServer.removeServer(self._name)
        if self._server.listen(self._name):
            return True
        log.warning("cannot listen for other starts: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "surrogateescape")
        try:
            files = [Path(f) for f in json.loads(line).get("files", []) if isinstance(f, str)]
        except (ValueError, AttributeError):
            log.warning("ignored a malformed message from another start")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.openRequested.emit(files)
