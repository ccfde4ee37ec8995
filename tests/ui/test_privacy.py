"""Privacy: the data folder is the user's alone, and the app never talks to a network.

The running app is also checked from the outside, through /proc, in
tests/e2e/test_single_instance.py.
"""

from __future__ import annotations

import ast
import os
import socket
import stat
from pathlib import Path

import pytest

import recoverykit
from recoverykit import cli
from recoverykit.paths import AppPaths

from .conftest import build_app

PACKAGE = Path(recoverykit.__file__).parent


@pytest.fixture
def loose_umask():
    old = os.umask(0o000)  # the most permissive a user could have
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_folder_and_file_the_app_creates_is_private(tmp_path, clock, ticker, qtbot, loose_umask):
    data = tmp_path / "deep" / "data"
    paths = AppPaths(data_dir=data, config_dir=data / "config")
    built = build_app(paths, clock, ticker, confirm=lambda *a: True)
    qtbot.addWidget(built.window)
    built.data.back_up_now()
    built.close()
    assert mode(data) == 0o700 and mode(paths.config_dir) == 0o700 and mode(paths.backups) == 0o700
    for file in [paths.database, *paths.backups.iterdir()]:
        assert mode(file) == 0o600, file


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach a network from Python fails the test; Unix sockets stay allowed."""
    attempts = []

    def refuse(name):
        def guard(self_or_host, *args, **kwargs):
            family = getattr(self_or_host, "family", None)
            if family == socket.AF_UNIX:
                return original[name](self_or_host, *args, **kwargs)
            attempts.append((name, args))
            raise NetworkUsed(f"network use: {name}{args}")
        return guard

    original = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto", "bind")}
    for name in original:
        monkeypatch.setattr(socket.socket, name, refuse(name))
    def refuse_call(name):
        def guard(*args, **kwargs):
            attempts.append((name, args))
            raise NetworkUsed(f"network use: {name}{args}")
        return guard

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse_call(name))
    return attempts


def test_a_whole_session_opens_no_network_connection(rk, driver, paths, no_network):
    import io

    rk.window.start_routine("cooldown")
    driver.advance(700)
    rk.controller.pause()
    rk.controller.resume()
    driver.run_to_end()
    rk.window.show_page("history")
    rk.data.back_up_now()
    assert cli.print_history(paths, as_json=True, out=io.StringIO()) == 0
    assert cli.print_routines(paths, as_json=True, out=io.StringIO()) == 0
    assert no_network == []


NETWORK_MODULES = {"urllib", "http", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc",
                   "requests", "httpx", "aiohttp", "ssl", "asyncio", "webbrowser"}
ALLOWED_QT_NETWORK = {"QLocalServer", "QLocalSocket"}


def test_the_package_imports_nothing_that_reaches_a_network():
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "PySide6.QtNetwork":
                    assert {a.name for a in node.names} <= ALLOWED_QT_NETWORK, source
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in NETWORK_MODULES, f"{source}: imports {name}"
                assert name not in ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"), source
            if isinstance(node, ast.Import):
                assert "PySide6.QtNetwork" not in names, f"{source}: import QtNetwork names explicitly"
        # socket is used for one thing only: the signal wake-up pair in app.py.
        if "import socket" in source.read_text(encoding="utf-8"):
            assert source.name == "app.py" and "socketpair" in source.read_text(encoding="utf-8")


def test_the_socket_guard_itself_works(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=0.01)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as inet, pytest.raises(NetworkUsed):
        inet.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
    left, right = socket.socketpair()  # Unix sockets (the signal wake-up, the local server) stay allowed
    left.close()
    right.close()
