// Where text sits on screen: rectangles in the top page's viewport for editors in the page or in same-origin
// iframes (an iframe'd rich editor), and the mirror that measures text inside a <textarea>.
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

Tactful.geometry = (() => {
  /** The offset of a document's viewport within the top page's viewport. */
  function frameOffset(doc) {
    let x = 0, y = 0;
    for (let view = doc.defaultView; view && view.frameElement; view = view.frameElement.ownerDocument.defaultView) {
      const frame = view.frameElement;
      const rect = frame.getBoundingClientRect();
      const style = frame.ownerDocument.defaultView.getComputedStyle(frame);
      x += rect.left + frame.clientLeft + parseFloat(style.paddingLeft || "0");
      y += rect.top + frame.clientTop + parseFloat(style.paddingTop || "0");
    }
    return { x, y };
  }

  /** A DOMRect-like box moved by an offset. */
  function shifted(rect, offset) {
    return { left: rect.left + offset.x, top: rect.top + offset.y, right: rect.right + offset.x,
      bottom: rect.bottom + offset.y, width: rect.width, height: rect.height };
  }

  function intersect(a, b) {
    const left = Math.max(a.left, b.left), top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right), bottom = Math.min(a.bottom, b.bottom);
    return right > left && bottom > top ? { left, top, right, bottom, width: right - left, height: bottom - top } : null;
  }

  const MIRRORED = ["boxSizing", "fontFamily", "fontSize", "fontStyle", "fontVariant", "fontWeight", "fontStretch",
    "letterSpacing", "lineHeight", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth",
    "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderTopStyle", "borderRightStyle",
    "borderBottomStyle", "borderLeftStyle", "textIndent", "textTransform", "wordSpacing", "tabSize", "direction"];
  const mirrors = new WeakMap();

  /** The rectangles (top viewport) of text[start, end) in a textarea, measured on an invisible copy of it. */
  function textareaRects(textarea, start, end) {
    const doc = textarea.ownerDocument;
    let mirror = mirrors.get(textarea);
    if (!mirror || !mirror.isConnected) {
      mirror = doc.createElement("div");
      mirror.setAttribute("data-tactful-mirror", "");
      mirror.setAttribute("aria-hidden", "true");
      doc.body.appendChild(mirror);
      mirrors.set(textarea, mirror);
    }
    const style = doc.defaultView.getComputedStyle(textarea);
    for (const property of MIRRORED) mirror.style[property] = style[property];
    const rect = textarea.getBoundingClientRect();
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - textarea.clientLeft * 2;
    Object.assign(mirror.style, {
      position: "fixed", left: `${rect.left}px`, top: `${rect.top}px`, width: `${textarea.offsetWidth - Math.max(0, scrollbar)}px`,
      height: "auto", boxSizing: "border-box", whiteSpace: "pre-wrap", overflowWrap: "break-word", wordWrap: "break-word",
      visibility: "hidden", pointerEvents: "none", overflow: "hidden", zIndex: "-1", borderColor: "transparent",
    });
    const value = textarea.value;
    const marked = doc.createElement("span");
    marked.textContent = value.slice(start, end) || "\u200b";
    mirror.replaceChildren(doc.createTextNode(value.slice(0, start)), marked, doc.createTextNode(value.slice(end) + "\u200b"));
    const origin = mirror.getBoundingClientRect();
    const offset = frameOffset(doc);
    return [...marked.getClientRects()].filter((r) => r.width > 0 || r.height > 0).map((r) => shifted(
      { left: r.left - origin.left + rect.left - textarea.scrollLeft, top: r.top - origin.top + rect.top - textarea.scrollTop,
        right: r.right - origin.left + rect.left - textarea.scrollLeft, bottom: r.bottom - origin.top + rect.top - textarea.scrollTop,
        width: r.width, height: r.height }, offset));
  }

  /** The rectangles (top viewport) of a DOM range. */
  function rangeRects(range) {
    const offset = frameOffset(range.startContainer.ownerDocument || range.startContainer);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => shifted(r, offset));
  }

  /** The visible box (top viewport) of an element, or of the iframe showing it. */
  function visibleBox(element) {
    const doc = element.ownerDocument;
    const frame = doc.defaultView.frameElement;
    if (frame && (element === doc.body || element === doc.documentElement)) {
      return shifted(frame.getBoundingClientRect(), frameOffset(frame.ownerDocument));
    }
    return shifted(element.getBoundingClientRect(), frameOffset(doc));
  }

  return { frameOffset, shifted, intersect, textareaRects, rangeRects, visibleBox };
})();
