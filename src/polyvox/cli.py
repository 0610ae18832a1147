"""The `polyvox` command: serving, demo data, migrations, and the decision engines.

Engine commands (`polyvox sortition ...`, `polyvox budget ...`, `polyvox opinion ...`) never import Django,
need no database and write nothing under var/.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

USAGE = """usage: polyvox COMMAND [ARGS]

Web application
  serve [--port N] [--host H]   serve with uvicorn, the task worker and the scheduler beside it
  migrate                       create or update the database
  demo [--synthetic N]          load the demo data (idempotent)
  compilemessages               compile the FR/NL/EN interface catalogues
  worker                        run the background-task worker alone
  scheduler                     run the scheduler of periodic tasks alone
  backup FILE                   the database and the uploaded files in one archive (.tar.gz)
  restore FILE [--force]        bring an archive back (refuses a database holding data unless --force)
  manage ARGS...                any Django management command

Decision engines (no database needed)
  sortition select|verify|...   citizens' panels drawn by lot (LEXIMIN)
  budget count FILE.pb ...      count a participatory budget (greedy, MES, Phragmén)
  opinion map --polis-export DIR --json OUT [--k K] [--seed S]
                                the opinion map of a conversation (Pol.is-class: groups, representative
                                statements, consensus, stability)
"""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "sortition":
        from polyvox.engines.sortition.cli import main as sortition_main

        return sortition_main(rest)
    if command == "budget":
        from polyvox.engines.budgeting.cli import main as budget_main

        return budget_main(rest)
    if command == "opinion":
        from polyvox.engines.opinion.cli import main as opinion_main

        return opinion_main(rest)
    if command == "serve":
        return serve(rest)
    if command == "manage":
        return django_command(rest)
    if command in {"migrate", "demo", "compilemessages", "scheduler", "backup", "restore"}:
        if command == "compilemessages":
            return _compile_own_messages(rest)
        return django_command([command, *rest])
    if command == "worker":
        return django_command(["task_worker", *rest])
    print(f"polyvox: unknown command {command!r}\n", file=sys.stderr)
    print(USAGE, file=sys.stderr)
    return 2


def django_command(args: list[str]) -> int:
    """Run a Django management command with the project's settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "polyvox.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["polyvox", *args])
    return 0


def _compile_own_messages(rest: list[str]) -> int:
    from pathlib import Path

    package = Path(__file__).resolve().parent
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "polyvox.settings")
    import django
    from django.core.management import call_command

    django.setup()
    cwd = os.getcwd()
    try:
        os.chdir(package)  # compilemessages walks the current directory's locale folders
        call_command("compilemessages", *rest, verbosity=0)
    finally:
        os.chdir(cwd)
    return 0


def uvicorn_command(host: str, port: int, workers: int) -> list[str]:
    """The command `polyvox serve` runs uvicorn with."""
    return [
        sys.executable, "-m", "uvicorn", "polyvox.asgi:application",
        "--host", host, "--port", str(port),
        "--workers", str(workers), "--no-access-log", "--timeout-graceful-shutdown", "2",
        # Idle keep-alive connections are kept longer than a reverse proxy keeps its own to us (nginx's
        # upstream keepalive_timeout, 60 s by default): else the server may close one just as the proxy
        # sends a POST on it, which the proxy answers 502 without retrying (a non-idempotent request).
        "--timeout-keep-alive", os.environ.get("WEB_KEEP_ALIVE_SECONDS", "75"),
    ]


def serve(args: list[str]) -> int:
    """Serve over ASGI (uvicorn) with the task worker and the scheduler as child processes."""
    import argparse

    parser = argparse.ArgumentParser(prog="polyvox serve")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "1")))
    parser.add_argument("--no-worker", action="store_true", help="do not start the background-task worker")
    options = parser.parse_args(args)
    os.environ.update(HOST=options.host, PORT=str(options.port))  # SITE_URL's default, in every child process

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "polyvox.settings")
    django_command(["collectstatic", "--noinput", "--verbosity", "0"])
    children: list[subprocess.Popen] = []
    if not options.no_worker:
        polyvox = [sys.executable, "-m", "polyvox"]
        # One thread each: a small connection pool is enough (PostgreSQL's connections are few).
        quiet_pool = {**os.environ, "DB_POOL_MIN_SIZE": "1", "DB_POOL_MAX_SIZE": "2"}
        children.append(subprocess.Popen([*polyvox, "worker", "--interval", "0.5"], env=quiet_pool))
        children.append(subprocess.Popen([*polyvox, "scheduler"], env=quiet_pool))
    server = subprocess.Popen(uvicorn_command(options.host, options.port, options.workers))
    children.append(server)
    print(f"Polyvox: http://{options.host}:{options.port}/  (Ctrl-C to stop)", flush=True)

    def stop(*_):
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(0)))
    try:
        while server.poll() is None:
            time.sleep(0.5)
            for child in children[:-1]:
                if child.poll() is not None:  # a dead worker is restarted, never left silently down
                    index = children.index(child)
                    children[index] = subprocess.Popen(child.args, env=quiet_pool)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        for child in children:
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
    return server.returncode or 0


if __name__ == "__main__":
    sys.exit(main())
