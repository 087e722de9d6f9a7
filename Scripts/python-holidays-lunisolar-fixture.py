#!/usr/bin/env python3
"""Dump python-holidays' dates of the Hindu, Jain, Sikh and Buddhist lunisolar holidays of India and Singapore,
2020-2030, as a test fixture for Tactful's `hindu:` rule kind.

Usage: pip install holidays==0.109 && python3 Scripts/python-holidays-lunisolar-fixture.py \
           > Tests/TactfulTimeTests/Fixtures/python-holidays-lunisolar-2020-2030.json

python-holidays keeps these dates as tables (its own sources: almanacs and government lists); Tactful computes
them. The Swift test HinduLunisolarReferenceTests compares the two year by year; every date on which they differ is
listed there with its reason. Only python-holidays' per-festival date look-ups are used (India's public calendar
lists some of these festivals only in the years the Delhi list picks them); Singapore's come from its calendar.
"""
import json
import sys

import holidays
from holidays.calendars.hindu import _HinduLunisolar

YEARS = list(range(2020, 2031))
# Tactful's English name → python-holidays' look-up.
INDIA = {
    "Maha Shivaratri": "maha_shivaratri_date",
    "Holi": "holi_date",
    "Ram Navami": "ram_navami_date",
    "Mahavir Jayanti": "mahavir_jayanti_date",
    "Buddha Purnima": "buddha_purnima_date",
    "Janmashtami": "janmashtami_date",
    "Dussehra": "dussehra_date",
    "Diwali": "diwali_india_date",
    "Guru Nanak's Birthday": "guru_nanak_jayanti_date",
}
SINGAPORE = {"Vesak Day": "Vesak Day", "Diwali": "Deepavali"}  # python-holidays name → Tactful name


def dump():
    hindu = _HinduLunisolar()
    india = {}
    for name, method in INDIA.items():
        india[name] = {str(year): getattr(hindu, method)(year)[0].isoformat() for year in YEARS}
    singapore = {name: {} for name in SINGAPORE.values()}
    calendar = holidays.country_holidays("SG", years=YEARS, language="en_US")
    for day, names in sorted(calendar.items()):
        for name in names.split("; "):
            if name in SINGAPORE:
                singapore[SINGAPORE[name]][str(day.year)] = day.isoformat()
    return {
        "generator": "Scripts/python-holidays-lunisolar-fixture.py",
        "holidaysVersion": holidays.__version__,
        "years": YEARS,
        "markets": {"IN": india, "SG": singapore},
    }


if __name__ == "__main__":
    json.dump(dump(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
