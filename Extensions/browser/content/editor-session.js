// One reply editor on the page: lints its text as the agent types (debounced; a newer draft aborts the request
// for an older one), keeps the findings' offsets in step with edits until the server answers, picks the market,
// and applies a safe fix.
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

/** Quiet time after the last keystroke before a draft is sent (the server answers a 150-word draft in ms). */
Tactful.DEBOUNCE_MS = 60;

/** Offsets into the text of each 1-based line (line breaks as the server counts them: LF, CR, CRLF). */
Tactful.lineStarts = (text) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
};

let nextSessionKey = 1;

Tactful.EditorSession = class EditorSession {
  /** context: { client, overlay, profile, host, marketByDomain, uiLanguage } */
  constructor(model, context) {
    this.key = `editor-${nextSessionKey++}`;
    this.model = model;
    this.context = context;
    this.findings = [];
    this.dismissed = new Set();
    this.seq = 0;
    this.timer = null;
    this.state = "idle"; // idle | checking | fresh | failed
    this.error = null;
    this.checkedText = null;
    this.lastText = model.text();
    this.language = null; // detected by the server from the draft
    this.market = null;
    this.marketSource = "default";
    this.onInput = () => this.edited();
    model.element.addEventListener("input", this.onInput);
    if (this.lastText.trim()) this.schedule(0);
  }

  detach() {
    clearTimeout(this.timer);
    this.model.element.removeEventListener("input", this.onInput);
    this.context.overlay.remove(this);
  }

  /** After an edit: move the findings with the text (drop those the edit touched), redraw, lint soon. */
  edited() {
    const text = this.model.text();
    const before = this.lastText;
    this.lastText = text;
    let prefix = 0;
    while (prefix < before.length && prefix < text.length && before[prefix] === text[prefix]) prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < text.length - prefix
      && before[before.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
    const oldEnd = before.length - suffix, delta = text.length - before.length;
    this.findings = this.findings.filter((f) => f.end <= prefix || f.start >= oldEnd).map((f) =>
      (f.start >= oldEnd ? { ...f, start: f.start + delta, end: f.end + delta } : f));
    this.state = "checking";
    this.context.overlay.render(this);
    this.schedule(Tactful.DEBOUNCE_MS);
  }

  schedule(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lint(), delay);
  }

  /** Where the market comes from: the page, else the agent's pick for this site (per detected language), else the
   *  detected language, else the browser's languages until the server has detected the draft's. */
  marketChoice() {
    const fromPage = Tactful.pageMarket(this.context.profile, document);
    if (fromPage) return { market: fromPage, source: "page" };
    const picks = this.context.marketByDomain[this.context.host] || {};
    const picked = picks[this.language || ""];
    if (picked) return { market: picked, source: "picked" };
    if (this.language) return { acceptLanguage: this.language, source: "detected" };
    // Nothing known yet: the browser's languages stand in, and the server's answer tells the draft's language.
    return { acceptLanguage: (navigator.languages || [navigator.language]).join(", ") || "en", source: "default" };
  }

  async lint() {
    const text = this.model.text();
    this.lastText = text;
    const seq = ++this.seq;
    if (!text.trim()) {
      Object.assign(this, { findings: [], state: "fresh", checkedText: text, error: null });
      this.context.overlay.render(this);
      return;
    }
    const choice = this.marketChoice();
    const request = { text, channel: this.context.profile.channel || "email", uiLanguage: this.context.uiLanguage };
    if (choice.market) request.market = choice.market;
    if (choice.acceptLanguage) request.acceptLanguage = choice.acceptLanguage;
    let report;
    try {
      report = await this.context.client.lint(this.key, seq, request);
    } catch (error) {
      if (seq !== this.seq) return;
      Object.assign(this, { state: "failed", error });
      this.context.overlay.render(this);
      return;
    }
    if (seq !== this.seq || this.model.text() !== text) return; // an edit came in meanwhile: its lint follows
    const file = report.files?.[0] || { findings: [] };
    if (file.language && choice.source !== "page" && !Tactful.marketSpeaks(file.market, file.language)
        && this.language !== file.language) {
      this.language = file.language; // the draft is in another language than the market used: ask again
      return this.lint();
    }
    if (file.language) this.language = file.language;
    const starts = Tactful.lineStarts(text);
    const at = (line, column) => (starts[line - 1] ?? text.length) + column - 1;
    this.findings = file.findings
      .map((f) => ({ ...f, start: at(f.line, f.column), end: at(f.endLine, f.endColumn) }))
      .map((f) => ({ ...f, original: text.slice(f.start, f.end) }))
      .filter((f) => !this.dismissed.has(this.identity(f)));
    const source = choice.source === "default" && file.language ? "detected" : choice.source;
    Object.assign(this, { market: file.market, marketSource: source, state: "fresh", error: null, checkedText: text });
    this.context.overlay.render(this);
  }

  identity(finding) { return `${finding.rule}\u0000${finding.original}`; }

  /** Replaces the finding's text with a safe fix, if the text is still what was checked. */
  apply(finding, fix) {
    if (!fix.safe || fix.suggestion) return false;
    if (this.model.text().slice(finding.start, finding.end) !== finding.original) { this.schedule(0); return false; }
    return this.model.replace(finding.start, finding.end, fix.replacement);
  }

  dismiss(finding) {
    this.dismissed.add(this.identity(finding));
    this.findings = this.findings.filter((f) => f !== finding);
    this.context.overlay.render(this);
  }

  /** The agent's market for this site (for the detected language, if any): remembered, then used at once. */
  async chooseMarket(market) {
    const host = this.context.host;
    const answer = await chrome.runtime.sendMessage({ type: "rememberMarket", host, language: this.language || "", market });
    if (answer?.ok) this.context.marketByDomain = answer.value;
    else this.context.marketByDomain = { ...this.context.marketByDomain, [host]: { [this.language || ""]: market } };
    this.schedule(0);
  }

  markets() { return this.context.client.markets(); }
};
