"""Periodic work of the newsletter: the weekly digest of what is open (checked every hour; once a week each)."""

PERIODIC = [("polyvox.newsletter.digest.send_weekly_digests", 3600)]
