"""`polyvox backup FILE`: the database and the media files in one archive (see polyvox.core.backup)."""

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from polyvox.core.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write the whole platform (database records and uploaded files) to one archive (.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive to write, e.g. polyvox-2026-12-07.tar.gz")

    def handle(self, *args, file, **options):
        try:
            summary = create_backup(file)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up {summary.total_records} records of {len(summary.records)} models and {summary.files} media files "
            f"({_size(summary.bytes)}) to {file}"
        )


def _size(count: int) -> str:
    with translation.override("en"):  # the operator's console speaks English, like the rest of the message
        return filesizeformat(count)
