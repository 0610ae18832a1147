"""`polyvox restore FILE [--force]`: bring back an archive written by `polyvox backup`."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from polyvox.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore the database records and the uploaded files of a backup archive (refuses existing data unless --force)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="an archive written by `polyvox backup`")
        parser.add_argument("--force", action="store_true", help="erase the database's records and the media files first")

    def handle(self, *args, file, force, **options):
        call_command("migrate", interactive=False, verbosity=0)  # the tables must exist before anything is loaded
        try:
            summary = restore_backup(file, force=force)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        if summary.wiped:
            self.stdout.write("Erased the records and media files that were there (--force).")
        self.stdout.write(
            f"Restored {summary.total_records} records of {len(summary.records)} models and {summary.files} media files "
            f"({_size(summary.bytes)}, each checked against its SHA-256) from {file}"
        )


def _size(count: int) -> str:
    with translation.override("en"):  # the operator's console speaks English, like the rest of the message
        return filesizeformat(count)
