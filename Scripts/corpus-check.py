#!/usr/bin/env python3
"""Checks evaluation-corpus files (Tests/Corpus/README.md): each YAML file parses, names a known market, channel and
category, and every `match` and placeholder occurs in its text. Usage: corpus-check.py [FILE|FOLDER ...]
Prints one line per problem and a summary; exits 1 when any file is invalid."""
import os
import sys

import yaml

MARKETS = set(
    "ar-AE ar-SA de-AT de-CH de-DE en-AU en-CA en-GB en-IN en-SG en-US es-ES es-MX fr-CA fr-FR id-ID it-IT ja-JP "
    "ko-KR nl-NL pl-PL pt-BR pt-PT th-TH zh-CN zh-HK zh-TW".split()
)
CHANNELS = {"email", "chat", "sms", "social"}
CATEGORIES = set(
    "formality register-mix taboo culture negative-phrasing vocabulary placeholder currency units date-time privacy "
    "legal readability".split()
)
SITUATIONS = {"delay", "refund", "sizing", "customs", "warranty", "payment", "complaint", "other"}


def check(path, real):
    errors = []
    try:
        with open(path, encoding="utf-8") as handle:
            doc = yaml.safe_load(handle)
    except Exception as error:  # noqa: BLE001 - any parse error is reported
        return [f"does not parse: {error}".replace("\n", " ")]
    if not isinstance(doc, dict):
        return ["not a mapping"]
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append("no text")
        text = ""
    if doc.get("market") not in MARKETS:
        errors.append(f"unknown market {doc.get('market')!r}")
    if doc.get("channel") not in CHANNELS:
        errors.append(f"unknown channel {doc.get('channel')!r}")
    if doc.get("situation") not in SITUATIONS:
        errors.append(f"unknown situation {doc.get('situation')!r}")
    folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
    if folder in MARKETS and doc.get("market") != folder:
        errors.append(f"market {doc.get('market')} but folder {folder}")
    if real and not (doc.get("source") and doc.get("licence")):
        errors.append("real text without source and licence")
    for problem in doc.get("problems") or []:
        if not isinstance(problem, dict):
            errors.append(f"problem is not a mapping: {problem!r}")
            continue
        if problem.get("category") not in CATEGORIES:
            errors.append(f"unknown category {problem.get('category')!r}")
        match = problem.get("match")
        occurrence = int(problem.get("occurrence", 1))
        if not isinstance(match, str) or not match:
            errors.append("problem without match")
        elif text.count(match) < occurrence:
            errors.append(f"match not in text (occurrence {occurrence}): {match!r}")
    for placeholder in doc.get("placeholders") or []:
        if not isinstance(placeholder, str) or placeholder not in text:
            errors.append(f"placeholder not in text: {placeholder!r}")
    unknown = set(doc) - {"market", "channel", "situation", "source", "licence", "template", "text", "problems",
                          "placeholders", "decoys", "note", "author"}
    if unknown:
        errors.append(f"unknown keys {sorted(unknown)}")
    return errors


def main(arguments):
    roots = arguments or [os.path.join(os.path.dirname(__file__), "..", "Tests", "Corpus")]
    files = []
    for root in roots:
        if os.path.isdir(root):
            for folder, _, names in os.walk(root):
                files += [os.path.join(folder, name) for name in names if name.endswith((".yml", ".yaml"))]
        else:
            files.append(root)
    bad = 0
    clean = 0
    for path in sorted(files):
        real = f"{os.sep}real{os.sep}" in os.path.abspath(path)
        errors = check(path, real)
        if errors:
            bad += 1
            for error in errors:
                print(f"{path}: {error}")
        else:
            with open(path, encoding="utf-8") as handle:
                doc = yaml.safe_load(handle)
            clean += not (doc.get("problems") or doc.get("placeholders"))
    print(f"{len(files)} files, {bad} invalid, {clean} clean")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
