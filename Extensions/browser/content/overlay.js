// Everything the extension draws on the helpdesk page, in one shadow root so that neither side's styles leak:
// underlines by severity, the count badge of each editor, the card of a finding, the findings panel with the
// market picker, and the summary shown when the agent presses send (it never blocks sending).
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

Tactful.SEVERITIES = ["error", "warning", "info"];

Tactful.OVERLAY_STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; font: 13px/1.4 system-ui, sans-serif; color: #202124; }
.u { position: fixed; height: 0; border-bottom: 2px solid; pointer-events: none; }
.u.error { border-bottom-color: #d93025; }
.u.warning { border-bottom-color: #e37400; border-bottom-style: dashed; }
.u.info { border-bottom-color: #1a73e8; border-bottom-style: dotted; }
.u.active { background: rgba(26, 115, 232, .12); }
button { font: inherit; cursor: pointer; }
.badge { position: fixed; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  border: none; color: #fff; font-weight: 600; font-size: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.3); background: #188038; }
.badge.error { background: #c5221f; } .badge.warning { background: #b06000; } .badge.info { background: #1967d2; }
.badge.checking { opacity: .6; } .badge.failed { background: #5f6368; }
.card, .panel, .summary { position: fixed; pointer-events: auto; background: #fff; border: 1px solid #dadce0;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; max-width: 360px; }
.card .head { font-size: 12px; font-weight: 600; margin-bottom: 4px; }
.sev-error { color: #c5221f; } .sev-warning { color: #b06000; } .sev-info { color: #1967d2; }
.card .message { margin: 0 0 8px; }
.card .fixes { display: flex; flex-direction: column; gap: 6px; margin-bottom: 8px; }
.apply { background: #1a73e8; color: #fff; border: none; border-radius: 4px; padding: 4px 10px; text-align: left; }
.suggestion { background: #f1f3f4; border-radius: 4px; padding: 4px 8px; }
.suggestion .label { font-size: 11px; color: #5f6368; display: block; }
.foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; font-size: 11px; color: #5f6368; }
.plain { background: none; border: 1px solid #dadce0; border-radius: 4px; padding: 2px 8px; color: #202124; }
.panel ul, .summary ul { list-style: none; margin: 6px 0; padding: 0; max-height: 220px; overflow: auto; }
.panel li button { background: none; border: none; text-align: left; padding: 3px 0; width: 100%; }
.panel .market { display: flex; flex-direction: column; gap: 4px; border-top: 1px solid #eee; padding-top: 6px; margin-top: 4px; }
.panel select { font: inherit; }
.summary { top: 16px; right: 16px; z-index: 2147483647; border-left: 4px solid #e37400; overflow-wrap: anywhere; }
.summary h2, .panel h2 { font-size: 14px; margin: 0 0 4px; }
.summary li { margin: 2px 0; }
`;

Tactful.Overlay = class Overlay {
  constructor(strings) {
    this.strings = strings;
    this.host = document.createElement("tactful-overlay");
    this.host.setAttribute("data-tactful-overlay", "");
    const shadow = this.host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = Tactful.OVERLAY_STYLE;
    this.layer = document.createElement("div");
    this.layer.className = "layer";
    shadow.append(style, this.layer);
    document.documentElement.appendChild(this.host);
    this.groups = new Map(); // session key -> group element
    this.card = null;
    this.panel = null;
    this.summary = null;
    shadow.addEventListener("keydown", (event) => { if (event.key === "Escape") this.closePopups(); });
  }

  group(session) {
    let group = this.groups.get(session.key);
    if (!group) {
      group = this.element("div", "editor");
      group.dataset.key = session.key;
      this.layer.appendChild(group);
      this.groups.set(session.key, group);
    }
    return group;
  }

  element(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** Redraws one editor's underlines and badge where its text is now. */
  render(session) {
    const group = this.group(session);
    const box = session.model.box();
    const visible = box.width > 0 && box.height > 0;
    const nodes = [];
    session.findings.forEach((finding, index) => {
      finding.rects = [];
      if (!visible) return;
      for (const rect of session.model.rects(finding.start, Math.max(finding.end, finding.start + 1))) {
        const line = Tactful.geometry.intersect({ ...rect, top: rect.bottom - 3, bottom: rect.bottom }, box);
        if (!line) continue;
        finding.rects.push(rect);
        const underline = this.element("div", `u ${finding.severity}`);
        underline.dataset.index = String(index);
        underline.dataset.rule = finding.rule;
        if (this.card?.session === session && this.card.index === index) underline.classList.add("active");
        Object.assign(underline.style, { left: `${line.left}px`, top: `${line.bottom - 2}px`, width: `${line.width}px` });
        nodes.push(underline);
      }
    });
    const badge = this.badge(session);
    Object.assign(badge.style, { left: `${box.right - 34}px`, top: `${box.bottom - 30}px`, display: visible ? "" : "none" });
    nodes.push(badge);
    group.replaceChildren(...nodes);
    Object.assign(group.dataset, {
      count: String(session.findings.length), state: session.state, market: session.market || "",
      marketSource: session.marketSource, checkedLength: String(session.checkedText?.length ?? -1),
    });
  }

  badge(session) {
    const s = this.strings;
    const count = session.findings.length;
    const worst = Tactful.SEVERITIES.find((level) => session.findings.some((f) => f.severity === level));
    const badge = this.element("button", `badge ${worst || ""} ${session.state === "checking" ? "checking" : ""}`);
    badge.dataset.count = String(count);
    if (session.state === "failed") {
      badge.classList.add("failed");
      badge.textContent = "!";
      badge.title = this.problem(session.error);
    } else {
      badge.textContent = count ? String(count) : "✓";
      badge.title = count ? s.findings(count) : s.noFindings;
    }
    badge.setAttribute("aria-label", `Tactful: ${badge.title}`);
    badge.addEventListener("click", () => this.togglePanel(session, badge));
    return badge;
  }

  problem(error) {
    const s = this.strings;
    if (!error) return "";
    if (error.code === "unreachable") return s.unreachable(error.server);
    if (error.code === "unauthorized") return s.unauthorized;
    return s.serverError(error.message || error.code || String(error));
  }

  closePopups() {
    for (const name of ["card", "panel"]) {
      this[name]?.element.remove();
      const session = this[name]?.session;
      this[name] = null;
      if (session) this.render(session);
    }
  }

  place(popup, anchor) {
    const width = 360, margin = 6;
    const left = Math.max(margin, Math.min(anchor.left, innerWidth - width - margin));
    popup.style.left = `${left}px`;
    if (anchor.bottom + 200 < innerHeight) popup.style.top = `${anchor.bottom + margin}px`;
    else popup.style.bottom = `${Math.max(margin, innerHeight - anchor.top + margin)}px`;
  }

  /** Shows the card of a finding: message, suggestions, "apply" for safe fixes, dismiss. */
  showCard(session, index) {
    const finding = session.findings[index];
    if (!finding) return;
    this.closePopups();
    const s = this.strings;
    const card = this.element("div", "card");
    card.setAttribute("role", "dialog");
    card.dataset.rule = finding.rule;
    const head = this.element("div", `head sev-${finding.severity}`, `${s.severity[finding.severity] || finding.severity} · ${finding.category}`);
    const fixes = this.element("div", "fixes");
    for (const fix of finding.fixes || []) {
      if (fix.safe && !fix.suggestion) {
        const apply = this.element("button", "apply", `${s.apply}: ${fix.replacement}`);
        apply.title = fix.description || "";
        apply.dataset.replacement = fix.replacement;
        apply.addEventListener("click", () => { this.closePopups(); session.apply(finding, fix); });
        fixes.appendChild(apply);
      } else {
        const suggestion = this.element("div", "suggestion");
        suggestion.append(this.element("span", "label", fix.description || s.suggestion), document.createTextNode(fix.replacement));
        fixes.appendChild(suggestion);
      }
    }
    const dismiss = this.element("button", "plain", s.dismiss);
    dismiss.addEventListener("click", () => { this.closePopups(); session.dismiss(finding); });
    const foot = this.element("div", "foot");
    foot.append(this.element("span", "", finding.rule), dismiss);
    card.append(head, this.element("p", "message", finding.message), fixes, foot);
    this.layer.appendChild(card);
    this.place(card, finding.rects?.[0] || session.model.box());
    this.card = { element: card, session, index };
    this.render(session);
    (card.querySelector(".apply") || dismiss).focus({ preventScroll: true });
  }

  /** The list of an editor's findings, its market and the market picker. */
  togglePanel(session, badge) {
    if (this.panel?.session === session) { this.closePopups(); return; }
    this.closePopups();
    const s = this.strings;
    const panel = this.element("div", "panel");
    panel.setAttribute("role", "dialog");
    const count = session.findings.length;
    panel.appendChild(this.element("h2", "", count ? s.findings(count) : s.noFindings));
    if (session.state === "failed") panel.appendChild(this.element("p", "sev-error", this.problem(session.error)));
    const list = this.element("ul");
    session.findings.forEach((finding, index) => {
      const item = this.element("li");
      const open = this.element("button", "", `${s.severity[finding.severity]}: ${finding.message}`);
      open.classList.add(`sev-${finding.severity}`);
      open.addEventListener("click", () => this.showCard(session, index));
      item.appendChild(open);
      list.appendChild(item);
    });
    panel.appendChild(list);
    const market = this.element("label", "market");
    market.appendChild(this.element("span", "", `${s.market}: ${session.market || "?"} (${s.source[session.marketSource] || ""})`));
    const picker = this.element("select");
    picker.setAttribute("aria-label", s.chooseMarket);
    picker.appendChild(new Option(`${s.chooseMarket}…`, ""));
    session.markets().then((markets) => {
      for (const entry of markets) picker.appendChild(new Option(`${entry.tag} — ${entry.name}`, entry.tag));
      picker.value = session.marketSource === "page" ? "" : session.market || "";
    }).catch(() => {});
    picker.addEventListener("change", () => { if (picker.value) session.chooseMarket(picker.value); });
    market.append(picker, this.element("span", "", s.rememberHint));
    panel.appendChild(market);
    const options = this.element("button", "plain", s.options);
    options.addEventListener("click", () => chrome.runtime.sendMessage({ type: "openOptions" }));
    panel.appendChild(options);
    this.layer.appendChild(panel);
    const box = badge.getBoundingClientRect();
    panel.style.right = `${Math.max(6, innerWidth - box.right)}px`;
    if (box.top > 260) panel.style.bottom = `${innerHeight - box.top + 6}px`; else panel.style.top = `${box.bottom + 6}px`;
    this.panel = { element: panel, session };
  }

  /** The summary when the agent presses send: dismissable, and the send goes ahead regardless. */
  showSendSummary(sessions) {
    const findings = sessions.flatMap((session) => session.findings);
    this.summary?.remove();
    this.summary = null;
    if (!findings.length) return;
    const s = this.strings;
    const summary = this.element("div", "summary");
    summary.setAttribute("role", "status");
    summary.setAttribute("aria-live", "polite");
    summary.dataset.count = String(findings.length);
    summary.append(this.element("h2", "", s.beforeYouSend), this.element("div", "", s.sendSummary(findings.length)));
    const list = this.element("ul");
    for (const finding of findings.slice(0, 5)) {
      list.appendChild(this.element("li", `sev-${finding.severity}`, `${s.severity[finding.severity]}: ${finding.message}`));
    }
    if (findings.length > 5) list.appendChild(this.element("li", "", s.more(findings.length - 5)));
    const dismiss = this.element("button", "plain dismiss", s.dismiss);
    dismiss.addEventListener("click", () => { summary.remove(); this.summary = null; });
    summary.append(list, dismiss);
    this.layer.appendChild(summary);
    this.summary = summary;
  }

  /** Forgets an editor that left the page. */
  remove(session) {
    this.groups.get(session.key)?.remove();
    this.groups.delete(session.key);
    if (this.card?.session === session || this.panel?.session === session) this.closePopups();
  }

  /** The finding of an editor under a point of the top viewport, if any. */
  findingAt(session, x, y) {
    return session.findings.findIndex((finding) => (finding.rects || []).some((r) =>
      x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 3));
  }
};
