"""Polyvox: the platform of a regional Participation Service."""

__version__ = "0.1.0"
