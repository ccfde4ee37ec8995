"""One instance per data folder: the lock, the local server, requests and their handling.

The client side runs in a thread (its Qt calls block), so the server's event
loop can answer; ``qtbot.waitSignal`` waits across that real boundary.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings
from PySide6.QtNetwork import QLocalServer

from recoverykit.qt.single_instance import (
    LOCK_FILENAME,
    MAX_REQUEST_BYTES,
    Request,
    RequestError,
    SingleInstance,
    parse_request,
    send_request,
    server_name,
)
from recoverykit.ui.shell.activation import apply_request


class Client(threading.Thread):
    """Sends one request from another thread through a plain Unix socket, like a second launch.

    (Not with ``send_request``: PySide's blocking socket calls keep the GIL, so
    in one process they would starve the server's slots. The end-to-end test
    runs ``send_request`` in a real second process.)
    """

    def __init__(self, path: str, payload: bytes) -> None:
        super().__init__(daemon=True)
        self.path, self.payload, self.answer = path, payload, None

    def run(self) -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
            raw.settimeout(10)
            raw.connect(self.path)
            raw.sendall(self.payload)
            with raw.makefile("rb") as reader:
                self.answer = json.loads(reader.readline())


@pytest.fixture
def instance(tmp_path, qtbot):
    claimed = SingleInstance.claim(tmp_path)
    assert claimed is not None
    yield claimed
    claimed.close()


def exchange(qtbot, instance: SingleInstance, payload: Request | bytes, expect_request: bool = True):
    if isinstance(payload, Request):
        payload = payload.encode()
    client = Client(instance.server_path, payload)
    if expect_request:
        with qtbot.waitSignal(instance.requested, timeout=10_000) as signal:
            client.start()
        received = signal.args[0]
    else:
        client.start()
        received = None
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=10_000)  # a real thread, with a deadline
    return client.answer, received


def test_the_first_claim_wins_and_the_lock_is_freed_on_close(tmp_path, qtbot):
    first = SingleInstance.claim(tmp_path)
    assert first is not None and (tmp_path / LOCK_FILENAME).exists()
    assert SingleInstance.claim(tmp_path) is None
    first.close()
    second = SingleInstance.claim(tmp_path)
    assert second is not None
    second.close()


def test_the_lock_can_be_taken_before_listening(tmp_path, qtbot):
    """The app takes the lock before its window shows and listens after the first paint."""
    instance = SingleInstance.claim(tmp_path, listen=False)
    assert instance is not None
    try:
        assert not instance.listening and instance.server_path == ""
        assert SingleInstance.claim(tmp_path) is None  # the folder is taken all the same
        assert send_request(server_name(tmp_path), Request("show"), timeout_ms=200) is None
        instance.listen()
        instance.listen()  # a second call changes nothing
        assert instance.listening
        answer, received = exchange(qtbot, instance, Request("show"))
        assert answer == {"ok": True} and received == Request("show")
    finally:
        instance.close()


def test_the_name_is_a_sha256_of_user_and_folder(tmp_path):
    """Qt's SHA-256 gives the name older versions derived with hashlib, so they still meet."""
    import getpass
    import hashlib

    key = f"{getpass.getuser()}\0{tmp_path.resolve()}".encode()
    assert server_name(tmp_path) == "recoverykit-" + hashlib.sha256(key).hexdigest()[:24]


def test_names_are_per_data_folder_and_stable(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert len(server_name(tmp_path)) < 60


def test_a_start_request_reaches_the_running_instance(instance, qtbot):
    answer, received = exchange(qtbot, instance, Request("start", "foam-roll"))
    assert answer == {"ok": True}
    assert received == Request("start", "foam-roll")


def test_a_bad_request_is_answered_with_the_reason_and_not_acted_on(instance, qtbot):
    answer, _ = exchange(qtbot, instance, b'{"command": "rm -rf"}\n', expect_request=False)
    assert answer["ok"] is False and "command must be one of" in answer["error"]


def test_a_socket_left_by_a_killed_instance_is_replaced(tmp_path, qtbot):
    name = server_name(tmp_path)
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stale:
        stale.bind(path)  # bound, never listening, never unlinked: what a kill -9 leaves
    instance = SingleInstance.claim(tmp_path)
    try:
        answer, received = exchange(qtbot, instance, Request("show"))
        assert answer == {"ok": True} and received == Request("show")
    finally:
        instance.close()


def test_nobody_listening_means_no_answer(tmp_path, qtbot):
    assert send_request(server_name(tmp_path / "nobody"), Request("show"), timeout_ms=200) is None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "one JSON object"), (b"[]", "JSON object"), (b'{"command": 1}', "command must be"),
        (b'{"command": "show", "routine": "x"}', "exactly the keys"),
        (b'{"command": "start"}', "exactly the keys"),
        (b'{"command": "start", "routine": "../../etc"}', "routine id"),
        (b'{"command": "start", "routine": 7}', "routine id"),
        (b"\xff\xfe", "UTF-8"), (b" " * (MAX_REQUEST_BYTES + 1), "at most"),
    ],
)
def test_requests_are_validated_strictly(data, words):
    with pytest.raises(RequestError, match=words):
        parse_request(data)


def test_valid_requests_round_trip():
    for request in (Request("show"), Request("start", "foam-roll")):
        assert parse_request(request.encode().strip()) == request


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)


@given(st.binary(max_size=600) | json_values.map(lambda v: json.dumps(v).encode())
       | st.dictionaries(st.sampled_from(["command", "routine", "x"]),
                         st.sampled_from(["show", "start", "foam-roll", "", "A B"]) | json_values,
                         max_size=3).map(lambda v: json.dumps(v).encode()))
@settings(max_examples=400)
def test_any_request_bytes_are_parsed_or_refused_with_a_request_error(data):
    try:
        request = parse_request(data)
    except RequestError as error:
        assert str(error)
    else:
        assert request.command in ("show", "start")
        assert request.routine is None or request.command == "start"


def test_a_start_request_starts_the_routine_and_a_second_one_is_refused_politely(rk):
    apply_request(rk.window, rk.controller, rk.library, Request("show"))
    assert rk.window.isVisible() and not rk.controller.running
    apply_request(rk.window, rk.controller, rk.library, Request("start", "foam-roll"))
    assert rk.controller.running and rk.window.current_page == "session"
    apply_request(rk.window, rk.controller, rk.library, Request("start", "warmup"))
    assert rk.controller.machine.routine.id == "foam-roll"
    assert "“Foam roll only” is still running" in rk.window.banner.text()


def test_an_unknown_routine_in_a_request_is_reported(rk):
    apply_request(rk.window, rk.controller, rk.library, Request("start", "yoga"))
    assert not rk.controller.running
    assert "no routine with the id “yoga”" in rk.window.banner.text()


def test_the_lock_lives_in_the_data_folder(tmp_path, qtbot):
    instance = SingleInstance.claim(tmp_path)
    try:
        assert Path(tmp_path / LOCK_FILENAME).read_text().split()[0].isdigit()
    finally:
        instance.close()
