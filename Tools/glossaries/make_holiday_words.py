#!/usr/bin/env python3
"""Derives Glossaries/culture/holiday-words.yml: the words of holiday names that say nothing of one country.

A word is holiday vocabulary in a language when python-holidays (PyPI `holidays`, MIT) uses it in the names of at
least MIN_COUNTRIES countries' holidays in that language: the names in its gettext catalogues
(`holidays/locale/<lang>/LC_MESSAGES/<CC>.mo`, msgstr) and the msgids of countries whose default language it is.
The `occasion` rule kind leaves out a calendar holiday name made only of such words ("National Day", "Fête
nationale", "Día de la Revolución"): it names no one country's day.

Reproduce: pip download holidays==0.109 --no-deps && unzip holidays-0.109-py3-none-any.whl -d /tmp/ph &&
           pip install --target /tmp/ph-deps python-dateutil &&
           PYTHONPATH=/tmp/ph:/tmp/ph-deps python3 Tools/glossaries/make_holiday_words.py /tmp/ph > Glossaries/culture/holiday-words.yml
"""
import collections, gettext, glob, re, sys

import holidays  # the unpacked wheel, on PYTHONPATH

MIN_COUNTRIES = 5
# python-holidays language → pack language; only languages written with spaces between words.
LANGUAGES = {"en_US": "en", "de": "de", "fr": "fr", "es": "es", "pt_BR": "pt", "pt_PT": "pt", "it": "it",
             "it_IT": "it", "nl": "nl", "pl": "pl", "id": "id"}


def main():
    root = sys.argv[1]
    defaults = {}
    for country in holidays.list_supported_countries():
        defaults[country] = holidays.country_holidays(country).__class__.default_language
    names = collections.defaultdict(lambda: collections.defaultdict(set))  # language → country → names
    for path in glob.glob(f"{root}/holidays/locale/*/LC_MESSAGES/*.mo"):
        language, country = path.split("/")[-3], path.split("/")[-1][:-3]
        with open(path, "rb") as f:
            catalogue = gettext.GNUTranslations(f)._catalog
        for msgid, msgstr in catalogue.items():
            if not msgid or "%" in msgid:
                continue
            if language in LANGUAGES:
                names[LANGUAGES[language]][country].add(msgstr)
            if defaults.get(country) in LANGUAGES:
                names[LANGUAGES[defaults[country]]][country].add(msgid)
    version = holidays.__version__
    print("# Words of holiday names that say nothing of one country, per language (generated: do not edit by hand).")
    print(f"# A word is listed when python-holidays {version} (MIT) uses it in the holiday names of at least")
    print(f"# {MIN_COUNTRIES} countries in that language. Made by Tools/glossaries/make_holiday_words.py (its header says how).")
    print("# The `occasion` rule kind leaves out a calendar holiday name made only of these words (and words of one or")
    print("# two letters): \"National Day\", \"Fête nationale\", \"Día de la Revolución\" name no one country's day.")
    print(f"source: python-holidays {version}, gettext catalogues holidays/locale/<lang>/LC_MESSAGES/<CC>.po")
    print("words:")
    for language in sorted(names):
        counts = collections.Counter()
        for country_names in names[language].values():
            counts.update({w for n in country_names for w in re.findall(r"[^\W\d_]+", n.lower()) if len(w) > 2})
        words = sorted(w for w, n in counts.items() if n >= MIN_COUNTRIES)
        print(f"  {language}: [{', '.join(words)}]")


if __name__ == "__main__":
    main()
