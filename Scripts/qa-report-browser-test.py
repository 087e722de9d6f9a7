#!/usr/bin/env python3
"""Opens the `tactful qa --format html` report in a real headless Chromium (Debian's package) over the Chrome
DevTools Protocol, with the Python standard library only (the DevTools client of playground-browser-test.py).

It generates a seeded export (Scripts/qa-export-generator.py), writes the report with the given tactful binary,
loads it from file://, and checks: no console errors or exceptions, no network request beyond the file itself,
every chart present and drawn (each SVG chart has a mark with a non-zero size), one section per agent, the page no
wider than the viewport at 1280 px and at 390 px (tables scroll inside their boxes). Screenshots at both widths go
to artifacts/ (kept out of git).

Usage: Scripts/qa-report-browser-test.py PATH/TO/tactful [--chromium chromium] [--artifacts artifacts]
Exit code 0 when every check passed, 1 when one failed, 2 when it could not run.
"""
import argparse, importlib.util, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("playground", os.path.join(HERE, "playground-browser-test.py"))
playground = importlib.util.module_from_spec(spec)
spec.loader.exec_module(playground)


class RecordingPage(playground.Page):
    """A page that keeps the events the browser sends between command answers."""

    def __init__(self, ws_url):
        super().__init__(ws_url)
        self.events = []

    def command(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)


CHARTS = """(() => [...document.querySelectorAll('svg.chart')].map(svg => {
    const marks = [...svg.querySelectorAll('.mark:not(.empty)')].filter(m => {
        const box = m.getBBox(); return box.width > 0 && box.height > 0; });
    const rect = svg.getBoundingClientRect();
    return {label: svg.getAttribute('aria-label'), marks: marks.length, width: rect.width, height: rect.height};
}))()"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tactful")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--artifacts", default="artifacts")
    args = parser.parse_args()
    args.tactful = os.path.abspath(args.tactful)
    os.makedirs(args.artifacts, exist_ok=True)
    check = playground.Checks()

    work = tempfile.mkdtemp(prefix="tactful-qa-html-")
    export, report = os.path.join(work, "export.jsonl"), os.path.join(work, "qa.html")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "qa-export-generator.py"), "--tickets", "400", "--seed", "7",
                        "--out", export], check=True)
        subprocess.run([args.tactful, "qa", export, "--output", report], check=True, cwd=work)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"could not write the report: {error}", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
        return 2
    profile = tempfile.mkdtemp(prefix="tactful-chromium-")
    # Chromium puts its own scratch folders (org.chromium.*) in TMPDIR: inside the profile, removed with it.
    browser = subprocess.Popen([args.chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                                "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,900",
                                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                                f"--user-data-dir={profile}", "about:blank"],
                               env={**os.environ, "TMPDIR": profile},
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        devtools = playground.read_until(browser.stderr, r"DevTools listening on (ws://\S+)").group(1)
        devtools_port = re.match(r"ws://[^:]+:(\d+)/", devtools).group(1)
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list", timeout=10))
        page = RecordingPage(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.command(f"{domain}.enable")
        for width in (1280, 390):
            page.command("Emulation.setDeviceMetricsOverride", width=width, height=1600, deviceScaleFactor=1,
                         mobile=width < 600)
            page.command("Page.navigate", url="file://" + report)
            page.wait_for("document.readyState === 'complete' && document.querySelectorAll('svg.chart').length > 0")
            time.sleep(0.3)
            charts = page.evaluate(CHARTS) or []
            agents = page.evaluate("document.querySelectorAll('section.agent').length") or 0
            check(f"{width} px: one section per agent (25)", agents == 25, f"{agents} sections")
            check(f"{width} px: every chart present (3 team + 1 market + 3 per agent)",
                  len(charts) == 4 + 3 * agents, f"{len(charts)} charts")
            empty = [c["label"] for c in charts if c["marks"] == 0 or c["width"] < 50 or c["height"] < 20]
            check(f"{width} px: every chart drew something", not empty and bool(charts), f"empty: {empty[:5]}")
            overflow = page.evaluate("document.documentElement.scrollWidth")
            check(f"{width} px: the page is no wider than the viewport", overflow <= width, f"scrollWidth {overflow}")
            page.screenshot(os.path.join(args.artifacts, f"qa-report-{width}.png"))
        errors = [e for e in page.events if e["method"] == "Runtime.exceptionThrown"
                  or (e["method"] == "Runtime.consoleAPICalled" and e["params"].get("type") == "error")
                  or (e["method"] == "Log.entryAdded" and e["params"]["entry"].get("level") == "error")]
        check("no console errors or exceptions", not errors, json.dumps(errors[:3])[:400])
        requests = [e["params"]["request"]["url"] for e in page.events if e["method"] == "Network.requestWillBeSent"]
        foreign = [url for url in requests if not url.startswith(("file://", "data:"))]
        check("no network request beyond the file", not foreign, ", ".join(foreign[:5]))
    except Exception as error:  # report, then clean up
        check("the browser session ran", False, repr(error))
    finally:
        browser.terminate()
        browser.wait(timeout=20)
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return check.summary("QA report")


if __name__ == "__main__":
    sys.exit(main())
