"""`makemessages` that also extracts history lines: `Msg("...")` (core.messages) holds a msgid like gettext does,
rendered in the reader's language when shown, so its text must be in the catalogues too."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=Msg"]
