#!/usr/bin/env python3
"""Dump python-holidays' national holidays for Tactful's 27 markets, 2025-2027, as a test fixture.

Usage: pip install holidays && python3 Scripts/python-holidays-fixture.py \
           > Tests/TactfulTimeTests/Fixtures/python-holidays-2025-2027.json

The Swift test HolidayReferenceTests compares Tactful's calendars with this file; every date on which they
disagree must be listed, with its reason, in that test's allow-list and in the market's data file.
"""
import json
import sys

import holidays

MARKETS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "JP", "KR", "CN", "HK", "TW", "SG", "AU", "CA",
           "MX", "BR", "IN", "SA", "AE", "AT", "CH", "PT", "TH", "ID"]
YEARS = [2025, 2026, 2027]
# Hong Kong: Tactful models the General Holidays Ordinance (Cap. 149, the days banks and offices close), which
# python-holidays files under its "optional" category; its "public" category is the Employment Ordinance's
# statutory holidays.
CATEGORIES = {"HK": ("optional",)}


def dump():
    markets = {}
    for market in MARKETS:
        categories = CATEGORIES.get(market, ("public",))
        calendar = holidays.country_holidays(market, years=YEARS, categories=categories, language="en_US")
        markets[market] = {
            "categories": list(categories),
            "holidays": {day.isoformat(): name for day, name in sorted(calendar.items())},
        }
    return {
        "generator": "Scripts/python-holidays-fixture.py",
        "holidaysVersion": holidays.__version__,
        "years": YEARS,
        "markets": markets,
    }


if __name__ == "__main__":
    json.dump(dump(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
