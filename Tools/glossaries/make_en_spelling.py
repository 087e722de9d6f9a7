#!/usr/bin/env python3
"""Derives Glossaries/vocabulary/en-spelling.csv from SCOWL (Debian package `scowl` 2020.12.07) and breame 0.1.2.

Candidates: (1) each American-only SCOWL word (american-words, size <= MAX_SIZE) run through the documented
spelling families (one or two substitutions, see FAMILIES); (2) every pair in breame's AMERICAN/BRITISH_ENGLISH_SPELLINGS.
A candidate pair is kept only when SCOWL confirms it: the US form is in the American-only list and the British
form in the British-only list (british-words or british_z-words). Each market column then holds the row's forms
that SCOWL accepts in that market (see ACCEPT), the market's main form first; rows that would flag nothing are
dropped, and so are words excluded by hand (EXCLUDE) with the reason given.

Reproduce: apt-get install scowl && pip install breame==0.1.2 &&
           python3 Tools/glossaries/make_en_spelling.py > Glossaries/vocabulary/en-spelling.csv
"""
import csv, glob, io, sys

from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS  # pip install breame==0.1.2

SCOWL = "/usr/share/dict/scowl"  # apt-get install scowl (Debian package, SCOWL 2020.12.07)


def load(category, sub="words", max_size=95):
    """Words of one SCOWL spelling category, with the smallest size list each appears in."""
    words = {}
    for path in glob.glob(f"{SCOWL}/{category}-{sub}.*"):
        size = int(path.rsplit(".", 1)[1])
        if size > max_size:
            continue
        with open(path, encoding="latin-1") as f:
            for line in f:
                w = line.strip()
                if w and (w not in words or words[w] > size):
                    words[w] = size
    return words

MAX_SIZE = 50
ALL = 95
american, british, british_z = load("american", max_size=ALL), load("british", max_size=ALL), load("british_z", max_size=ALL)
canadian, australian, english = load("canadian", max_size=ALL), load("australian", max_size=ALL), load("english", max_size=ALL)
v = {name: load(name, max_size=ALL) for name in ["variant_1", "variant_2", "british_variant_1", "british_variant_2",
     "canadian_variant_1", "canadian_variant_2", "australian_variant_1", "australian_variant_2"]}

ACCEPT = {  # forms a market accepts (never flagged there)
    "en-US": [american, english, v["variant_1"], v["variant_2"]],
    "en-GB": [british, british_z, english, v["british_variant_1"], v["british_variant_2"]],
    "en-CA": [canadian, english],
    "en-AU": [australian, english, v["australian_variant_1"]],
}
MAIN = {"en-US": [american], "en-GB": [british, british_z], "en-CA": [canadian], "en-AU": [australian]}

# (family, US substring, British substring); applied to one occurrence, or to every occurrence for -ize/-yze.
FAMILIES = [
    ("-or/-our", "or", "our"),
    ("-ize/-ise", "iz", "is"),
    ("-yze/-yse", "yz", "ys"),
    ("-er/-re", "er", "re"), ("-er/-re", "ered", "red"), ("-er/-re", "ering", "ring"),
    ("-og/-ogue", "og", "ogue"), ("-og/-ogue", "ogs", "ogues"), ("-og/-ogue", "oged", "ogued"), ("-og/-ogue", "oging", "oguing"),
    ("-l-/-ll-", "l", "ll"), ("-ll/-l", "ll", "l"),
    ("-ense/-ence", "ense", "ence"),
    ("e/ae", "e", "ae"),
    ("e/oe", "e", "oe"),
    ("-ment", "gment", "gement"),
    ("-ol-/-oul-", "ol", "oul"),
    ("-ow/-ough", "ow", "ough"),
    ("k/c", "sk", "sc"),
    ("-et/-ette", "et", "ette"),
    ("-aj-/-yj-", "paj", "pyj"),
    ("-ust-/-oust-", "must", "moust"),
    ("-z-/-s-", "coz", "cos"),
    ("-lry/-llery", "elry", "ellery"),
    ("-um/-ium", "inum", "inium"),
    ("-ck/-que", "ck", "que"),
    ("-i-/-y-", "tir", "tyr"),
    ("-am/-amme", "gram", "gramme"),
]
EXCLUDE = {  # US form: why it is left out even though SCOWL confirms the pair
    "gray": "also a common surname (Gray); matching is case-insensitive",
    "grays": "also a surname (Grays) and a place name",
    "coloreds": "an offensive term, not a spelling variant",
    "apprize": "apprise/apprize are different words", "apprized": "as apprize", "apprizes": "as apprize", "apprizing": "as apprize",
    "gormandize": "gourmandise is a different word (noun)", "gormandized": "as gormandize", "gormandizes": "as gormandize",
    "gormandizing": "as gormandize",
}
# Pairs SCOWL confirms but that are different words, not spelling variants (artefacts of the family substitutions).
NOT_VARIANTS = {"cardie", "costumier", "ecus", "fayer", "manila", "mantes", "maters", "novene", "patine", "performative",
                "snowshed", "trabecule", "eviler", "evilest", "sulfate", "sulfates", "sulfide", "sulfides"}

def accepted(market, word):
    return any(word in s for s in ACCEPT[market])

def is_main(market, word):
    return any(word in s for s in MAIN[market])

def variants(word, us, gb):
    """Every spelling made by replacing one occurrence of `us` in `word` with `gb`."""
    out, start = [], 0
    while (i := word.find(us, start)) >= 0:
        out.append(word[:i] + gb + word[i + len(us):])
        start = i + 1
    return out

def candidates():
    found = {}
    us_words = [w for w, size in american.items() if size <= MAX_SIZE and w.isalpha() and w.islower()]
    for w in us_words:
        for family, us, gb in FAMILIES:
            forms = [w.replace(us, gb)] if us in ("iz", "yz") else variants(w, us, gb)
            for f in forms:
                if f in british or f in british_z:
                    found.setdefault(w, (f, family))
                elif family in ("e/oe", "-er/-re"):   # two-step families: manoeuvre (e/oe then -er/-re)
                    for _, us2, gb2 in FAMILIES[3:6]:
                        for g in variants(f, us2, gb2):
                            if g in british or g in british_z:
                                found.setdefault(w, (g, family + " + -er/-re"))
    pairs = dict(BRITISH_ENGLISH_SPELLINGS)  # British → American
    pairs.update({gb: us for us, gb in AMERICAN_ENGLISH_SPELLINGS.items()})
    for gb, us in pairs.items():
        if us in american and american[us] <= MAX_SIZE and (gb in british or gb in british_z) and us not in found:
            found[us] = (gb, "other (breame)")
    return found

def column(market, forms):
    ok = [f for f in forms if accepted(market, f)]
    ok.sort(key=lambda f: (not is_main(market, f), forms.index(f)))
    return ok

def main():
    rows = []
    for us, (gb, family) in sorted(candidates().items()):
        if us in EXCLUDE or us in NOT_VARIANTS:
            continue
        gbz = gb.replace("is", "iz") if family == "-ize/-ise" else None
        forms = [us, gb] + ([gbz] if gbz and gbz != us else [])
        cols = {m: column(m, [gb, us] if m != "en-US" else forms) for m in ACCEPT}
        if not cols["en-US"] or not cols["en-GB"]:
            continue
        flags = any(us not in cols[m] for m in ("en-GB", "en-CA", "en-AU")) or gb not in cols["en-US"]
        if not flags:
            continue
        cols["en-IN"] = cols["en-GB"]
        origin = "breame 0.1.2 pair confirmed by SCOWL" if family.startswith("other") else "SCOWL"
        src = f"{origin}: US {us} (american-words.{american[us]}), GB {gb}; family {family.replace(' (breame)', '')}"
        rows.append([("|".join(cols[m]) if cols[m] else "") for m in ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")] + [src])
    return rows

HEADER = """\
# US/UK/AU/CA/IN spelling variants, generated by Tools/glossaries/make_en_spelling.py — do not edit by hand.
# Derivation: SCOWL 2020.12.07 (Kevin Atkinson, Spell Checker Oriented Word Lists, http://wordlist.aspell.net/,
# Debian package `scowl`) word lists by spelling category (american, british, british_z = British with Oxford -ize,
# canadian, australian, and their variant_1/variant_2 lists), plus the pairs of breame 0.1.2 (Charles Pierse,
# Apache-2.0, PyPI; its pairs come from the American-British English Translator lists), kept only when SCOWL confirms them.
# A row is kept when its US form is American-only in SCOWL (size <= 50, a typical dictionary) and its British form is
# British-only; words valid in both varieties (tire, check, program, meter, curb, story, license, practice) are
# therefore never flagged. Families: -or/-our, -ize/-ise, -yze/-yse, -er/-re, -og/-ogue, doubled -l-, -ll/-l,
# -ense/-ence, e/ae, e/oe, -ment, -ol-/-oul-, -ow/-ough, sk/sc, -et/-ette, misc (breame).
# Columns list the forms SCOWL accepts in that market, the market's main form first (the fix target):
#   en-US: american + common + variant_1 + variant_2 (M-W style "traveled or travelled": never flag an accepted variant)
#   en-GB: british + british_z (Oxford spelling: -ize is accepted, never flagged) + common + british_variant_1/2
#   en-AU: australian + common + australian_variant_1 (Australian Government Style Manual: use the headword of the
#          Macquarie or Australian Concise Oxford dictionary, which is -ise, -our, -re)
#   en-CA: canadian + common main list only (Canadian Oxford Dictionary / Canadian Press: -our, -re, doubled -l-, -ize, -yze)
#   en-IN: the en-GB column (Indian English follows British spelling, Oxford -ize accepted; SCOWL has no Indian list)
# Left out by hand: gray/grays (surname), coloreds (offensive), apprize (apprise is
# another word), gormandize, sulfate/sulfide (UK chemistry uses -f-), and family artefacts that are different words.
# The en-AU rule excepts "labor" (the Australian Labor Party keeps the -or spelling).
# SCOWL copyright 2000-2020 Kevin Atkinson; permission to use, copy, modify, distribute and sell the word lists and
# their derived output is granted provided this notice appears (see /usr/share/doc/scowl/copyright).
"""

if __name__ == "__main__":
    rows = main()
    out = io.StringIO()
    out.write(HEADER)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "source"])
    w.writerows(rows)
    sys.stdout.write(out.getvalue())
