"""One window per library: a second start on the same library hands its files to the window
already open and exits; a start on another library, or with no window open, opens its own."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from desktop.ui.single_instance import InstanceServer, hand_over, server_name


@pytest.fixture
def server(qtbot, tmp_path):
    server = InstanceServer(tmp_path / "library.sqlite3")
    assert server.listen()
    yield server
    server.close()


# A later start, as its own process: Qt's blocking socket calls hold Python's lock, so on a
# thread of this process they would starve the server they wait for.
LATER_START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalSocket
from desktop.ui.single_instance import hand_over, server_name

app = QCoreApplication([])
library, files = Path(sys.argv[1]), [Path(f) for f in sys.argv[2:]]
garbage = QLocalSocket()
garbage.connectToServer(server_name(library))
garbage.waitForConnected(3000)
garbage.write(b"[1, 2\\n")
garbage.waitForBytesWritten(3000)
answered_garbage = garbage.waitForReadyRead(300)
print(json.dumps([answered_garbage, hand_over(library, files), hand_over(library, [])]))
"""


def later_start(library: Path, files: list[Path]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", LATER_START, str(library), *map(str, files)],
        stdout=subprocess.PIPE,
        text=True,
    )


def send(qtbot, library: Path, message: bytes) -> QLocalSocket:
    """A later start's message, sent from this thread without blocking its event loop."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library))
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    socket.write(message)
    return socket


def test_the_window_hears_the_files_and_answers(qtbot, server, tmp_path):
    message = json.dumps({"files": ["/报纸/第1期.txt", 3]}).encode() + b"\n"
    with qtbot.waitSignal(server.openRequested) as heard:
        socket = send(qtbot, tmp_path / "library.sqlite3", message)
    assert heard.args == [[Path("/报纸/第1期.txt")]]  # what is not a path is left out
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0)
    assert bytes(socket.readAll().data()) == b"ok\n"


def test_a_malformed_message_is_not_obeyed(qtbot, server, tmp_path):
    heard: list = []
    server.openRequested.connect(heard.append)
    socket = send(qtbot, tmp_path / "library.sqlite3", b"[1, 2\n")
    with qtbot.waitSignal(server.openRequested) as later:  # a good message after it is heard
        good = send(qtbot, tmp_path / "library.sqlite3", b'{"files": []}\n')
    assert later.args == [[]]
    assert heard == [[]]
    assert socket.bytesAvailable() == 0 and good.isValid()


@pytest.mark.slow  # a second process: about a second
def test_a_later_start_hands_its_files_to_the_open_window(qtbot, server, tmp_path):
    """Its files are imported by the window; a start with no files brings the window forward;
    a malformed message is neither obeyed nor answered."""
    heard: list = []
    server.openRequested.connect(heard.append)
    files = [tmp_path / "第1期.txt", tmp_path / "子目录" / ".." / "第2期.txt"]
    child = later_start(tmp_path / "library.sqlite3", files)
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=20_000)
    out, _ = child.communicate()
    assert json.loads(out) == [False, True, True]
    assert heard == [[f.resolve() for f in files], []]


def test_no_window_on_that_library_means_the_start_opens_its_own(qtbot, server, tmp_path):
    assert hand_over(tmp_path / "other.sqlite3", [tmp_path / "a.txt"]) is False


def test_a_socket_left_by_a_crashed_window_is_taken_over(qtbot, tmp_path):
    library = tmp_path / "library.sqlite3"
    first = InstanceServer(library)
    assert first.listen()
    second = InstanceServer(library)  # the first never closed: as if it had crashed
    try:
        assert second.listen()
    finally:
        first.close()
        second.close()


def test_the_name_is_per_library_and_the_same_for_any_spelling_of_its_path(tmp_path):
    library = tmp_path / "library.sqlite3"
    spelled_otherwise = tmp_path / "sub" / ".." / "library.sqlite3"
    assert server_name(library) == server_name(spelled_otherwise)
    assert server_name(library) != server_name(tmp_path / "other.sqlite3")
    assert len(server_name(Path("/" + "很长的文件夹" * 40) / "library.sqlite3")) < 64
