// The text of a reply editor as the server sees it (a string with "\n" line breaks), with the way back from
// offsets in that string to the editor: a <textarea>'s value, or a contenteditable element's text nodes (also
// the body of an iframe'd rich editor). Replacing goes through the editor's own editing (execCommand), so the
// helpdesk's framework sees a normal input event and undo keeps working.
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

Tactful.TextareaModel = class TextareaModel {
  constructor(textarea) {
    this.element = textarea;
    this.document = textarea.ownerDocument;
  }

  text() { return this.element.value; }

  rects(start, end) { return Tactful.geometry.textareaRects(this.element, start, end); }

  box() { return Tactful.geometry.visibleBox(this.element); }

  replace(start, end, replacement) {
    const textarea = this.element;
    const expected = textarea.value.slice(0, start) + replacement + textarea.value.slice(end);
    textarea.focus();
    textarea.setSelectionRange(start, end);
    if (!this.document.execCommand("insertText", false, replacement) || textarea.value !== expected) {
      textarea.setRangeText(replacement, start, end, "end");
      textarea.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }));
    }
    return textarea.value === expected;
  }
};

const BLOCKS = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL"]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

Tactful.EditableModel = class EditableModel {
  /** root: the contenteditable element (or an editable iframe's body). */
  constructor(root) {
    this.element = root;
    this.document = root.ownerDocument;
  }

  /** Walks the text nodes; block elements and <br> become "\n". Keeps where each text node starts. */
  snapshot() {
    let text = "";
    const nodes = [];
    const lineBreak = () => { if (text && !text.endsWith("\n")) text += "\n"; };
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          const collapsed = !/^pre/.test(this.document.defaultView.getComputedStyle(node).whiteSpace);
          // Where white space collapses, the source's line breaks are spaces on screen (the same length, so the
          // offsets stay), and a run of them between blocks is not there at all.
          if (collapsed && /^[ \t\r\n]*\n[ \t\r\n]*$/.test(child.data)) continue;
          nodes.push({ node: child, start: text.length });
          text += collapsed ? child.data.replace(/[\t\r\n]/g, " ") : child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.tagName)) {
          if (child.tagName === "BR") { text += "\n"; continue; }
          const block = BLOCKS.has(child.tagName);
          if (block) lineBreak();
          walk(child);
          if (block) lineBreak();
        }
      }
    };
    walk(this.element);
    return { text: text.replace(/\u00a0/g, " "), nodes };
  }

  text() { return this.snapshot().text; }

  /** The DOM position of a text offset; `before` prefers the end of the text node before a boundary. */
  position(nodes, offset, before) {
    const endOf = (entry) => entry.start + entry.node.data.length;
    const holding = nodes.filter((entry) => entry.start <= offset && offset <= endOf(entry));
    const entry = before
      ? holding.find((e) => e.start < offset) || holding[0]
      : holding.find((e) => offset < endOf(e)) || holding[holding.length - 1];
    if (entry) return { node: entry.node, offset: offset - entry.start };
    // The offset is on a line break made by a block or <br>: the nearest text node on the wanted side.
    const previous = nodes.filter((e) => endOf(e) <= offset).pop();
    const next = nodes.find((e) => e.start >= offset);
    const side = before ? previous || next : next || previous;
    if (!side) return { node: this.element, offset: 0 };
    return side === previous ? { node: side.node, offset: side.node.data.length } : { node: side.node, offset: 0 };
  }

  range(start, end) {
    const { nodes } = this.snapshot();
    const range = this.document.createRange();
    const from = this.position(nodes, start, false);
    const to = this.position(nodes, Math.max(start, end), true);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  rects(start, end) { return Tactful.geometry.rangeRects(this.range(start, end)); }

  box() { return Tactful.geometry.visibleBox(this.element); }

  replace(start, end, replacement) {
    const before = this.text();
    const expected = before.slice(0, start) + replacement + before.slice(end);
    const range = this.range(start, end);
    this.element.focus();
    const selection = this.document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (!this.document.execCommand("insertText", false, replacement)) {
      range.deleteContents();
      range.insertNode(this.document.createTextNode(replacement));
      this.element.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }));
    }
    return this.text() === expected;
  }
};

/** The model for an editor element: a textarea, a contenteditable root, or an iframe whose body is editable. */
Tactful.modelFor = (element) => {
  if (element instanceof element.ownerDocument.defaultView.HTMLTextAreaElement) {
    return element.readOnly || element.disabled ? null : new Tactful.TextareaModel(element);
  }
  if (element.tagName === "IFRAME") {
    let doc = null;
    try { doc = element.contentDocument; } catch { return null; } // a cross-origin frame: not ours to read
    const body = doc?.body;
    if (!body || !(body.isContentEditable || doc.designMode === "on")) return null;
    return new Tactful.EditableModel(body);
  }
  if (element.isContentEditable && !element.parentElement?.isContentEditable) return new Tactful.EditableModel(element);
  return null;
};
