"""schemathesis (on PyPI) against a running `tactful serve`, driven by the OpenAPI document the service publishes.

Starts the built binary (TACTFUL_BINARY) on a free loopback port with a config that gives it a rates file and a
generous time budget (a debug build on a loaded machine is slow; the budget's 503 is tested on its own), waits
for it to listen (it compiles every market's rules first), then runs schemathesis on GET /openapi.json with a
bounded number of examples per operation and a fixed seed: no 5xx, and every response's status, content type,
headers and body as the document says; unsupported methods must get 405 with Allow, and requests the document
calls invalid must be refused.

Run by ServeCommandTests (TactfulCLITests) through ConformancePython.run. Prints schemathesis's report when it fails and
exits 1; gives up after the timeouts below.
"""

import os
import re
import subprocess
import sys
import tempfile
import threading

START_TIMEOUT = 180  # seconds for the service to compile every market and listen (debug build)
RUN_TIMEOUT = 300  # seconds for the whole schemathesis run
MAX_EXAMPLES = "12"  # per operation and phase
CHECKS = ",".join([
    "not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance",
    "response_headers_conformance", "unsupported_method", "allow_header_conformance", "negative_data_rejection",
])
CONFIG = "serve:\n  rates: rates.csv\n  timeBudget: 60s\n"
RATES = "currency,rate\ndate,2026-03-13\nUSD,1.0818\nJPY,161.50\nCHF,0.9561\nGBP,0.8412\n"


def start(folder: str) -> tuple[subprocess.Popen, int | None, list[str]]:
    """The service, the port it listens on (None when it did not start in time) and its standard error so far."""
    service = subprocess.Popen(
        [os.environ["TACTFUL_BINARY"], "serve", "--port", "0", "--config", os.path.join(folder, "tactful.yml")],
        cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    errors: list[str] = []
    listening = threading.Event()
    port: list[int] = []

    def drain() -> None:  # keeps reading, so that the service's JSON logs never fill the pipe
        for line in service.stderr:
            errors.append(line)
            del errors[:-50]
            found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if found and not port:
                port.append(int(found.group(1)))
                listening.set()
        listening.set()

    threading.Thread(target=drain, daemon=True).start()
    listening.wait(START_TIMEOUT)
    return service, (port[0] if port else None), errors


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="tactful-schemathesis-") as folder:
        for name, text in (("tactful.yml", CONFIG), ("rates.csv", RATES)):
            with open(os.path.join(folder, name), "w") as file:
                file.write(text)
        service, port, errors = start(folder)
        try:
            if port is None:
                print(f"FAIL: tactful serve did not listen within {START_TIMEOUT} s:\n{''.join(errors)}")
                return 1
            base = f"http://127.0.0.1:{port}"
            command = [
                sys.executable, "-m", "schemathesis.cli", "run", f"{base}/openapi.json", "--url", base,
                "--checks", CHECKS, "--max-examples", MAX_EXAMPLES, "--seed", "16", "--workers", "1",
                "--request-timeout", "60", "--output-truncate", "false",
            ]
            try:
                # In the temporary folder: schemathesis and Hypothesis write their caches where they run.
                run = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=RUN_TIMEOUT)
            except subprocess.TimeoutExpired:
                print(f"FAIL: schemathesis did not finish within {RUN_TIMEOUT} s")
                return 1
            summary = [line for line in run.stdout.splitlines() if re.search(r"generated|passed|failed|=====", line)]
            print("\n".join(summary[-4:]))
            if run.returncode != 0:
                print(f"FAIL: schemathesis exited {run.returncode}:\n{run.stdout}\n{run.stderr}")
                print("tactful serve's last log lines:\n" + "".join(errors[-10:]))
                return 1
            return 0
        finally:
            service.terminate()
            try:
                service.wait(10)
            except subprocess.TimeoutExpired:
                service.kill()


if __name__ == "__main__":
    sys.exit(main())
