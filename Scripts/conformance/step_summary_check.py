#!/usr/bin/env python3
"""The `$GITHUB_STEP_SUMMARY` table of `tactful check --format github`, rendered by GitHub's own Markdown engine.

Checks a library whose file names hold a carriage return, CRLF, a line feed, `|` and `\\|`: rendered with
cmark-gfm (the cmarkgfm binding), the summary must be one table with exactly one row of five cells per finding
of `--format json`, naming the file (line breaks shown as spaces) and the rule. Exits 1 and prints what failed.
Needs TACTFUL_BINARY (the built tactful), cmarkgfm and lxml.
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile

import cmarkgfm
from lxml import html

BINARY = os.environ["TACTFUL_BINARY"]
NAMES = ["carriage\rreturn.txt", "crlf\r\nname.txt", "line\nfeed.txt", "pipe|and\\|escaped.txt", "back\\slash.txt"]
problems = []


def shown(path):
    """A path as the table shows it: every line ending read as one space."""
    return path.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as elsewhere:
    library = pathlib.Path(folder) / "en-US"
    library.mkdir()
    for name in NAMES:
        (library / name).write_text("Hi {{ name },\nYour refund is on its way.\n")
    summary = pathlib.Path(elsewhere) / "summary.md"  # outside the library, which check walks
    environment = dict(os.environ, GITHUB_STEP_SUMMARY=str(summary))
    run = subprocess.run([BINARY, "check", ".", "--format", "github"], cwd=folder, env=environment,
                         capture_output=True, timeout=120)
    if run.returncode != 1:
        problems.append(f"tactful check --format github exited {run.returncode}: {run.stderr.decode()[:300]}")
    report = json.loads(subprocess.run([BINARY, "check", ".", "--format", "json"], cwd=folder,
                                       capture_output=True, timeout=120).stdout)
    markdown = summary.read_text(encoding="utf-8")

expected = sorted((shown(file["path"]), finding["rule"]) for file in report["files"] for finding in file["findings"])
if len(expected) < len(NAMES):
    problems.append(f"expected a finding per file, --format json has {len(expected)}")
page = html.fromstring(cmarkgfm.github_flavored_markdown_to_html(markdown))
tables = page.xpath("//table")
if len(tables) != 1:
    problems.append(f"{len(tables)} tables rendered, expected 1:\n{markdown}")
else:
    rows = tables[0].xpath("./tbody/tr")
    cells = [[cell.text_content() for cell in row.xpath("./td")] for row in rows]
    for row in cells:
        if len(row) != 5:
            problems.append(f"a row of {len(row)} cells: {row}")
    found = sorted((row[1], row[3]) for row in cells if len(row) == 5)
    if found != expected:
        problems.append(f"{len(rows)} rows for {len(expected)} findings;\nrendered {found}\nexpected {expected}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"step summary: {len(expected)} findings, {len(expected)} rows as cmark-gfm renders them")
