"""A fresh PostgreSQL database for a benchmark run: created empty, dropped afterwards."""

from __future__ import annotations

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
