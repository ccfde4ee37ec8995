"""One running app per user and data folder; a second launch hands its request to the first.

Who is first is decided by a lock file in the data folder (``QLockFile``: the
lock of a process that was killed is taken over, because Qt checks whether
its process still runs). The first instance listens on a ``QLocalServer``
whose name is derived from the user and the data folder, so two data folders
(two test runs) never meet. A later launch connects, sends one line of JSON,
``{"command": "show"}`` or ``{"command": "start", "routine": "foam-roll"}``,
reads the answer and exits. Two processes therefore never write one session.

The app takes the lock before its window appears but listens only after the
first paint (Qt Network is loaded then); a launch in between finds the lock
taken and no one listening yet, and retries until it is answered.

A request is untrusted input (any program of the same user can connect): it
is size-limited and strictly validated by ``parse_request``; nothing in it is
evaluated. The socket is a local one (a Unix socket or a named pipe) open to
the user only; no network is involved.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from recoverykit.core.routine_file import ID_PATTERN

LOCK_FILENAME = "recoverykit.lock"
MAX_REQUEST_BYTES = 4096
#: A connection that has not sent a whole request by then is dropped.
READ_TIMEOUT_MS = 3000
_COMMANDS = {"show": {"command"}, "start": {"command", "routine"}}


class RequestError(ValueError):
    """A request that is not one this version understands; the message says why."""


class HandOverError(RuntimeError):
    """Another instance holds the data folder but did not answer."""


@dataclass(frozen=True)
class Request:
    """What a later launch asks the running app to do."""

    command: str
    routine: str | None = None

    def encode(self) -> bytes:
        body = {"command": self.command} | ({"routine": self.routine} if self.routine else {})
        return json.dumps(body).encode("utf-8") + b"\n"


def parse_request(data: bytes) -> Request:
    """Validate one request line strictly; RequestError says what is wrong."""
    if len(data) > MAX_REQUEST_BYTES:
        raise RequestError(f"a request is at most {MAX_REQUEST_BYTES} bytes")
    try:
        body = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise RequestError("a request is UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise RequestError(f"a request is one JSON object ({exc.msg})") from None
    if not isinstance(body, dict):
        raise RequestError("a request is a JSON object")
    command = body.get("command")
    if not isinstance(command, str) or command not in _COMMANDS:
        raise RequestError(f"command must be one of {', '.join(sorted(_COMMANDS))}")
    if set(body) != _COMMANDS[command]:
        raise RequestError(f"a {command!r} request has exactly the keys {', '.join(sorted(_COMMANDS[command]))}")
    routine = body.get("routine")
    if command == "start" and not (isinstance(routine, str) and ID_PATTERN.match(routine)):
        raise RequestError("routine must be a routine id (lower-case letters, digits and dashes)")
    return Request(command, routine)


def server_name(data_dir: Path) -> str:
    """The local server's name: one per user and data folder, short enough for a socket path."""
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}"
    # Qt's own SHA-256 (the same digest as hashlib's), so OpenSSL is not loaded for it.
    digest = QCryptographicHash.hash(QByteArray(key.encode("utf-8")), QCryptographicHash.Algorithm.Sha256)
    return "recoverykit-" + bytes(digest.toHex().data()).decode("ascii")[:24]


class SingleInstance(QObject):
    """The first launch for a data folder: holds its lock and serves later launches.

    Signals:
        requested(object): a valid Request from a later launch.
    """

    requested = Signal(object)

    def __init__(self, lock: QLockFile, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._data_dir = data_dir
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._server: QLocalServer | None = None

    @classmethod
    def claim(cls, data_dir: Path, *, listen: bool = True) -> SingleInstance | None:
        """Become the instance for ``data_dir``; None when another one holds it.

        With ``listen=False`` only the lock is taken; call ``listen()`` later.
        """
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = QLockFile(str(data_dir / LOCK_FILENAME))
        lock.setStaleLockTime(0)  # never stale by age; only when its process is gone
        if not lock.tryLock(0):
            return None
        instance = cls(lock, data_dir)
        if listen:
            try:
                instance.listen()
            except OSError:
                lock.unlock()
                raise
        return instance

    def listen(self) -> None:
        """Start serving later launches; OSError if the local socket cannot be opened."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(name):
            # A socket left behind by an instance that was killed: we hold the
            # lock, so it is not in use; remove it and listen again.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                message = f"cannot listen on {name}: {server.errorString()}"
                server.deleteLater()
                raise OSError(message)
        self._server = server

    @property
    def listening(self) -> bool:
        return self._server is not None

    @property
    def server_path(self) -> str:
        """Where the server listens (on Unix, the socket file's path); empty before ``listen()``."""
        return self._server.fullServerName() if self._server is not None else ""

    def close(self) -> None:
        """Stop listening, drop open connections, release the lock."""
        for socket in list(self._buffers):
            self._buffers.pop(socket)
            socket.abort()
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    @Slot()
    def _on_new_connection(self) -> None:
        # Qt makes each socket a child of the server. Only bound-method slots are
        # connected (no lambda holding this object), so a socket deleted later can
        # never be what keeps its own grandparent alive.
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            QTimer.singleShot(READ_TIMEOUT_MS, socket, socket.abort)

    @Slot()
    def _on_disconnected(self) -> None:
        socket = self.sender()
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer and len(buffer) <= MAX_REQUEST_BYTES:
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        buffer.clear()
        try:
            request = parse_request(line)
        except RequestError as exc:
            reply = {"ok": False, "error": str(exc)}
            request = None
        else:
            reply = {"ok": True}
        socket.write(QByteArray(json.dumps(reply).encode("utf-8") + b"\n"))
        socket.flush()
        socket.disconnectFromServer()
        if request is not None:
            self.requested.emit(request)


def send_request(name: str, request: Request, timeout_ms: int = 2000) -> dict | None:
    """Hand ``request`` to the instance listening on ``name``; its answer, or None if none listens."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return None
    try:
        socket.write(QByteArray(request.encode()))
        socket.waitForBytesWritten(timeout_ms)
        answer = bytearray()
        while b"\n" not in answer and len(answer) <= MAX_REQUEST_BYTES:
            waited = socket.bytesAvailable() > 0 or socket.waitForReadyRead(timeout_ms)
            answer += bytes(socket.readAll().data())  # the answer may come with the hang-up
            if not waited:
                break
    finally:
        socket.abort()
    try:
        reply = json.loads(bytes(answer).split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return reply if isinstance(reply, dict) else None


def claim_or_hand_over(data_dir: Path, request: Request, within_s: float = 10.0, *,
                       listen: bool = True) -> SingleInstance | dict:
    """Become the instance for ``data_dir``, or hand ``request`` to the one that is.

    Returns the SingleInstance (listening unless ``listen=False``), or the
    running instance's answer. The other
    instance may be starting up (it holds the lock but does not listen yet) or
    just quitting (it will free the lock): both are waited for, up to
    ``within_s`` seconds, then HandOverError.
    """
    deadline = time.monotonic() + within_s
    while True:
        instance = SingleInstance.claim(data_dir, listen=listen)
        if instance is not None:
            return instance
        answer = send_request(server_name(data_dir), request)
        if answer is not None:
            return answer
        if time.monotonic() > deadline:
            raise HandOverError(
                f"recoverykit is already running for {data_dir} (see {data_dir / LOCK_FILENAME}) "
                f"but does not answer.")
        time.sleep(0.1)
