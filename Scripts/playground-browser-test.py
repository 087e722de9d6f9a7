#!/usr/bin/env python3
"""Drives the playground page of `tactful serve` in a real headless Chromium (Debian's package), over the Chrome
DevTools Protocol, with the Python standard library only.

It starts the service on a free loopback port, loads the page, types a draft into the textarea as keystrokes of
text (Input.insertText, which fires real input events), waits for the debounced lint to highlight the expected
finding, clicks its rewrite with a real mouse event, and checks that the draft changed and the highlight went
away. Screenshots go to artifacts/ (kept out of git).

Usage: Scripts/playground-browser-test.py PATH/TO/tactful [--chromium chromium] [--artifacts artifacts]
Exit code 0 when every check passed, 1 when one failed, 2 when it could not run.
"""
import argparse, base64, json, os, re, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request

DRAFT = "Dear customer,\nYour parcel will ship at 5pm today.\n"


class WebSocket:
    """A minimal RFC 6455 client: text frames, client-side masking, enough for the DevTools protocol."""

    def __init__(self, url):
        match = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake failed: " + response.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exactly(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise RuntimeError("websocket closed")
            data += chunk
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            payload = self._exactly(length)
            if first & 0x0F == 0x8:
                raise RuntimeError("websocket closed by the browser")
            message += payload
            if first & 0x80:
                return message.decode()


class Page:
    """One page target, spoken to with DevTools commands."""

    def __init__(self, ws_url):
        self.ws, self.next_id = WebSocket(ws_url), 0

    def command(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.command("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds=15):
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        return None

    def screenshot(self, path):
        data = self.command("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def click(self, selector):
        box = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                            " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.command("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)


class Checks:
    """Named pass/fail checks, printed as they run (shared by the playground, extension and QA report tests)."""

    def __init__(self):
        self.names, self.failures = [], []

    def __call__(self, name, ok, detail=""):
        self.names.append(name)
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"), flush=True)
        if not ok:
            self.failures.append(name)

    def summary(self, title):
        """Prints the tally and returns the exit status: 1 when a check failed."""
        print(f"{title} browser checks: {len(self.names) - len(self.failures)} ok, {len(self.failures)} failing")
        return 1 if self.failures else 0


def press(page, key, code):
    """A real key press (down and up) on the focused element."""
    for kind in ("keyDown", "keyUp"):
        page.command("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code)


def read_until(stream, pattern, seconds=30):
    deadline, seen = time.time() + seconds, ""
    while time.time() < deadline:
        line = stream.readline()
        if not line:
            break
        seen += line
        match = re.search(pattern, line)
        if match:
            return match
    raise RuntimeError(f"did not see {pattern!r}; got:\n{seen}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tactful")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--artifacts", default="artifacts")
    args = parser.parse_args()
    args.tactful = os.path.abspath(args.tactful)
    os.makedirs(args.artifacts, exist_ok=True)
    check = Checks()

    server = subprocess.Popen([args.tactful, "serve", "--port", "0"], stderr=subprocess.PIPE, text=True,
                              cwd=tempfile.gettempdir())
    profile = tempfile.mkdtemp(prefix="tactful-chromium-")
    # Chromium puts its own scratch folders (org.chromium.*) in TMPDIR: inside the profile, removed with it.
    browser = subprocess.Popen([args.chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                                "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,900",
                                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                                f"--user-data-dir={profile}", "about:blank"],
                               env={**os.environ, "TMPDIR": profile},
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        port = read_until(server.stderr, r"listening on http://127\.0\.0\.1:(\d+)", seconds=600).group(1)
        devtools = read_until(browser.stderr, r"DevTools listening on (ws://\S+)").group(1)
        devtools_port = re.match(r"ws://[^:]+:(\d+)/", devtools).group(1)
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list", timeout=10))
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        page.command("Page.enable")
        page.command("Page.navigate", url=f"http://127.0.0.1:{port}/")
        markets = page.wait_for("document.querySelectorAll('#market option').length")
        check("the market picker is filled from /v1/markets", (markets or 0) > 10, f"{markets} options")
        page.evaluate("document.getElementById('market').value = 'de-DE';"
                      "document.getElementById('market').dispatchEvent(new Event('change'))")
        page.evaluate("document.getElementById('draft').focus()")
        page.command("Input.insertText", text=DRAFT)
        mark = page.wait_for("[...document.querySelectorAll('#highlights mark')]"
                             ".map(m => m.textContent).find(t => t === '5pm')")
        check("typing highlights the 12-hour time for a 24-hour market", mark == "5pm", f"marks: {mark}")
        listed = page.evaluate("document.querySelector('#findings li')?.textContent || ''")
        check("the finding is listed with its message and rewrite", "5pm" in listed and "17:00" in listed, listed[:200])
        page.screenshot(os.path.join(args.artifacts, "playground-findings.png"))
        page.evaluate("document.getElementById('draft').focus()")
        press(page, "Tab", 9)
        on_finding = page.evaluate("document.activeElement.closest('#findings li') !== null")
        press(page, "Enter", 13)
        selected = page.evaluate("(d => d.value.slice(d.selectionStart, d.selectionEnd))(document.getElementById('draft'))")
        check("Tab reaches the finding and Enter selects its text in the draft", on_finding and selected == "5pm",
              f"finding focused: {on_finding}, selected: {selected!r}")
        page.click("#findings li .fixes button")
        fixed = page.wait_for("document.getElementById('draft').value.includes('ship at 17:00 today') && "
                              "document.querySelectorAll('#findings li').length === 0 && "
                              "document.getElementById('status').textContent.startsWith('No findings')")
        check("one click applies the rewrite and the draft re-lints clean", bool(fixed),
              page.evaluate("document.getElementById('draft').value + ' | ' + document.getElementById('status').textContent"))
        page.screenshot(os.path.join(args.artifacts, "playground-fixed.png"))
        page.click("#sizeForm button")
        size = page.wait_for("(t => t.includes('shoes-men') && t)(document.getElementById('sizeResult').textContent)")
        check("the size helper answers from /v1/size", bool(size) and '"US"' in size, (size or "")[:200])
    except Exception as error:  # report, then clean up
        check("the browser session ran", False, repr(error))
    finally:
        browser.terminate()
        server.terminate()
        browser.wait(timeout=20)
        server.wait(timeout=20)
        shutil.rmtree(profile, ignore_errors=True)
    return check.summary("playground")


if __name__ == "__main__":
    sys.exit(main())
