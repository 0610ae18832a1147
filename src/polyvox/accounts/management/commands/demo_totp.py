"""`polyvox manage demo_totp`: the current second-factor code of the demo accounts (their shared TOTP secret)."""

import base64
import time

from django.core.management.base import BaseCommand
from django_otp.oath import totp

from polyvox.accounts.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current 6-digit code of the demo accounts' second factor (demo secret only), and how long it lasts."

    def handle(self, *args, **options):
        now = time.time()
        code = totp(base64.b32decode(DEMO_TOTP_SECRET), step=30, t0=0, digits=6, drift=0)
        left = 30 - int(now) % 30
        self.stdout.write(f"{code:06d}")
        self.stderr.write(f"valid for {left} more seconds (secret {DEMO_TOTP_SECRET}, 30-second steps, 6 digits)")
