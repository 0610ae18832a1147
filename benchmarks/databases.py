"""A fresh PostgreSQL database for a benchmark run: created empty, dropped afterwards."""

from __future__ import annotations

import getpass
import os
import re

import psycopg


def fresh_postgres_database(server_url: str, name: str) -> str:
    """Drop and create database `name` on the server (postgres://user@host:port); returns its URL."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not a plain database name: {name!r}")
    server_url = server_url.rstrip("/")
    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url}/{name}"


def drop_postgres_database(database_url: str) -> None:
    server_url, _slash, name = database_url.rpartition("/")
    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


POSTGRES_SOCKET_DIRS = ("/var/run/postgresql", "/run/postgresql", "/tmp")


def default_postgres() -> str:
    """This host's PostgreSQL through its Unix socket if there is one, else over TCP on loopback."""
    user = os.environ.get("PGUSER") or getpass.getuser()
    for folder in POSTGRES_SOCKET_DIRS:
        if os.path.exists(os.path.join(folder, ".s.PGSQL.5432")):
            return f"postgres://{user}@{folder.replace('/', '%2F')}"
    return f"postgres://{user}@127.0.0.1:5432"
