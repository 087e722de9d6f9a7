// The test pages' own behaviour, as a helpdesk's would be: the send button "sends" (records the draft in
// #sent-log), whatever any extension shows, so a test can tell that sending was never blocked.
for (const button of document.querySelectorAll("[data-send]")) {
  button.addEventListener("click", () => {
    const log = document.getElementById("sent-log");
    const editor = document.querySelector("[data-reply]");
    const doc = editor.tagName === "IFRAME" ? editor.contentDocument : document;
    const body = editor.tagName === "IFRAME" ? doc.body.innerText : editor.value ?? editor.innerText;
    const entry = document.createElement("li");
    entry.textContent = `sent ${body.length} characters`;
    log.appendChild(entry);
  });
}
