// The service worker: the only part that talks to the Tactful server (so the draft goes nowhere else and the
// helpdesk's own CORS rules do not apply), the content-script registration for the sites the user enabled, and
// the toolbar badge.
import { loadSettings, resolvedUILanguage, siteMatches } from "./shared/settings.js";

const SCRIPT_ID = "tactful-reply-check";
const CONTENT_SCRIPTS = [
  "content/strings.js",
  "content/geometry.js",
  "content/text-models.js",
  "content/page-market.js",
  "content/overlay.js",
  "content/editor-session.js",
  "content/main.js",
];
const BADGE_COLORS = { error: "#c5221f", warning: "#b06000", info: "#1967d2", none: "#188038" };

const helpdesks = fetch(chrome.runtime.getURL("helpdesks.json")).then((response) => response.json());
let registration = Promise.resolve();

/** Registers the content scripts on the enabled sites whose permission is granted (one at a time). */
function syncContentScripts() {
  registration = registration.then(async () => {
    const [settings, { profiles }] = await Promise.all([loadSettings(), helpdesks]);
    const matches = [];
    for (const pattern of siteMatches(settings, profiles)) {
      if (await chrome.permissions.contains({ origins: [pattern] })) matches.push(pattern);
    }
    const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length) {
      await chrome.scripting.registerContentScripts([
        { id: SCRIPT_ID, matches, js: CONTENT_SCRIPTS, runAt: "document_idle", allFrames: false },
      ]);
    }
    return matches;
  }).catch((error) => {
    console.error("tactful: could not register the content scripts:", error);
    return [];
  });
  return registration;
}

/** Calls the server with the settings' URL and token; resolves to the JSON answer or rejects with a short code. */
async function callServer(path, { method = "GET", body, signal } = {}) {
  const settings = await loadSettings();
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
  let response;
  try {
    response = await fetch(settings.serverUrl + path, {
      method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit", cache: "no-store",
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw { code: "unreachable", server: settings.serverUrl };
  }
  const answer = await response.json().catch(() => null);
  if (response.status === 401) throw { code: "unauthorized", server: settings.serverUrl };
  if (!response.ok) throw { code: "server", server: settings.serverUrl, message: answer?.error?.message || `HTTP ${response.status}` };
  return answer;
}

function setBadge(tabId, report) {
  if (tabId === undefined) return;
  const findings = report?.files?.[0]?.findings || [];
  const worst = ["error", "warning", "info"].find((level) => findings.some((f) => f.severity === level)) || "none";
  chrome.action.setBadgeText({ tabId, text: findings.length ? String(findings.length) : "" }).catch(() => {});
  chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[worst] }).catch(() => {});
}

// Lint requests come over a port per page; a newer request for the same editor aborts the older one.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== "tactful-lint") return;
  const inFlight = new Map();
  let connected = true;
  const post = (message) => { if (connected) try { port.postMessage(message); } catch { connected = false; } };
  port.onDisconnect.addListener(() => {
    connected = false;
    for (const controller of inFlight.values()) controller.abort();
  });
  port.onMessage.addListener(async (message) => {
    if (message?.type !== "lint") return;
    const { key, seq, request } = message;
    inFlight.get(key)?.abort();
    const controller = new AbortController();
    inFlight.set(key, controller);
    try {
      const report = await callServer("/v1/lint", { method: "POST", body: request, signal: controller.signal });
      post({ type: "lint-result", key, seq, report });
      setBadge(port.sender?.tab?.id, report);
    } catch (error) {
      if (error?.name !== "AbortError") post({ type: "lint-error", key, seq, error });
    } finally {
      if (inFlight.get(key) === controller) inFlight.delete(key);
    }
  });
});

// One-off questions from content scripts and the options page.
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const answer = {
    async hello() {
      const [settings, data] = await Promise.all([loadSettings(), helpdesks]);
      return {
        profiles: data.profiles, generic: data.generic, uiLanguage: resolvedUILanguage(settings),
        marketByDomain: settings.marketByDomain,
      };
    },
    async markets() {
      return callServer("/v1/markets");
    },
    async rememberMarket() {
      const settings = await loadSettings();
      const byDomain = { ...settings.marketByDomain };
      byDomain[message.host] = { ...(byDomain[message.host] || {}), [message.language || ""]: message.market };
      await chrome.storage.local.set({ marketByDomain: byDomain });
      return byDomain;
    },
    async settingsSaved() {
      return syncContentScripts();
    },
    async openOptions() {
      return chrome.runtime.openOptionsPage();
    },
  }[message?.type];
  if (!answer) return false;
  answer().then((value) => reply({ ok: true, value }), (error) => reply({ ok: false, error }));
  return true;
});

chrome.runtime.onInstalled.addListener(syncContentScripts);
chrome.runtime.onStartup.addListener(syncContentScripts);
chrome.permissions.onAdded.addListener(syncContentScripts);
chrome.permissions.onRemoved.addListener(syncContentScripts);
chrome.action.onClicked.addListener(() => chrome.runtime.openOptionsPage());
