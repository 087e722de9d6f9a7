#!/usr/bin/env python3
"""`--format sarif` against the OASIS SARIF 2.1.0 schema, with locations as GitHub code scanning resolves them.

Every log must validate against sarif-schema-2.1.0.json (beside this script) with jsonschema, name `%SRCROOT%`
in `originalUriBaseIds` as an absolute `file://` URI ending in `/`, and give each result a URI that resolves to
the reported file: relative to `%SRCROOT%` (the file's git work tree, else the current directory) whether the
path was given relative or absolute, and an absolute `file://` URI for a file outside the root. Exits 1 and
prints what failed. Needs TACTFUL_BINARY (the built tactful) and jsonschema.
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile
from urllib.parse import unquote, urljoin, urlparse

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
BINARY = os.environ["TACTFUL_BINARY"]
VALIDATOR = jsonschema.Draft4Validator(json.loads((HERE / "sarif-schema-2.1.0.json").read_text()))
problems = []


def sarif(label, arguments, cwd):
    """Runs tactful with `--format sarif`, validates the log against the schema and returns it."""
    run = subprocess.run([BINARY, *arguments, "--format", "sarif"], cwd=cwd, capture_output=True, timeout=120)
    if run.returncode not in (0, 1):
        problems.append(f"{label}: exited {run.returncode}: {run.stderr.decode()[:300]}")
        return None
    log = json.loads(run.stdout)
    for error in VALIDATOR.iter_errors(log):
        problems.append(f"{label}: schema: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")
    return log


def locations(label, log, root, relative):
    """Checks the base and every result's location; returns the URIs as written."""
    if log is None:
        return []
    run = log["runs"][0]
    base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri", "")
    if not base.startswith("file:///") or not base.endswith("/"):
        problems.append(f"{label}: %SRCROOT% is {base!r}, not an absolute file URI ending in /")
    elif pathlib.Path(unquote(urlparse(base).path)) != root:
        problems.append(f"{label}: %SRCROOT% is {base!r}, expected {root}")
    uris = []
    for result in run["results"]:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        uri = artifact["uri"]
        uris.append(uri)
        if relative and (artifact.get("uriBaseId") != "%SRCROOT%" or urlparse(uri).scheme or uri.startswith("/")):
            problems.append(f"{label}: {artifact} is not relative to %SRCROOT%")
        if not relative and ("uriBaseId" in artifact or not uri.startswith("file:///")):
            problems.append(f"{label}: {artifact} is not an absolute file URI without a base")
        resolved = urljoin(base, uri) if "uriBaseId" in artifact else uri
        if not pathlib.Path(unquote(urlparse(resolved).path)).is_file():
            problems.append(f"{label}: {uri!r} resolves to {resolved!r}, which is no file")
    if not uris:
        problems.append(f"{label}: no results")
    return uris


# The example library, as a workflow runs it from the checkout, and with an absolute path from elsewhere.
git_root = pathlib.Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=REPOSITORY,
                                       capture_output=True, text=True).stdout.strip() or REPOSITORY)
given_relative = locations("check, relative path", sarif("check, relative path", ["check", "Examples/templates"],
                                                          REPOSITORY), git_root, True)
given_absolute = locations("check, absolute path", sarif("check, absolute path",
                                                          ["check", str(REPOSITORY / "Examples/templates")], "/"),
                           git_root, True)
if sorted(given_relative) != sorted(given_absolute):
    problems.append(f"relative and absolute paths give different URIs: {given_relative[:3]} / {given_absolute[:3]}")

with tempfile.TemporaryDirectory() as folder:
    folder = pathlib.Path(folder).resolve()
    # A draft in a git work tree of its own, named with characters a URI must encode, linted from outside it.
    work_tree = folder / "repo"
    (work_tree / "replies" / "de DE").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(work_tree)], check=True)
    draft = work_tree / "replies" / "de DE" / "a:b #1 100%.txt"
    draft.write_text("Wir rufen Sie um 5pm an, {{name}}.\n")
    uris = locations("lint, another work tree", sarif("lint, another work tree",
                                                      ["lint", "--market", "de-DE", str(draft)], "/"), work_tree, True)
    if uris and uris[0] != "replies/de%20DE/a%3Ab%20%231%20100%25.txt":
        problems.append(f"lint, another work tree: URI {uris[0]!r}")
    # A draft outside the git work tree of the current directory: an absolute URI.
    outside = folder / "outside.txt"
    outside.write_text("Wir rufen Sie um 5pm an, {{name}}.\n")
    locations("lint, outside the root", sarif("lint, outside the root", ["lint", "--market", "de-DE", str(outside), str(draft)],
                                              REPOSITORY), git_root, False)

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("sarif: valid against the OASIS SARIF 2.1.0 schema; every location resolves to its file")
