#!/usr/bin/env python3
"""Drives the browser extension (Extensions/browser) in Debian's Chromium against a real `tactful serve`, over the
Chrome DevTools Protocol, with the Python standard library only (the WebSocket and page helpers are the
playground browser test's).

It starts the service and a static server for Extensions/browser/test-pages/ on loopback, launches Chromium
headless (new mode) with --load-extension, points the extension's options page at the service, and on each test
page (Zendesk, Freshdesk, Gorgias, Help Scout, Gmail: a textarea, contenteditables, an iframe'd rich editor)
types a draft with known problems as keystrokes. It checks that the underlines and the badge count are the
findings the server gives for the market the page shows (or, on Gmail, the language it detects), that a click on
an underline opens the card, that "apply" changes the text and the finding goes away, and that pressing send
shows the summary while the page still sends. Then it measures the time from the last keystroke to the
underlines for a 150-word draft. Screenshots go to artifacts/ (not in git).

Usage: Scripts/extension-browser-test.py PATH/TO/tactful [--chromium chromium] [--artifacts artifacts]
Exit code 0 when every check passed (or Chromium is missing: skipped, with a message), 1 when one failed,
2 when it could not run.
"""
import argparse, functools, hashlib, http.server, importlib.util, json, os, re, shutil, statistics, subprocess, sys
import tempfile, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTENSION = os.path.join(ROOT, "Extensions", "browser")
PAGES = os.path.join(EXTENSION, "test-pages")

_spec = importlib.util.spec_from_file_location("playground_test", os.path.join(ROOT, "Scripts", "playground-browser-test.py"))
playground = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(playground)
Page, read_until, press = playground.Page, playground.read_until, playground.press

# One case per test page: the draft typed (line by line), the market the page shows (None: detected), the rule
# whose safe fix "apply" is clicked (None: no apply on this page) and the text the fix must bring.
CASES = [
    {"page": "zendesk.html", "editor": "textarea", "market": "en-GB", "source": "page",
     "lines": ["Hi Oliver,", "Your parcel ships today and the color of the box is grey.", "We cannot refund you.", "Thanks, Sam"],
     "known": "color", "apply": "color"},
    {"page": "freshdesk.html", "editor": "contenteditable (Froala)", "market": "de-DE", "source": "page",
     "lines": ["Hallo Jonas,", "Ihre Bestellung wird um 5pm versendet. Das Paket wiegt 5 lbs.", "Viele Grüße"],
     "known": "5pm", "apply": "5pm"},
    {"page": "gorgias.html", "editor": "contenteditable (Draft.js)", "market": "fr-FR", "source": "page",
     "lines": ["Bonjour Camille,", "Votre commande sera expédiée à 5pm. Le colis pèse 5 lbs.", "Cordialement"],
     "known": "5pm", "apply": None},
    {"page": "helpscout.html", "editor": "iframe'd rich editor", "market": "en-AU", "source": "page",
     "lines": ["Hi Mia,", "Your order ships today and the box is 10 inches wide.", "The color is grey.", "Cheers, Sam"],
     "known": "10 inches", "apply": "10 inches"},
    {"page": "gmail.html", "editor": "contenteditable (Gmail)", "market": None, "source": "detected", "language": "de",
     "lines": ["Hallo Lena,", "Ihre Rückerstattung wird um 5pm gebucht. Das Paket wiegt 5 lbs.", "Viele Grüße"],
     "known": "5pm", "apply": None, "pick": "de-AT"},
]

LATENCY_WORDS = ("Thank you for getting in touch about your order. I checked the parcel with our warehouse team this "
                 "morning and it left our depot yesterday at 5pm. The courier usually delivers within three working "
                 "days, so you should have it by Friday. If the box arrives damaged, please keep the packaging and "
                 "send us a photo so we can arrange a replacement straight away. The jacket you ordered runs a little "
                 "small, so if it does not fit you can return it within thirty days for a full refund or an exchange. "
                 "We also added a small gift card to the parcel as a thank you for your patience while the stock "
                 "was being restocked. Our support team is available every weekday, and you can reply to this email "
                 "at any time with questions about sizing, delivery or payment. The color guide on our website shows "
                 "every shade in daylight. We hope you enjoy the jacket and look forward to hearing from you soon. "
                 "Kind regards from all of us here").split()

OVERLAY = "document.querySelector('tactful-overlay')?.shadowRoot"
GROUP = f"{OVERLAY}?.querySelector('.editor')"


TOKEN = os.urandom(12).hex()  # the service runs with a bearer token, as a team server does


def server_lint(port, text, market=None, accept_language=None):
    body = {"text": text, "channel": "email", "uiLanguage": "en"}
    if market:
        body["market"] = market
    if accept_language:
        body["acceptLanguage"] = accept_language
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/lint", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    return json.load(urllib.request.urlopen(request, timeout=30))["files"][0]


def static_server(directory):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=directory))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def click_at(page, x, y):
    for kind in ("mousePressed", "mouseReleased"):
        page.command("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


def center(page, expression):
    """The centre of the element an expression finds (in the top viewport), or None."""
    return page.evaluate(f"(e => {{ if (!e) return null; e.scrollIntoView({{block: 'nearest'}}); const r = e.getBoundingClientRect();"
                         f" return [r.x + r.width / 2, r.y + r.height / 2]; }})({expression})")


def type_lines(page, lines):
    """Types lines as a person would: text, then Enter between lines (a real key press)."""
    for number, line in enumerate(lines):
        if number:
            for kind in ("keyDown", "keyUp"):
                page.command("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                             windowsVirtualKeyCode=13, **({"text": "\r"} if kind == "keyDown" else {}))
        page.command("Input.insertText", text=line)


def editor_text(page, case):
    """The draft as the page holds it: the textarea's value or the editable's text."""
    if case["editor"] == "textarea":
        return page.evaluate("document.querySelector('[data-reply]').value")
    # innerText puts a blank line between paragraphs (<p>); the agent sees one line break.
    if "iframe" in case["editor"]:
        text = page.evaluate("document.querySelector('[data-reply]').contentDocument.body.innerText")
    else:
        text = page.evaluate("document.querySelector('[data-reply]').innerText")
    return re.sub(r"\n+", "\n", text)


def state(page):
    return page.evaluate(f"(g => g ? {{...g.dataset, rules: [...new Set([...g.querySelectorAll('.u')].map(u => u.dataset.rule))],"
                         f" underlined: new Set([...g.querySelectorAll('.u')].map(u => u.dataset.index)).size,"
                         f" badge: g.querySelector('.badge')?.textContent}} : null)({GROUP})")


def wait_fresh(page, expected_length, seconds=20):
    """Waits for the extension to have checked a text of the given length (its lint is debounced)."""
    return page.wait_for(f"(g => g && g.dataset.state === 'fresh' && Math.abs(g.dataset.checkedLength - {expected_length}) <= 1)({GROUP})",
                         seconds)


def configure(page, extension_id, server_port, check, artifacts, ui_language="", token=""):
    page.command("Page.navigate", url=f"chrome-extension://{extension_id}/options/options.html")
    page.wait_for("document.querySelectorAll('#helpdesks input').length === 5")
    page.evaluate(f"document.getElementById('serverUrl').value = 'http://127.0.0.1:{server_port}';"
                  "document.getElementById('extraSites').value = 'http://127.0.0.1/*';"
                  f"document.getElementById('uiLanguage').value = {json.dumps(ui_language)};"
                  f"document.getElementById('token').value = {json.dumps(token)}; true")
    click_at(page, *center(page, "document.getElementById('save')"))
    status = page.wait_for("(s => s.className && s.textContent)(document.getElementById('status'))")
    ok = page.evaluate("document.getElementById('status').className") == "ok"
    check(f"the options page saves the server, the test pages' site and UI language '{ui_language or 'browser'}',"
          " and registers the content script", ok and ("1 site" in (status or "") or "1 个网站" in (status or "")), status)
    page.screenshot(os.path.join(artifacts, f"extension-options{'-' + ui_language if ui_language else ''}.png"))


def run_case(page, case, pages_port, server_port, check, artifacts):
    name = case["page"].split(".")[0]
    page.command("Page.navigate", url=f"http://127.0.0.1:{pages_port}/{case['page']}")
    attached = page.wait_for(f"!!({GROUP})", 20)
    check(f"{name}: the extension finds the reply editor ({case['editor']})", bool(attached))
    if not attached:
        return
    target = "document.querySelector('[data-reply]')"
    click_at(page, *center(page, target))
    if "iframe" in case["editor"]:
        page.evaluate(f"{target}.contentDocument.body.focus(); true")
    type_lines(page, case["lines"])
    draft = "\n".join(case["lines"])
    fresh = wait_fresh(page, len(draft))
    seen = state(page) or {}
    typed = editor_text(page, case).strip("\n")
    check(f"{name}: the draft was typed into the editor", typed == draft, repr(typed))
    check(f"{name}: the draft is checked after typing stops", bool(fresh), seen)
    if case["market"]:
        expected = server_lint(server_port, draft, market=case["market"])
    else:
        expected = server_lint(server_port, draft, accept_language=case["language"])
    rules = sorted({f["rule"] for f in expected["findings"]})
    check(f"{name}: the market is {expected['market']} ({case['source']})",
          seen.get("market") == expected["market"] and seen.get("marketSource") == case["source"]
          and (case["market"] is None or expected["market"] == case["market"]), seen)
    count = len(expected["findings"])
    check(f"{name}: {count} findings underlined and counted on the badge, as the server finds for the market",
          count > 0 and seen.get("count") == str(count) and seen.get("underlined") == count
          and seen.get("badge") == str(count) and sorted(seen.get("rules") or []) == rules,
          f"page {seen}, server {rules}")
    known = next((f for f in expected["findings"] if f["match"] == case["known"]), None)
    check(f"{name}: the known problem '{case['known']}' is underlined", known is not None and known["rule"] in (seen.get("rules") or []),
          [f["match"] for f in expected["findings"]])
    page.screenshot(os.path.join(artifacts, f"extension-{name}-underlines.png"))

    if case["apply"]:
        finding = next(f for f in expected["findings"] if f["match"] == case["apply"])
        fix = next(x for x in finding["fixes"] if x["safe"] and not x["suggestion"])
        point = page.evaluate(f"(u => {{ const r = u.getBoundingClientRect(); return [r.x + r.width / 2, r.y - 6]; }})"
                              f"({GROUP}.querySelector('.u[data-rule={json.dumps(finding['rule'])}]'))")
        click_at(page, *point)
        card = page.wait_for(f"(c => c && c.dataset.rule)({OVERLAY}.querySelector('.card'))", 5)
        check(f"{name}: a click on the underline opens its card with an 'apply' button", card == finding["rule"]
              and page.evaluate(f"!!{OVERLAY}.querySelector('.card .apply')"), card)
        page.screenshot(os.path.join(artifacts, f"extension-{name}-card.png"))
        click_at(page, *center(page, f"{OVERLAY}.querySelector('.card .apply')"))
        fixed_text = draft.replace(case["apply"], fix["replacement"], 1)
        fresh = wait_fresh(page, len(fixed_text))
        after = state(page) or {}
        text = editor_text(page, case).strip("\n")
        remaining = server_lint(server_port, text, market=expected["market"])["findings"]
        check(f"{name}: 'apply' writes '{fix['replacement']}' into the editor", text == fixed_text, repr(text))
        check(f"{name}: the applied finding is gone and the rest stay ({len(remaining)})",
              bool(fresh) and not any(f["match"] == case["apply"] for f in remaining)
              and after.get("count") == str(len(remaining)) and after.get("underlined") == len(remaining), after)
        page.screenshot(os.path.join(artifacts, f"extension-{name}-applied.png"))

    if case.get("pick"):
        pick_market(page, case, pages_port, server_port, check, artifacts)

    pending = int((state(page) or {}).get("count") or 0)
    click_at(page, *center(page, "document.querySelector('[data-send]')"))
    summary = page.wait_for(f"(s => s && s.dataset.count)({OVERLAY}.querySelector('.summary'))", 5)
    sent = page.wait_for("document.querySelectorAll('#sent-log li').length", 5)
    check(f"{name}: pressing send shows the summary ({pending} findings) and the page still sends",
          pending > 0 and summary == str(pending) and sent == 1, f"summary {summary}, sent {sent}")
    page.screenshot(os.path.join(artifacts, f"extension-{name}-send.png"))
    dismiss = center(page, f"{OVERLAY}.querySelector('.summary .dismiss')")
    if dismiss:
        click_at(page, *dismiss)
    check(f"{name}: the summary can be dismissed", dismiss and page.wait_for(f"!{OVERLAY}.querySelector('.summary')", 5))


def pick_market(page, case, pages_port, server_port, check, artifacts):
    """The badge opens the list with the market and its source; a market picked there is used, and remembered for
    the site (for the detected language) when the page is opened again."""
    name, market = case["page"].split(".")[0], case["pick"]
    click_at(page, *center(page, f"{GROUP}.querySelector('.badge')"))
    panel = page.wait_for(f"(p => p && p.querySelector('select').options.length > 10 && p.innerText)({OVERLAY}.querySelector('.panel'))", 10)
    check(f"{name}: the badge opens the findings with the market and where it came from",
          bool(panel) and "de-DE (detected language)" in panel, panel)
    page.screenshot(os.path.join(artifacts, f"extension-{name}-panel.png"))
    page.evaluate(f"(s => {{ s.value = {json.dumps(market)}; s.dispatchEvent(new Event('change')); }})"
                  f"({OVERLAY}.querySelector('.panel select'))")
    draft = "\n".join(case["lines"])
    picked = page.wait_for(f"(g => g.dataset.market === {json.dumps(market)} && g.dataset.marketSource === 'picked'"
                           f" && g.dataset.state === 'fresh' && g.dataset.count)({GROUP})", 10)
    expected = server_lint(server_port, draft, market=market)["findings"]
    check(f"{name}: the market picked in the panel ({market}) is used at once", picked == str(len(expected)),
          state(page))
    page.command("Page.navigate", url=f"http://127.0.0.1:{pages_port}/{case['page']}")
    page.wait_for(f"!!({GROUP})", 20)
    click_at(page, *center(page, "document.querySelector('[data-reply]')"))
    type_lines(page, case["lines"])
    wait_fresh(page, len(draft))
    again = state(page) or {}
    check(f"{name}: the pick is remembered for the site", again.get("market") == market
          and again.get("marketSource") == "picked", again)


PROBE = """new Promise(resolve => {
  const editor = document.querySelector('[data-reply]');
  const group = %s;
  let typedAt = null;
  editor.addEventListener('input', () => { typedAt = performance.now(); }, { once: true });
  const target = editor.value.length + 1;
  const done = () => group.dataset.state === 'fresh' && +group.dataset.checkedLength === target && group.querySelector('.u');
  const observer = new MutationObserver(() => {
    if (typedAt !== null && done()) { observer.disconnect(); requestAnimationFrame(() => resolve(performance.now() - typedAt)); }
  });
  observer.observe(group, { attributes: true, childList: true });
  setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
})""" % GROUP


def measure_latency(page, pages_port, server_port, check, artifacts, rounds=9):
    """Milliseconds from the last keystroke (its input event) to the underlines drawn for that text."""
    page.command("Page.navigate", url=f"http://127.0.0.1:{pages_port}/zendesk.html")
    if not page.wait_for(f"!!({GROUP})", 20):
        check("latency: the extension attached", False)
        return
    click_at(page, *center(page, "document.querySelector('[data-reply]')"))
    words = LATENCY_WORDS[:150]
    page.command("Input.insertText", text=" ".join(words[:-1]))
    latencies = []
    for number in range(rounds):
        for character in (" " + words[-1])[:-1] if number == 0 else " and":
            page.command("Input.insertText", text=character)
            time.sleep(0.03)
        page.evaluate(f"window.__tactfulLatency = {PROBE}; true")
        last = words[-1][-1] if number == 0 else "d"
        page.command("Input.insertText", text=last)
        latencies.append(page.evaluate("window.__tactfulLatency"))
        time.sleep(0.2)
    text = page.evaluate("document.querySelector('[data-reply]').value")
    started = time.perf_counter()
    findings = server_lint(server_port, text, market="en-GB")["findings"]
    server_ms = (time.perf_counter() - started) * 1000
    seen = state(page) or {}
    page.screenshot(os.path.join(artifacts, "extension-latency-150-words.png"))
    valid = [value for value in latencies if value is not None and value >= 0]
    median = statistics.median(valid) if valid else float("inf")
    print(f"latency, last keystroke to underlines, {len(words)}-word draft (one word longer each round), {rounds} rounds: "
          f"median {median:.0f} ms, max {max(valid or [0]):.0f} ms (each: {', '.join(f'{v:.0f}' for v in latencies)}); "
          f"the server alone answers this draft in {server_ms:.0f} ms")
    check("latency: every round drew the underlines", len(valid) == rounds, latencies)
    check("latency: the 150-word draft's findings are underlined", seen.get("count") == str(len(findings)) and len(findings) > 0,
          f"page {seen.get('count')}, server {len(findings)}")
    check("latency: median from the last keystroke to the underlines under 150 ms", median < 150, f"{median:.0f} ms")


def check_token_needed(page, pages_port, check, artifacts):
    """Before the token is set, the badge says that the server wants one (and nothing is underlined)."""
    page.command("Page.navigate", url=f"http://127.0.0.1:{pages_port}/zendesk.html")
    page.wait_for(f"!!({GROUP})", 20)
    click_at(page, *center(page, "document.querySelector('[data-reply]')"))
    page.command("Input.insertText", text="Hi Oliver, the color is grey.")
    failed = page.wait_for(f"(g => g.dataset.state === 'failed' && g.querySelector('.badge').title)({GROUP})", 10)
    page.screenshot(os.path.join(artifacts, "extension-token-missing.png"))
    check("without the bearer token the badge says the server wants one", "token" in (failed or ""), failed)


def check_chinese_ui(page, pages_port, check, artifacts):
    """With the UI language set to zh-Hans, the badge, the send summary and the server's messages are Chinese."""
    page.command("Page.navigate", url=f"http://127.0.0.1:{pages_port}/gorgias.html")
    if not page.wait_for(f"!!({GROUP})", 20):
        check("zh-Hans: the extension attached", False)
        return
    click_at(page, *center(page, "document.querySelector('[data-reply]')"))
    lines = CASES[2]["lines"]
    type_lines(page, lines)
    wait_fresh(page, len("\n".join(lines)))
    title = page.evaluate(f"{GROUP}.querySelector('.badge').title")
    click_at(page, *center(page, "document.querySelector('[data-send]')"))
    summary = page.wait_for(f"(s => s && s.innerText)({OVERLAY}.querySelector('.summary'))", 5) or ""
    page.screenshot(os.path.join(artifacts, "extension-zh-Hans-send.png"))
    cjk = re.compile(r"[\u4e00-\u9fff]")
    messages = summary.split("\n")[2:]
    check("zh-Hans: the badge, the summary and the findings' messages are in Chinese",
          "个问题" in (title or "") and summary.startswith("发送前请注意") and messages and all(cjk.search(m) for m in messages if m.strip()),
          f"badge {title!r}, summary {summary!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tactful")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--artifacts", default="artifacts")
    parser.add_argument("--port", type=int, help="use a tactful serve already listening on this loopback port")
    parser.add_argument("--token", help="with --port: the bearer token that server wants")
    args = parser.parse_args()
    if not shutil.which(args.chromium):
        print(f"extension browser test skipped: '{args.chromium}' is not installed (apt-get install -y chromium)")
        return 0
    args.tactful = os.path.abspath(args.tactful)
    os.makedirs(args.artifacts, exist_ok=True)
    check = playground.Checks()

    global TOKEN
    TOKEN = args.token or TOKEN
    server = None if args.port else subprocess.Popen([args.tactful, "serve", "--port", "0"], stderr=subprocess.PIPE,
                                                     text=True, cwd=tempfile.gettempdir(),
                                                     env={**os.environ, "TACTFUL_SERVE_TOKENS": TOKEN})
    pages = static_server(PAGES)
    profile = tempfile.mkdtemp(prefix="tactful-extension-")
    # Chromium puts its own scratch folders (org.chromium.*) in TMPDIR: inside the profile, removed with it.
    browser = subprocess.Popen([args.chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                                "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,900",
                                f"--load-extension={EXTENSION}", f"--disable-extensions-except={EXTENSION}",
                                "--disable-features=DisableLoadExtensionCommandLineSwitch",
                                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                                f"--user-data-dir={profile}", "about:blank"],
                               env={**os.environ, "TMPDIR": profile},
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        devtools = read_until(browser.stderr, r"DevTools listening on (ws://\S+)").group(1)
        devtools_port = re.match(r"ws://[^:]+:(\d+)/", devtools).group(1)
        if server:
            port = read_until(server.stderr, r"listening on http://127\.0\.0\.1:(\d+)", seconds=600).group(1)
            threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()  # keep the pipe drained
        else:
            port = str(args.port)
        # An unpacked extension's id is derived from its folder's path (its service worker, idle after 30 s, may be
        # stopped and unlisted by the time the service has started).
        digest = hashlib.sha256(os.path.realpath(EXTENSION).encode()).hexdigest()[:32]
        extension_id = "".join(chr(ord("a") + int(digit, 16)) for digit in digest)
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list", timeout=10))
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        page.command("Page.enable")
        page.command("Page.navigate", url=f"chrome-extension://{extension_id}/options/options.html")
        loaded = page.wait_for("document.querySelectorAll('#helpdesks input').length === 5", 20)
        check("Chromium loads the unpacked extension (its options page opens)", bool(loaded))
        if not loaded:
            return 1
        configure(page, extension_id, port, check, args.artifacts)
        check_token_needed(page, pages.server_port, check, args.artifacts)
        configure(page, extension_id, port, check, args.artifacts, token=TOKEN)
        for case in CASES:
            run_case(page, case, pages.server_port, port, check, args.artifacts)
        measure_latency(page, pages.server_port, port, check, args.artifacts)
        configure(page, extension_id, port, check, args.artifacts, ui_language="zh-Hans", token=TOKEN)
        check_chinese_ui(page, pages.server_port, check, args.artifacts)
    except Exception as error:  # report, then clean up
        check("the browser session ran", False, repr(error))
    finally:
        browser.terminate()
        pages.shutdown()
        browser.wait(timeout=20)
        if server:
            server.terminate()
            server.wait(timeout=20)
        shutil.rmtree(profile, ignore_errors=True)
    return check.summary("extension")


if __name__ == "__main__":
    sys.exit(main())
