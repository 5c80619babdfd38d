"""A real PostgreSQL server for the tests, started and stopped by the tests themselves.

``pg_server`` (one per test session) finds Debian's PostgreSQL binaries (``initdb``, ``pg_ctl``
in /usr/lib/postgresql/VERSION/bin, or on the PATH), makes a cluster in a fresh temporary folder
and starts it on a free loopback port, with its socket in that folder too, so it never meets a
PostgreSQL the machine already runs.  PostgreSQL refuses to run as root: when the tests run as
root, the cluster belongs to the ``postgres`` user (Debian's package creates it) and the server
runs as that user through ``runuser``.  Durability settings are off (fsync, synchronous commit):
the cluster is thrown away at the end.

``pg_url`` gives each test a database of its own (created empty, dropped after), as a SQLAlchemy
URL for psycopg 3.  Without PostgreSQL the tests that need it FAIL and say how to install it:
``make test`` installs it the way it installs Chromium.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = (
    "PostgreSQL is not installed, and these tests run against a real PostgreSQL server that they "
    "start themselves. Install it with `sudo apt-get install -y postgresql` (Debian/Ubuntu; "
    "`make test` does this), or put a PostgreSQL bin folder holding initdb and pg_ctl on the PATH."
)


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest of Debian's, else the one on the PATH."""
    found = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        folder = Path(initdb).parent
        try:
            version = int(folder.parent.name.split(".")[0])
        except ValueError:
            version = 0
        if (folder / "pg_ctl").exists():
            found.append((version, folder))
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    """A running throw-away cluster: connect to ``url(dbname)`` as the superuser ``desk``."""

    bindir: Path
    root: Path
    port: int
    as_postgres: bool
    user: str = "desk"

    @property
    def datadir(self) -> Path:
        return self.root / "cluster"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n{log}")
        return done

    def start(self) -> None:
        self.run("initdb", "-D", str(self.datadir), "-U", self.user, "--auth=trust", "-E", "UTF8",
                 "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self.run("pg_ctl", "-D", str(self.datadir), "-l", str(self.root / "server.log"), "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop", check=False)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str) -> str:
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _has_c_utf8() -> bool:
    return any(name.lower().replace("-", "") in ("c.utf8",) for name in _locales())


def _locales() -> list[str]:
    try:
        return subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return []


@contextlib.contextmanager
def running_postgres():
    """Start a throw-away PostgreSQL; yield a PgServer; stop it and delete its folder after."""
    bindir = find_bindir()
    if bindir is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    as_postgres = os.geteuid() == 0
    # Not under pytest's tmp_path (its folders are private to root, and the server may run as
    # postgres), nor under a private TMPDIR: in /tmp, which every user can reach.
    root = Path(tempfile.mkdtemp(prefix="desk-pg-", dir="/tmp" if as_postgres and os.path.isdir("/tmp") else None))
    if as_postgres:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            pytest.fail("The tests run as root, and PostgreSQL refuses to run as root, but there is no "
                        "`postgres` user to run it as. " + INSTALL_HINT, pytrace=False)
        os.chown(root, owner.pw_uid, owner.pw_gid)
    server = PgServer(bindir=bindir, root=root, port=free_port(), as_postgres=as_postgres)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    with running_postgres() as server:
        yield server


_names = itertools.count(1)


@pytest.fixture
def pg_url(pg_server):
    """The SQLAlchemy URL of a new, empty database on the session's PostgreSQL (dropped after)."""
    name = f"desk_test_{os.getpid()}_{next(_names)}_{int(time.time() * 1000) % 100000}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)
