"""Demo data of petitions (filled in below)."""


def load(out, options):
    return None
