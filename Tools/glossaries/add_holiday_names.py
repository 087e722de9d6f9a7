#!/usr/bin/env python3
"""Adds holiday names in more languages to Glossaries/holidays/<REGION>.yml from python-holidays' gettext catalogues.

python-holidays (PyPI `holidays`, MIT) ships one catalogue per country and language,
`holidays/locale/<lang>/LC_MESSAGES/<CC>.mo`: each msgid is a holiday's name in the country's default language, each
msgstr its name in <lang> (the default language's own catalogue is empty: its names are the msgids). For every
holiday definition of every calendar here, the script finds its msgid — the file's own-language name or its English
name, compared ignoring case and apostrophe style — and adds to the holiday's `name:` map every language the
catalogues give that is one of the pack languages (LANGUAGES) and that the map does not have yet. A name the map
already has is never changed: where the catalogue's name differs (the statute's wording is kept), the difference is
printed to standard error. A language the catalogues do not give stays absent. Each changed file gets (or updates) a
file-level `names-source:` naming the package version.

Only the `name:` maps of the `holidays:` definitions are edited, in place (comments, anchors and layout are kept).

Reproduce: pip download holidays==0.109 --no-deps && unzip holidays-0.109-py3-none-any.whl -d /tmp/ph &&
           python3 Tools/glossaries/add_holiday_names.py /tmp/ph Glossaries/holidays
"""
import glob, gettext, json, os, re, sys

import yaml  # PyYAML: only to find the `name:` maps and their positions in the text

# python-holidays language → key in our `name:` maps. zh_CN is Simplified, zh_TW / zh_HK Traditional; a file whose
# own language is plain `zh` (CN) writes Simplified names under `zh`.
LANGUAGES = {
    "en_US": "en", "de": "de", "fr": "fr", "es": "es", "pt_BR": "pt", "pt_PT": "pt", "it": "it", "it_IT": "it",
    "nl": "nl", "pl": "pl", "id": "id", "ja": "ja", "ko": "ko", "th": "th", "ar": "ar",
    "zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "zh_HK": "zh-Hant",
}


def catalogues(root, country):
    """Language → {msgid: msgstr} for one country; the default language's empty catalogue maps msgids to themselves."""
    result = {}
    for path in sorted(glob.glob(f"{root}/holidays/locale/*/LC_MESSAGES/{country}.mo")):
        language = path.split("/")[-3]
        with open(path, "rb") as f:
            result[language] = {k: v for k, v in gettext.GNUTranslations(f)._catalog.items() if k and "%" not in k}
    msgids = set().union(*(c.keys() for c in result.values())) if result else set()
    for language, catalogue in result.items():
        if not catalogue:
            result[language] = {m: m for m in msgids}
    return result


def key(text):
    """Compared ignoring case, apostrophe style and British/American "Labour"/"Labor"."""
    return re.sub(r"[’‘`]", "'", text).casefold().strip().replace("labour", "labor")


def target(language, file_language):
    mapped = LANGUAGES.get(language)
    if mapped == "zh-Hans" and file_language == "zh":
        return "zh"
    return mapped


def msgid_for(names, cats, file_language):
    """The msgid whose own-language or English name equals one of the holiday's names."""
    wanted = {key(v) for k, v in names.items() if k in (file_language, "en")}
    for catalogue in cats.values():
        for msgid, msgstr in catalogue.items():
            if key(msgid) in wanted or key(msgstr) in wanted:
                return msgid
    return None


def flow(names):
    """A YAML flow map, quoting only where a plain scalar would not do."""
    def scalar(text):
        plain = re.fullmatch(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:,\[\]{}#]*", text) and not text.endswith(" ")
        return text if plain else json.dumps(text, ensure_ascii=False)
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in names.items()) + "}"


def update(path, root, version):
    text = open(path, encoding="utf-8").read()
    country = os.path.basename(path)[:-4]
    cats = catalogues(root, country)
    if not cats:
        return 0
    document = yaml.compose(text)
    top = {k.value: v for k, v in document.value}
    file_language = top["language"].value
    edits, added = {}, 0
    for item in top["holidays"].value:
        fields = {k.value: v for k, v in item.value}
        node = fields["name"]
        names = {k.value: v.value for k, v in node.value}
        msgid = msgid_for(names, cats, file_language)
        if msgid is None:
            print(f"{country}: no catalogue entry for {names.get('en')}", file=sys.stderr)
            continue
        new = dict(names)
        for language, catalogue in sorted(cats.items()):
            ours = target(language, file_language)
            name = catalogue.get(msgid)
            if ours is None or not name:
                continue
            if ours not in new:
                new[ours] = name
                added += 1
            elif key(new[ours]) != key(name):
                print(f"{country}: kept {ours} '{new[ours]}', python-holidays says '{name}'", file=sys.stderr)
        if new != names:
            edits[node.start_mark.index] = (node.end_mark.index, flow(new))
    for start in sorted(edits, reverse=True):
        end, replacement = edits[start]
        text = text[:start] + replacement + text[end:]
    line = f"names-source: >-\n  Names other than the statute's own and English: python-holidays {version} (MIT), its gettext catalogues\n  holidays/locale/<lang>/LC_MESSAGES/{country}.po, added by Tools/glossaries/add_holiday_names.py.\n"
    if "names-source:" in text:
        text = re.sub(r"names-source: >-\n(  .*\n)+", line, text)
    elif added:
        text = re.sub(r"\nholidays:\n", "\n" + line + "holidays:\n", text, count=1)
    open(path, "w", encoding="utf-8").write(text)
    return added


def main():
    root, folder = sys.argv[1], sys.argv[2]
    metadata = glob.glob(f"{root}/holidays-*.dist-info/METADATA")[0]
    version = re.search(r"^Version: (.+)$", open(metadata).read(), re.M).group(1)
    for path in sorted(glob.glob(f"{folder}/*.yml")):
        print(f"{os.path.basename(path)}: {update(path, root, version)} names added", file=sys.stderr)


if __name__ == "__main__":
    main()
