// The extension's settings: the only thing it stores (chrome.storage.local). Shared by the service worker and
// the options page; content scripts receive them from the service worker, without the token.

/** Every setting with its default. */
export const DEFAULT_SETTINGS = Object.freeze({
  serverUrl: "http://127.0.0.1:8080",
  token: "",
  uiLanguage: "", // "en" | "zh-Hans"; empty: follow the browser
  enabledHelpdesks: [], // profile ids from helpdesks.json
  extraSites: [], // match patterns of other sites (a self-hosted helpdesk, the test pages)
  marketByDomain: {}, // host -> { detected language or "" -> market tag }, set by the picker
});

/** The stored settings over the defaults. */
export async function loadSettings() {
  const stored = await chrome.storage.local.get(Object.keys(DEFAULT_SETTINGS));
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** The UI language: the setting, else Chinese for a Chinese browser, else English. */
export function resolvedUILanguage(settings, browserLanguage = navigator.language) {
  if (settings.uiLanguage === "en" || settings.uiLanguage === "zh-Hans") return settings.uiLanguage;
  return /^zh\b/i.test(browserLanguage || "") ? "zh-Hans" : "en";
}

/** The server URL as typed, checked and without a trailing slash; throws an Error naming the problem. */
export function normalizeServerUrl(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new Error(`server URL: '${text}' is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`server URL: use http or https, not ${url.protocol}`);
  if (url.search || url.hash) throw new Error("server URL: leave out the query and fragment");
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/** The host permission a server URL needs (all ports of its host, as match patterns allow). */
export function serverPermission(serverUrl) {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

const MATCH_PATTERN = /^(https?|\*):\/\/(\*|(\*\.)?[^/*:]+)(:\d+)?\/.*$/;

/** True for a match pattern the extension accepts for a site (http or https, a host or *.domain, a path). */
export function isSitePattern(pattern) {
  return MATCH_PATTERN.test(pattern) && !pattern.startsWith("*://*/") && !/^https?:\/\/\*\//.test(pattern);
}

/** The match patterns of the sites the extension runs on: the enabled helpdesks' hosts and the extra sites. */
export function siteMatches(settings, profiles) {
  const hosts = profiles.filter((p) => settings.enabledHelpdesks.includes(p.id)).flatMap((p) => p.hosts);
  return [...new Set([...hosts, ...settings.extraSites.filter(isSitePattern)])];
}
