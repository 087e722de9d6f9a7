// The customer's market as the helpdesk page shows it (the requester's locale, the ticket's language), read with
// the selectors of the helpdesk's profile in helpdesks.json.
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

Tactful.LOCALE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

/** A locale tag as the server reads it ("pt_BR" -> "pt-BR"), or null when the text is not one. */
Tactful.localeTag = (text) => {
  const value = String(text ?? "").trim();
  return Tactful.LOCALE_TAG.test(value) ? value.replace(/_/g, "-") : null;
};

/** The first locale tag one of the profile's locale sources finds in the document, or null. */
Tactful.pageMarket = (profile, doc) => {
  for (const source of profile.locale || []) {
    let element = null;
    try { element = doc.querySelector(source.selector); } catch { continue; } // a bad selector in the data
    if (!element) continue;
    let value = source.attribute ? element.getAttribute(source.attribute) : element.textContent;
    if (value && source.pattern) {
      const match = new RegExp(source.pattern).exec(value);
      value = match ? match[1] ?? match[0] : null;
    }
    const tag = Tactful.localeTag(value);
    if (tag) return tag;
  }
  return null;
};

/** True when a market ("de-AT", "zh-TW") is in the detected language ("de", "zh-Hant"). */
Tactful.marketSpeaks = (market, language) => {
  if (!market || !language) return false;
  const [marketLanguage, ...rest] = market.toLowerCase().split("-");
  const [wanted, script] = language.toLowerCase().split("-");
  if (marketLanguage !== wanted) return false;
  if (!script || wanted !== "zh") return true;
  const traditional = rest.includes("hant") || rest.some((part) => ["tw", "hk", "mo"].includes(part));
  return script === "hant" ? traditional : !traditional;
};
