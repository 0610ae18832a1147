"""Retention (core.registry "retention"): signers' personal data anonymised a set time after closing."""


def purge(now) -> list[str]:
    from polyvox.petitions.services import anonymise_closed

    return anonymise_closed(now)
