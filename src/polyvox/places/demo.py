"""Demo data: the 19 municipalities with their boundaries."""

from polyvox.places.services import load_municipalities


def load(out, options):
    count = load_municipalities()
    out.write(f"  municipalities: {count}")
