"""iCalendar (RFC 5545) files of events: one per event, and feeds of many. Written by hand: a VCALENDAR of VEVENTs
with escaped text, lines folded at 75 octets, times in UTC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

PRODID = "-//Polyvox//Participation Service//EN"


@dataclass
class CalendarEvent:
    uid: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    url: str = ""
    description: str = ""
    location: str = ""
    status: str = "CONFIRMED"  # or CANCELLED
    updated_at: dt.datetime | None = None


def calendar(events: Iterable[CalendarEvent], name: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    stamp = _utc(dt.datetime.now(dt.timezone.utc))
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{_utc(event.updated_at) if event.updated_at else stamp}",
            f"DTSTART:{_utc(event.starts_at)}",
            f"DTEND:{_utc(event.ends_at)}",
            f"SUMMARY:{escape(event.title)}",
            f"STATUS:{event.status}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape(event.location)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def escape(text: str) -> str:
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space (never inside a character)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
