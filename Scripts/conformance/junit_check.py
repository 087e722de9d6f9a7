#!/usr/bin/env python3
"""`tactful check --format junit` as Jenkins and JUnit readers see it.

Validates the XML with lxml against the Jenkins xUnit plugin's junit-10.xsd (beside this script), reads it with
junitparser, and checks that every count attribute is what junitparser counts and what `--format json` reports,
on the example library and on a library whose file names need escaping. Exits 1 and prints what failed.
Needs TACTFUL_BINARY (the built tactful) and lxml and junitparser.
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile

from junitparser import Error, Failure, JUnitXml
from lxml import etree

HERE = pathlib.Path(__file__).resolve().parent
BINARY = os.environ["TACTFUL_BINARY"]
SCHEMA = etree.XMLSchema(etree.parse(str(HERE / "junit-10.xsd")))
problems = []


def tactful(*arguments, cwd=None):
    """Runs tactful and returns its standard output (exit 0 or 1: findings are expected)."""
    run = subprocess.run([BINARY, *arguments], capture_output=True, cwd=cwd, timeout=120)
    if run.returncode not in (0, 1):
        problems.append(f"tactful {' '.join(arguments)} exited {run.returncode}: {run.stderr.decode()[:300]}")
    return run.stdout


def check(label, library, cwd=None):
    """Checks one library's JUnit report against the schema, junitparser and the JSON report."""
    xml = tactful("check", library, "--format", "junit", cwd=cwd)
    report = json.loads(tactful("check", library, "--format", "json", cwd=cwd))
    document = etree.fromstring(xml)
    if not SCHEMA.validate(document):
        for error in SCHEMA.error_log:
            problems.append(f"{label}: junit-10.xsd: line {error.line}: {error.message}")
    with tempfile.NamedTemporaryFile(suffix=".xml") as file:
        file.write(xml)
        file.flush()
        parsed = JUnitXml.fromfile(file.name)
    suites = list(parsed)
    if len(suites) != 1:
        problems.append(f"{label}: {len(suites)} test suites, expected 1")
        return
    suite = suites[0]
    cases = list(suite)
    failures = sum(isinstance(entry, Failure) for case in cases for entry in case.result)
    errors = sum(isinstance(entry, Error) for case in cases for entry in case.result)
    summary = report["summary"]
    expected = {"tests": (len(cases), summary["files"]), "failures": (failures, summary["findings"]), "errors": (errors, 0)}
    for name, (counted, reported) in expected.items():
        for element in (document, document.find("testsuite")):
            value = element.get(name)
            if value != str(counted) or counted != reported:
                problems.append(f"{label}: <{element.tag}> {name}={value!r}, junitparser counts {counted}, "
                                f"--format json reports {reported}")
    by_name = {case.name: case for case in cases}
    for entry in report["files"]:
        name = f"{entry['path']} [{entry['market']}]"
        case = by_name.get(name)
        if case is None:
            problems.append(f"{label}: no test case named {name!r}")
            continue
        found = [result for result in case.result if isinstance(result, Failure)]
        if len(found) != len(entry["findings"]):
            problems.append(f"{label}: {name!r} has {len(found)} failures for {len(entry['findings'])} findings")
        for result, finding in zip(found, entry["findings"]):
            if finding["rule"] not in (result.message or "") or result.type != finding["severity"]:
                problems.append(f"{label}: {name!r}: failure {result.type} {result.message!r} is not {finding['rule']}")


check("Examples/templates", "Examples/templates")

with tempfile.TemporaryDirectory() as folder:
    library = pathlib.Path(folder) / "en-US"
    library.mkdir()
    # A name that needs every XML escape, and a carriage return that attribute normalisation would otherwise eat.
    (library / "refund & <\"quotes\">\r'é'.txt").write_text("Hi {{ name },\nYour refund of XXX is on its way.\n")
    (library / "clean.txt").write_text("Thanks for your order. It ships tomorrow.\n")
    check("escaped names", ".", cwd=folder)

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("junit: valid against junit-10.xsd; counts agree with junitparser and --format json")
