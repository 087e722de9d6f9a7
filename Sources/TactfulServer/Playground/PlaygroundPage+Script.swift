extension PlaygroundPage {
    /// The page's script: fills the pickers from `/v1/markets`, lints the draft through `/v1/lint` 300 ms after
    /// the last keystroke, maps each finding's 1-based line and UTF-16 column back to offsets (JavaScript strings
    /// are UTF-16 too) to highlight it, and applies a rewrite by replacing exactly the finding's span.
    static let script = #"""
        "use strict";
        const $ = (id) => document.getElementById(id);
        const draft = $("draft"), highlights = $("highlights"), backdrop = $("backdrop"), list = $("findings");
        let timer = 0, sequence = 0, current = { text: "", findings: [] };

        function headers() {
          const result = { "Content-Type": "application/json" };
          const token = sessionStorage.getItem("tactful-token");
          if (token) result["Authorization"] = "Bearer " + token;
          return result;
        }

        async function call(method, path, body) {
          const response = await fetch(path, { method, headers: headers(), body: body ? JSON.stringify(body) : undefined });
          const json = await response.json().catch(() => ({}));
          if (response.status === 401) { $("tokenLabel").hidden = false; }
          if (!response.ok) {
            const error = json.error || {};
            throw new Error((error.field ? error.field + ": " : "") + (error.message || response.statusText));
          }
          return json;
        }

        function option(select, value, label) {
          const item = document.createElement("option");
          item.value = value; item.textContent = label; select.appendChild(item);
        }

        async function loadPickers() {
          const data = await call("GET", "/v1/markets");
          const names = new Intl.DisplayNames(["en"], { type: "language" });
          for (const market of data.markets) {
            let label = market.tag;
            try { label += " — " + names.of(market.tag); } catch (e) {}
            option($("market"), market.tag, label);
          }
          for (const channel of data.channels) option($("channel"), channel, channel);
          for (const language of data.uiLanguages) option($("uiLanguage"), language, language);
          $("market").value = localStorage.getItem("tactful-market") || data.defaultMarket || "en-US";
          $("channel").value = data.defaultChannel;
        }

        function lineStarts(text) {
          const starts = [0];
          for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
          }
          return starts;
        }

        function withOffsets(text, findings) {
          const starts = lineStarts(text);
          const at = (line, column) => (starts[line - 1] ?? text.length) + column - 1;
          return findings.map((f) => ({ ...f, start: at(f.line, f.column), end: at(f.endLine, f.endColumn) }));
        }

        function escapeHTML(s) {
          return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
        }

        function renderHighlights() {
          const text = draft.value;
          let html = "", last = 0;
          const spans = current.text === text ? current.findings.filter((f) => f.end > f.start) : [];
          for (const f of [...spans].sort((a, b) => a.start - b.start)) {
            if (f.start < last) continue;
            html += escapeHTML(text.slice(last, f.start));
            html += `<mark class="${f.severity}" data-index="${f.index}">${escapeHTML(text.slice(f.start, f.end))}</mark>`;
            last = f.end;
          }
          highlights.innerHTML = html + escapeHTML(text.slice(last)) + "\n";
          backdrop.scrollTop = draft.scrollTop;
        }

        function renderFindings() {
          list.textContent = "";
          $("count").textContent = current.findings.length ? `(${current.findings.length})` : "";
          for (const f of current.findings) {
            const item = document.createElement("li");
            item.className = f.severity; item.tabIndex = 0; item.dataset.index = f.index;
            item.innerHTML = `<span class="badge ${f.severity}">${f.severity}</span>` +
              `<span class="match">“${escapeHTML(f.match)}”</span> ${escapeHTML(f.message)}` +
              `<div class="meta">${escapeHTML(f.category)} · ${escapeHTML(f.rule)} · line ${f.line}, column ${f.column}</div>`;
            const fixes = document.createElement("div");
            fixes.className = "fixes";
            for (const fix of f.fixes) {
              if (fix.suggestion) {
                // A suggestion would change what the reply says: shown as an example, never applied.
                const example = document.createElement("p");
                example.className = "suggestion";
                example.textContent = "Example: " + fix.replacement;
                example.title = fix.description;
                fixes.appendChild(example);
                continue;
              }
              const button = document.createElement("button");
              button.type = "button"; button.className = fix.safe ? "safe" : "unsafe";
              button.textContent = "Use “" + fix.replacement + "”";
              button.title = fix.description;
              button.addEventListener("click", () => applyFix(f, fix));
              fixes.appendChild(button);
            }
            item.appendChild(fixes);
            item.addEventListener("keydown", (event) => { if (event.key === "Enter" && event.target === item) select(f); });
            item.addEventListener("focus", () => mark(f.index));
            list.appendChild(item);
          }
        }

        function mark(index) {
          for (const m of highlights.querySelectorAll("mark")) m.classList.toggle("active", m.dataset.index == index);
        }

        function select(f) { draft.focus(); draft.setSelectionRange(f.start, f.end); }

        function applyFix(f, fix) {
          const text = draft.value;
          if (current.text !== text || text.slice(f.start, f.end) !== f.match) { lint(); return; }
          draft.value = text.slice(0, f.start) + fix.replacement + text.slice(f.end);
          draft.focus();
          draft.setSelectionRange(f.start, f.start + fix.replacement.length);
          $("status").textContent = "Applied: " + fix.description;
          lint();
        }

        async function lint() {
          const text = draft.value, mine = ++sequence;
          if (!text.trim()) { current = { text, findings: [] }; renderFindings(); renderHighlights();
            $("status").textContent = "Type a draft to check it."; return; }
          const body = { text, market: $("market").value, channel: $("channel").value, uiLanguage: $("uiLanguage").value };
          try {
            const report = await call("POST", "/v1/lint", body);
            if (mine !== sequence) return;
            const file = report.files[0];
            current = { text, findings: withOffsets(text, file.findings).map((f, index) => ({ ...f, index })) };
            const s = report.summary;
            $("status").textContent = s.findings === 0 ? `No findings for ${file.market}.`
              : `${s.findings} finding(s) for ${file.market}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info.`;
          } catch (error) {
            if (mine !== sequence) return;
            current = { text, findings: [] };
            $("status").textContent = "Could not check: " + error.message;
          }
          renderFindings(); renderHighlights();
        }

        function schedule() { clearTimeout(timer); renderHighlights(); timer = setTimeout(lint, 300); }

        async function helper(result, work) {
          result.textContent = "…";
          try {
            const value = await work();
            const headline = value.formatted || value.sentence;
            result.textContent = (headline ? headline + "\n\n" : "") + JSON.stringify(value, null, 2);
          }
          catch (error) { result.textContent = error.message; }
        }

        draft.addEventListener("input", schedule);
        draft.addEventListener("scroll", () => { backdrop.scrollTop = draft.scrollTop; });
        draft.addEventListener("keydown", (event) => { if (event.key === "Enter" && event.ctrlKey) { clearTimeout(timer); lint(); } });
        for (const id of ["market", "channel", "uiLanguage"]) $(id).addEventListener("change", () => {
          localStorage.setItem("tactful-market", $("market").value); lint(); });
        $("token").addEventListener("change", () => { sessionStorage.setItem("tactful-token", $("token").value); loadPickers().then(lint); });
        $("sizeForm").addEventListener("submit", (event) => { event.preventDefault();
          const q = new URLSearchParams({ size: $("sizeValue").value, from: $("sizeFrom").value, to: $("sizeTo").value,
            category: $("sizeCategory").value, market: $("market").value });
          helper($("sizeResult"), () => call("GET", "/v1/size?" + q)); });
        $("moneyForm").addEventListener("submit", (event) => { event.preventDefault();
          helper($("moneyResult"), () => call("POST", "/v1/money/convert", { amount: $("moneyAmount").value,
            currency: $("moneyFrom").value, to: $("moneyTo").value, market: $("market").value })); });
        new ResizeObserver(() => { backdrop.style.height = draft.offsetHeight + "px"; }).observe(draft);
        loadPickers().then(lint).catch((error) => { $("status").textContent = "Could not load markets: " + error.message; });
        """#
}
