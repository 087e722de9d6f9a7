#!/usr/bin/env python3
"""Dump PyEphem's equinoxes (Japan's equinox days, Asia/Tokyo) and Qingming (the Sun at 15°, Asia/Shanghai) for
2000-2100 as a fixture, to check Tactful's own solar computations against an independent ephemeris.

Usage: pip install ephem && python3 Scripts/solar-terms-fixture.py \
           > Tests/TactfulTimeTests/Fixtures/solar-terms-2000-2100.json
"""
import datetime
import json
import math
import sys

import ephem


def local(moment, hours):
    """The instant as ISO 8601 UTC and its local date at a fixed offset."""
    utc = moment.datetime()
    return {"utc": utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "localDate": (utc + datetime.timedelta(hours=hours)).date().isoformat()}


def solar_longitude(moment):
    sun = ephem.Sun()
    sun.compute(moment, epoch=moment)
    return math.degrees(ephem.Ecliptic(sun, epoch=moment).lon)


def qingming(year):
    """The instant the Sun's apparent longitude reaches 15°, refined by secant steps from 4 April."""
    moment = ephem.Date(f"{year}/4/4 12:00")
    for _ in range(20):
        gap = (15 - solar_longitude(moment) + 180) % 360 - 180
        moment = ephem.Date(moment + gap * 365.2422 / 360)
    return moment


def dump():
    years = range(2000, 2101)
    return {
        "generator": "Scripts/solar-terms-fixture.py",
        "ephemVersion": ephem.__version__,
        "marchEquinoxTokyo": {str(y): local(ephem.next_vernal_equinox(str(y)), 9) for y in years},
        "septemberEquinoxTokyo": {str(y): local(ephem.next_autumnal_equinox(str(y)), 9) for y in years},
        "qingmingShanghai": {str(y): local(qingming(y), 8) for y in years},
    }


if __name__ == "__main__":
    json.dump(dump(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
