"""Backups: the whole platform in one archive, and back.

`create_backup(path)` writes a gzipped tar holding
  - `manifest.json`: format, date, the database engine it came from, the number of records per model,
    and every media file with its size and SHA-256;
  - `database.json`: Django's `dumpdata` of every model (primary keys kept; content types and
    permissions by their natural keys), a portable form that loads into SQLite or PostgreSQL alike;
  - `media/...`: the uploaded files (MEDIA_ROOT), byte for byte.
Sessions, content types, permissions and finished background-task results are left out: the first
are short-lived, the next are recreated by the migrations, the last are logs of work done.

`restore_backup(path, force=False)` refuses a database (or media folder) that already holds data
unless `force`; it then empties both, loads the records, writes the files, checks every file against
the manifest's digest, and returns a summary of what it did.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone as dt_timezone
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

FORMAT = "polyvox-backup/1"
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "django_tasks_database"]


class BackupError(Exception):
    """The archive cannot be written or restored; the message says why."""


@dataclass
class Summary:
    records: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0
    wiped: bool = False

    @property
    def total_records(self) -> int:
        return sum(self.records.values())


def create_backup(path: str | Path) -> Summary:
    """Write the archive to `path`; returns what it holds."""
    path = Path(path)
    media_root = Path(settings.MEDIA_ROOT)
    summary = Summary()
    with tempfile.TemporaryDirectory(prefix="polyvox-backup-") as work:
        dump = Path(work) / "database.json"
        # One consistent picture of the database: the dump reads inside a single transaction.
        with transaction.atomic():
            call_command("dumpdata", exclude=EXCLUDED, natural_foreign=True, output=str(dump), verbosity=0)
        for item in json.loads(dump.read_text(encoding="utf-8")):
            summary.records[item["model"]] = summary.records.get(item["model"], 0) + 1
        files = []
        for file in sorted(_media_files(media_root)):
            data_digest, size = _digest(file)
            files.append({"path": file.relative_to(media_root).as_posix(), "bytes": size, "sha256": data_digest})
            summary.files += 1
            summary.bytes += size
        manifest = {
            "format": FORMAT, "created": datetime.now(dt_timezone.utc).isoformat(timespec="seconds"),
            "database_engine": connection.vendor, "records": summary.records, "media": files,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1, ensure_ascii=False).encode())
            archive.add(dump, arcname="database.json")
            for entry in files:
                archive.add(media_root / entry["path"], arcname=f"media/{entry['path']}")
        partial.replace(path)  # never a half-written archive under the final name
    return summary


def restore_backup(path: str | Path, *, force: bool = False) -> Summary:
    """Load the archive into the (migrated) database and MEDIA_ROOT; refuses existing data unless `force`."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        archive = tarfile.open(path, "r:gz")
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"{path} is not a Polyvox backup archive ({error})") from None
    media_root = Path(settings.MEDIA_ROOT)
    with archive, tempfile.TemporaryDirectory(prefix="polyvox-restore-") as work:
        manifest = _manifest(archive, path)
        existing = existing_data()
        media_present = any(True for _ in _media_files(media_root))
        if (existing or media_present) and not force:
            held = ", ".join(f"{count} {model}" for model, count in sorted(existing.items())[:8])
            raise BackupError(
                "The database or the media folder already holds data"
                + (f" ({held}{', ...' if len(existing) > 8 else ''})" if held else " (media files)")
                + ": restoring would mix two platforms. Restore into an empty database, or pass --force to "
                "erase everything first."
            )
        try:
            archive.extractall(work, filter="data")  # refuses absolute paths, '..' and links outside
        except (tarfile.TarError, OSError) as error:
            raise BackupError(f"{path}: the archive cannot be read ({error})") from None
        dump = Path(work) / "database.json"
        if not dump.is_file():
            raise BackupError(f"{path}: the archive holds no database.json")
        for entry in manifest["media"]:
            extracted = Path(work) / "media" / entry["path"]
            if not extracted.is_file() or _digest(extracted) != (entry["sha256"], entry["bytes"]):
                raise BackupError(f"{path}: the media file {entry['path']} is missing or damaged in the archive")

        summary = Summary(records=dict(manifest["records"]), wiped=bool(existing or media_present))
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)  # also recreates content types and permissions
            if summary.records:  # an archive of an empty platform has nothing to load
                call_command("loaddata", str(dump), verbosity=0)
        if media_root.exists():
            shutil.rmtree(media_root)
        media_root.mkdir(parents=True, exist_ok=True)
        for entry in manifest["media"]:
            target = media_root / entry["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(work) / "media" / entry["path"], target)
            if _digest(target) != (entry["sha256"], entry["bytes"]):
                raise BackupError(f"{entry['path']}: the restored file differs from the backup")
            summary.files += 1
            summary.bytes += entry["bytes"]
    return summary


def existing_data() -> dict[str, int]:
    """Records that a backup would carry, per model (empty: a database fresh from `migrate`)."""
    counts = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.proxy or not model._meta.managed or label.split(".")[0] in {"contenttypes", "sessions", "django_tasks_database"} \
                or label == "auth.permission":
            continue
        count = model._base_manager.count()
        if count:
            counts[label] = count
    return counts


# --- helpers -----------------------------------------------------------------------------------------


def _manifest(archive: tarfile.TarFile, path: Path) -> dict:
    try:
        member = archive.extractfile("manifest.json")
        manifest = json.loads(member.read().decode("utf-8")) if member else None
    except (KeyError, ValueError, tarfile.TarError, OSError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a Polyvox backup archive (no {FORMAT} manifest)")
    return manifest


def _media_files(root: Path):
    if not root.is_dir():
        return
    for file in root.rglob("*"):
        if file.is_file() and not file.is_symlink():
            yield file


def _digest(file: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(file, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now().timestamp())
    archive.addfile(info, io.BytesIO(data))
