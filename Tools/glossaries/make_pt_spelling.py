#!/usr/bin/env python3
"""Derives Glossaries/vocabulary/pt-spelling.csv from the Debian hunspell dictionaries for Portugal and Brazil.

Each dictionary (.dic with its .aff) is expanded to its word forms with `unmunch` (Debian package hunspell-tools);
forms with a hyphen (clitics, compounds), a capital (names) or a character other than a letter are left out. A
candidate pair comes from applying one of the orthographic FAMILIES to a form of one dictionary; it is kept only
when the Portuguese form is valid in pt_PT and not in pt_BR, and the Brazilian form valid in pt_BR and not in pt_PT:
a form both dictionaries accept ("fato", a suit in Portugal and a fact in Brazil; "bebé", which VOLP also gives for
Brazil) is never a row. Pairs of which either form already appears in Glossaries/vocabulary/pt-vocabulary.csv (the
hand-made, sourced table) are left to that table.

Reproduce: apt-get install hunspell-pt-pt hunspell-pt-br hunspell-tools &&
           python3 Tools/glossaries/make_pt_spelling.py > Glossaries/vocabulary/pt-spelling.csv
"""
import csv, io, os, subprocess, sys, tempfile

HUNSPELL = "/usr/share/hunspell"  # apt-get install hunspell-pt-pt hunspell-pt-br (libreoffice-dictionaries 1:7.5.0-1)
HAND_TABLE = os.path.join(os.path.dirname(__file__), "../../Glossaries/vocabulary/pt-vocabulary.csv")
OPEN_MID = {"é": "ê", "ó": "ô"}  # Portugal's open-mid vowel → Brazil's close-mid one
NASALS = "mn"
VOWELS = set("aeiouáéíóúâêôãõà")


def expand(name, prefixes):
    """Yields the lower-case, letters-only word forms `unmunch` expands from one hunspell dictionary; without
    `prefixes` the .aff's PFX rules are left out (unmunch applies them to every stem: "pentadetetaremos")."""
    dic, aff = f"{HUNSPELL}/{name}.dic", f"{HUNSPELL}/{name}.aff"
    with tempfile.TemporaryDirectory() as folder:
        if not prefixes:
            lines = open(aff, encoding="utf-8-sig").read().splitlines(keepends=True)
            aff = os.path.join(folder, f"{name}.aff")
            with open(aff, "w", encoding="utf-8") as f:
                f.writelines(line for line in lines if not line.startswith("PFX"))
        with subprocess.Popen(["unmunch", dic, aff], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              encoding="utf-8") as expansion:
            for line in expansion.stdout:
                word = line.split("\t")[0].split(" ")[0].strip()
                if word and word.isalpha() and word.islower():
                    yield word


def forbidden(name):
    """Stems the dictionary marks with its FORBIDDENWORD flag (pt_BR: "menas", "ague")."""
    dic, aff = f"{HUNSPELL}/{name}.dic", f"{HUNSPELL}/{name}.aff"
    flag = next((line.split()[1] for line in open(aff, encoding="utf-8-sig") if line.startswith("FORBIDDENWORD")), None)
    stems = (line.split("\t")[0].strip().partition("/") for line in open(dic, encoding="utf-8-sig"))
    return {stem for stem, _, flags in stems if flag and flag in flags}


def forms(name):
    """A dictionary's forms made of its stems and suffixes only, less its forbidden words."""
    return set(expand(name, prefixes=False)) - forbidden(name)


def open_mid_before_nasal(word):
    """económico → econômico, género → gênero (AO 1990 Base IX 3.º / Base XI 3.º: é, ó before m or n)."""
    return [word[:i] + OPEN_MID[c] + word[i + 1:] for i, c in enumerate(word[:-1])
            if c in OPEN_MID and word[i + 1] in NASALS]


def open_mid_final(word):
    """bebé → bebê, puré → purê, croché → crochê: a stressed final é/ó, and its -s plural (AO 1990 Base VIII
    1.º a), obs.)."""
    stem, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
    return [stem[:-1] + OPEN_MID[stem[-1]] + plural] if stem and stem[-1] in OPEN_MID else []


def silent_consonant(word):
    """Every form with one c, p or b that follows a vowel and precedes c, ç or t (b: d or t) removed: receção and
    recepção, facto and fato, súbdito and súdito (AO 1990 Base IV 1.º c) and d): a consonant one norm
    pronounces)."""
    out = []
    for i, c in enumerate(word[1:-1], start=1):
        following = "dt" if c == "b" else "cçt"
        if c in "cpb" and word[i - 1] in VOWELS and word[i + 1] in following:
            out.append(word[:i] + word[i + 1:])
    return out


def initial_h(word):
    """húmido → úmido, humidade → umidade (Portugal keeps the etymological h of humidus; Brazil drops it)."""
    return [word[1:]] if word.startswith("hu") or word.startswith("hú") else []


# (name, direction, derive): `derive` maps a form of the `direction` side to candidate forms of the other side.
FAMILIES = [
    ("é/ó vs ê/ô before m, n", "pt", open_mid_before_nasal),
    ("final é/ó vs ê/ô", "pt", open_mid_final),
    ("consonant written in Portugal only", "pt", silent_consonant),
    ("consonant written in Brazil only", "br", silent_consonant),
    ("initial h in Portugal only", "pt", initial_h),
]


# Forms the families pair up that are different words (avós grandmothers, avôs grandfathers; cação a fish) or typos
# in a dictionary (faccção), not spellings of one word.
NOT_VARIANTS = {"avós", "avôs", "cacções", "cações", "aptidona", "aptidonas", "faccção", "faccções",
                "tracções", "subteis", "ineptamente"}


def pre_ao90_roots():
    """(root, consonant) for each pt_PT entry whose PREAO90 note is the entry with one consonant more (ação
    [PREAO90=acção] gives ("a", "c")): the consonants Portugal dropped in 1990 and Brazil kept or dropped itself."""
    roots = set()
    for line in open(f"{HUNSPELL}/pt_PT.dic", encoding="utf-8-sig"):
        stem, _, notes = line.partition("\t")
        old = next((note[8:] for note in notes.strip("[]\n").split(",") if note.startswith("PREAO90=")), None)
        stem = stem.split("/")[0]
        if old and len(old) == len(stem) + 1:
            site = next((i for i in range(len(stem)) if stem[i] != old[i]), len(stem))
            if old[:site] + old[site + 1:] == stem:
                roots.add((stem[:site], old[site]))
    return roots



def hand_forms():
    """Every form in the hand-made table's pt-PT and pt-BR columns (alternatives split on |)."""
    with open(HAND_TABLE, encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {form for row in rows for column in ("pt-PT", "pt-BR") for form in row[column].split("|")}


def candidates(pt, br):
    """{(pt-PT form, pt-BR form): family} for every family candidate valid in one stem-and-suffix expansion only."""
    pt_only, br_only = pt - br, br - pt
    found = {}
    for family, side, derive in FAMILIES:
        source, target = (pt_only, br_only) if side == "pt" else (br_only, pt_only)
        for word in source:
            for other in derive(word):
                if other in target:
                    found.setdefault((word, other) if side == "pt" else (other, word), family)
    return found


def dropped_in_1990(pt_form, br_form, roots):
    """True when the Brazilian form's extra consonant is one pt_PT notes as dropped by the Acordo (PREAO90):
    receções/recepções from receção [PREAO90=recepção]; baterismo/bacterismo (bateria, bactéria) is not."""
    site = next((i for i in range(len(pt_form)) if pt_form[i] != br_form[i]), len(pt_form))
    return (pt_form[:site], br_form[site]) in roots


def pairs(found, in_full_pt, in_full_br):
    """The candidates neither of whose forms the other dictionary accepts even with its prefixes, nor the hand
    table or NOT_VARIANTS lists, sorted as (pt-PT form, pt-BR form, family); a consonant Brazil writes must be one
    pt_PT notes as dropped in 1990."""
    hand, roots = hand_forms(), pre_ao90_roots()
    return sorted((p, b, family) for (p, b), family in found.items()
                  if p not in in_full_br and b not in in_full_pt and not {p, b} & hand
                  and p not in NOT_VARIANTS and b not in NOT_VARIANTS
                  and (family != "consonant written in Brazil only" or dropped_in_1990(p, b, roots)))


HEADER = """\
# Portugal/Brazil spelling pairs, generated by Tools/glossaries/make_pt_spelling.py — do not edit by hand.
# Derivation: the hunspell dictionaries of Debian's libreoffice-dictionaries 1:7.5.0-1 (LibreOffice 7.5.0), packages
# hunspell-pt-pt (pt_PT, Projecto Natura, Universidade do Minho: José João de Almeida, Rui Vilela, Alberto Simões;
# GPL-2 or LGPL-2.1 or MPL-1.1; post-Acordo Ortográfico 1990 spelling, its entries noting the pre-1990 form as
# PREAO90, e.g. ação [PREAO90=acção]) and hunspell-pt-br (pt_BR, VERO 3.2, Raimundo Santos Moura, 2013; LGPL-3 or
# MPL; post-Acordo spelling: ideia, linguiça), expanded with unmunch (hunspell-tools 1.7.1). Only lower-case forms
# without a hyphen are read. A row is kept when its pt-PT form is valid in pt_PT only and its pt-BR form valid in
# pt_BR only: a form both accept is never flagged ("fato", a suit in Portugal; "contacto", also a Brazilian verb form;
# "bebé", also in the Brazilian dictionary). Pairs whose forms Glossaries/vocabulary/pt-vocabulary.csv already lists
# are left to that hand-made table. Families (Acordo Ortográfico 1990), rows:
{families}
"""


def main():
    candidate = candidates(forms("pt_PT"), forms("pt_BR"))
    wanted = {form for pair in candidate for form in pair}
    found = pairs(candidate, wanted.intersection(expand("pt_PT", prefixes=True)),
                  wanted.intersection(expand("pt_BR", prefixes=True)))
    counts = {family: sum(1 for *_, f in found if f == family) for family, _, _ in FAMILIES}
    out = io.StringIO()
    out.write(HEADER.format(families="\n".join(f"#   {family}: {count}" for family, count in counts.items())))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["pt-PT", "pt-BR", "source"])
    writer.writerows([p, b, f"hunspell pt_PT/pt_BR; {family}"] for p, b, family in found)
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
