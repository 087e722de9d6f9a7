#!/usr/bin/env python3
"""The `tactful-lint` hook of .pre-commit-hooks.yaml, run by pre-commit itself (`pre-commit try-repo`).

In a temporary git repository holding the example drafts, their .tactful.yml, a draft of every extension
`tactful lint` walks folders for, and JSON, CSV and YAML files: `--all-files` must hand the hook every draft and
nothing else, and fail only because the drafts have findings (exit 1, never 2 and never "no market"); a commit of
config and data files alone must skip the hook. The hook runs `tactful` from PATH: the built binary's folder
comes first. Exits 1 and prints what failed. Needs TACTFUL_BINARY (the built tactful) and pre-commit.
"""

import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

REPOSITORY = pathlib.Path(__file__).resolve().parent.parent.parent
BINARY = pathlib.Path(os.environ["TACTFUL_BINARY"])
DRAFT_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm", "eml", "liquid", "hbs", "mustache", "TXT"]
NOT_DRAFTS = {"macros.json": "[]\n", "library.csv": "key,locale,body\n", "notes.yaml": "a: 1\n", "more.yml": "b: 2\n"}
problems = []


with tempfile.TemporaryDirectory() as folder:
    folder = pathlib.Path(folder)
    environment = dict(
        os.environ, PATH=f"{BINARY.parent}{os.pathsep}{os.environ.get('PATH', '')}", PRE_COMMIT_HOME=str(folder / "cache"),
        GIT_AUTHOR_NAME="tactful", GIT_AUTHOR_EMAIL="tactful@example.invalid", GIT_COMMITTER_NAME="tactful",
        GIT_COMMITTER_EMAIL="tactful@example.invalid", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    environment.pop("GIT_DIR", None)
    environment.pop("GIT_INDEX_FILE", None)

    # The hooks as a repository of their own, exactly as this checkout has them.
    hooks = folder / "hooks"
    hooks.mkdir()
    shutil.copy(REPOSITORY / ".pre-commit-hooks.yaml", hooks)
    for arguments in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "hooks"]):
        subprocess.run(["git", *arguments], cwd=hooks, env=environment, check=True, capture_output=True, timeout=60)

    project = folder / "project"
    shutil.copytree(REPOSITORY / "Examples" / "drafts", project)
    drafts = sorted(path.name for path in project.iterdir() if path.suffix == ".txt")
    for extension in DRAFT_EXTENSIONS:
        name = f"fr-FR-every-extension.{extension}"
        (project / name).write_text("Bonjour, votre commande est partie ce matin. Bonne journée !\n")
        drafts.append(name)
    for name, text in NOT_DRAFTS.items():
        (project / name).write_text(text)
    for arguments in (["init", "-q"], ["add", "-A"]):
        subprocess.run(["git", *arguments], cwd=project, env=environment, check=True, capture_output=True, timeout=60)

    def try_repo(*arguments):
        run = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "tactful-lint", "--verbose",
                              *arguments], cwd=project, env=environment, capture_output=True, text=True, timeout=300)
        return run.returncode, run.stdout + run.stderr

    status, output = try_repo("--all-files")
    linted = sum(int(count) for count in re.findall(r"^(\d+) files?: ", output, re.MULTILINE))
    if status != 1 or "- exit code: 1" not in output:
        problems.append(f"--all-files: pre-commit exited {status}, expected the hook to fail with exit code 1")
    for unwanted in ("- exit code: 2", "no market", "skipped: not a draft", "tactful: error"):
        if unwanted in output:
            problems.append(f"--all-files: the output has {unwanted!r}")
    if linted != len(drafts):
        problems.append(f"--all-files: tactful linted {linted} files, expected the {len(drafts)} drafts")
    if problems:
        problems.append(output)

    status, output = try_repo("--files", ".tactful.yml", *NOT_DRAFTS)
    if status != 0 or "(no files to check)Skipped" not in output:
        problems.append(f"config and data files only: pre-commit exited {status}, expected the hook skipped:\n{output}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"pre-commit: tactful-lint was handed the {len(drafts)} drafts and no config or data file")
