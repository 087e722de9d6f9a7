/// The playground served at `GET /`: one self-contained page (no CDN, no build step, works offline) where an
/// agent or a team lead pastes a draft, picks the market and channel, and sees the findings highlighted as they
/// type, applies a rewrite with one click, and uses the size and money helpers in a side panel. It calls the same
/// `/v1/*` API a helpdesk app calls. Embedded in the binary, so the binary works when copied alone.
enum PlaygroundPage {
    /// The whole page.
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Tactful playground</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
          <h1>Tactful <span>pre-send check</span></h1>
          <form id="pickers" onsubmit="return false">
            <label>Market <select id="market" aria-label="Customer's market"></select></label>
            <label>Channel <select id="channel" aria-label="Channel"></select></label>
            <label>Messages <select id="uiLanguage" aria-label="Language of the messages"></select></label>
            <label id="tokenLabel" hidden>API token <input id="token" type="password" autocomplete="off"></label>
          </form>
        </header>
        <main>
          <section id="editor" aria-label="Draft">
            <div class="field">
              <div id="backdrop" aria-hidden="true"><div id="highlights"></div></div>
              <textarea id="draft" spellcheck="true" aria-describedby="status"
                placeholder="Paste or type the reply draft…"></textarea>
            </div>
            <p id="status" role="status" aria-live="polite">Type a draft to check it.</p>
            <h2>Findings <span id="count"></span></h2>
            <ol id="findings" aria-live="polite"></ol>
          </section>
          <aside aria-label="Helpers">
            <h2>Size</h2>
            <form id="sizeForm">
              <label>Size <input id="sizeValue" value="42" size="6"></label>
              <label>From <input id="sizeFrom" value="EU" size="4"></label>
              <label>To <input id="sizeTo" value="US" size="4"></label>
              <label>Category <input id="sizeCategory" value="shoes-men" size="12"></label>
              <button type="submit">Convert size</button>
            </form>
            <pre id="sizeResult" class="result" aria-live="polite"></pre>
            <h2>Money</h2>
            <form id="moneyForm">
              <label>Amount <input id="moneyAmount" value="49.99" size="8"></label>
              <label>Currency <input id="moneyFrom" value="USD" size="4"></label>
              <label>To <input id="moneyTo" value="EUR" size="4"></label>
              <button type="submit">Convert money</button>
            </form>
            <pre id="moneyResult" class="result" aria-live="polite"></pre>
            <p class="hint">Keys: <kbd>Ctrl</kbd>+<kbd>Enter</kbd> checks now; <kbd>Tab</kbd> reaches each finding
            and its rewrites; <kbd>Enter</kbd> on a finding selects its text.</p>
          </aside>
        </main>
        <script>\(script)</script>
        </body>
        </html>
        """
}
