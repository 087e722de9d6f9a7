// The content script's start: asks the service worker for the helpdesk profiles, picks the page's profile,
// finds its reply editors (also later ones and those in same-origin iframes), and watches the send button.
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

/** Talks to the service worker: lint requests over one port (reconnected when the worker restarts). */
Tactful.ServerClient = class ServerClient {
  constructor() {
    this.port = null;
    this.waiting = new Map(); // key -> { seq, resolve, reject }
    this.marketList = null;
  }

  connect() {
    if (this.port) return this.port;
    this.port = chrome.runtime.connect({ name: "tactful-lint" });
    this.port.onMessage.addListener((message) => {
      const waiter = this.waiting.get(message.key);
      if (!waiter || waiter.seq !== message.seq) return;
      this.waiting.delete(message.key);
      if (message.type === "lint-result") waiter.resolve(message.report);
      else waiter.reject(message.error);
    });
    this.port.onDisconnect.addListener(() => {
      this.port = null;
      for (const waiter of this.waiting.values()) waiter.reject({ code: "unreachable", server: "extension" });
      this.waiting.clear();
    });
    return this.port;
  }

  /** Lints for one editor; an older request of the same editor is dropped here and aborted in the worker. */
  lint(key, seq, request) {
    return new Promise((resolve, reject) => {
      this.waiting.get(key)?.reject({ code: "superseded" });
      this.waiting.set(key, { seq, resolve, reject });
      this.connect().postMessage({ type: "lint", key, seq, request });
    });
  }

  markets() {
    this.marketList ??= chrome.runtime.sendMessage({ type: "markets" }).then((answer) => {
      if (!answer?.ok) { this.marketList = null; throw answer?.error; }
      return answer.value.markets;
    });
    return this.marketList;
  }
};

/** A match pattern ("https://*.zendesk.com/*") as a test of a URL. */
Tactful.matchesPattern = (pattern, url) => {
  const match = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:]+)(?::\d+)?(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match;
  if (scheme !== "*" && scheme + ":" !== url.protocol) return false;
  const hostname = url.hostname;
  if (host.startsWith("*.")) { if (hostname !== host.slice(2) && !hostname.endsWith(host.slice(1))) return false; }
  else if (host !== "*" && host !== hostname) return false;
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`).test(url.pathname + url.search);
};

Tactful.start = async () => {
  if (globalThis.__tactfulStarted) return;
  globalThis.__tactfulStarted = true;
  const hello = await chrome.runtime.sendMessage({ type: "hello" });
  if (!hello?.ok) return;
  const { profiles, generic, uiLanguage, marketByDomain } = hello.value;
  const strings = Tactful.strings(uiLanguage);
  const overlay = new Tactful.Overlay(strings);
  const client = new Tactful.ServerClient();
  const context = { client, overlay, profile: generic, host: location.hostname, marketByDomain, uiLanguage };
  const sessions = new Map(); // editor element -> session

  const chooseProfile = () => {
    const byHost = profiles.find((p) => p.hosts.some((pattern) => Tactful.matchesPattern(pattern, location)));
    return byHost || profiles.find((p) => p.detect && document.querySelector(p.detect)) || generic;
  };

  const candidates = () => {
    const found = new Set();
    for (const selector of context.profile.editors) {
      for (const element of document.querySelectorAll(selector)) {
        if (element.closest("[data-tactful-overlay]") || element.hasAttribute("data-tactful-mirror")) continue;
        if (context.profile === generic) {
          const box = element.getBoundingClientRect();
          if (box.width < 120 || box.height < 40) continue; // search boxes and one-line fields are not replies
        }
        found.add(element);
      }
    }
    return found;
  };

  const attach = (element) => {
    const model = Tactful.modelFor(element);
    if (!model) {
      if (element.tagName === "IFRAME") element.addEventListener("load", scan, { once: true });
      return;
    }
    const session = new Tactful.EditorSession(model, context);
    sessions.set(element, session);
    const doc = model.document;
    if (doc !== document) watchDocument(doc);
    model.element.addEventListener("scroll", refresh, { passive: true });
    new ResizeObserver(refresh).observe(element);
  };

  // A click on an underlined word opens its card (the underlines let clicks through to the editor).
  const clickedIn = (doc) => (event) => {
    if (event.target === overlay.host) return; // a click on the badge, a card or the panel
    const offset = Tactful.geometry.frameOffset(doc);
    const x = event.clientX + offset.x, y = event.clientY + offset.y;
    for (const session of sessions.values()) {
      if (session.model.document !== doc) continue;
      const index = overlay.findingAt(session, x, y);
      if (index >= 0) { overlay.showCard(session, index); return; }
    }
    if (overlay.card || overlay.panel) overlay.closePopups();
  };
  const watchDocument = (doc) => {
    doc.addEventListener("click", clickedIn(doc));
    doc.addEventListener("scroll", refresh, { capture: true, passive: true });
    doc.addEventListener("keydown", sendShortcut, true);
  };

  let scanTimer = null;
  function scan() {
    clearTimeout(scanTimer);
    scanTimer = null;
    if (context.profile === generic) context.profile = chooseProfile();
    const current = candidates();
    for (const [element, session] of sessions) {
      if (!current.has(element) || !element.isConnected) { session.detach(); sessions.delete(element); }
    }
    for (const element of current) if (!sessions.has(element)) attach(element);
  }

  let frame = 0;
  function refresh() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const session of sessions.values()) overlay.render(session);
    });
  }

  const isSendButton = (target) => target instanceof Element
    && context.profile.send.some((selector) => { try { return target.closest(selector); } catch { return false; } });
  const summarise = () => overlay.showSendSummary([...sessions.values()]);
  // The summary shows as the agent presses send; the press itself goes on to the helpdesk untouched.
  document.addEventListener("pointerdown", (event) => { if (isSendButton(event.target)) summarise(); }, true);
  document.addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && isSendButton(event.target)) summarise();
  }, true);
  function sendShortcut(event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) summarise();
  }
  watchDocument(document);
  addEventListener("resize", refresh, { passive: true });

  context.profile = chooseProfile();
  // Typing in an editor and measuring text change the DOM too; only other changes can add or remove an editor.
  const ours = (node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || element.closest("[data-tactful-mirror]")) return true;
    for (const editor of sessions.keys()) if (editor.contains(element)) return true;
    return false;
  };
  new MutationObserver((records) => {
    if (records.some((record) => !ours(record.target))) scanTimer ??= setTimeout(scan, 250);
  })
    .observe(document.documentElement, { childList: true, subtree: true });
  scan();
};

Tactful.start();
