# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an .ics file with the independent icalendar library (Debian's python3-icalendar) and prints one
line per event: UID|SUMMARY|LOCATION|start in UTC|end in UTC|STATUS. Fails loudly on anything it cannot parse."""
import sys
from datetime import timezone

import icalendar

with open(sys.argv[1], "rb") as handle:
    data = handle.read()
calendar = icalendar.Calendar.from_ical(data)
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    if start.tzinfo is None or end.tzinfo is None:
        sys.exit("times without a time zone")
    fields = [
        str(event.get("UID")),
        str(event.get("SUMMARY")),
        str(event.get("LOCATION", "")),
        start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        end.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        str(event.get("STATUS")),
    ]
    print("|".join(fields))
