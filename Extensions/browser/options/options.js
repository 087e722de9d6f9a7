// The options page: the server (URL, token), the message language, the sites to check and the per-site
// market choices. Saving asks for exactly the host permissions these need and gives back the rest.
import { DEFAULT_SETTINGS, isSitePattern, loadSettings, normalizeServerUrl, resolvedUILanguage, serverPermission,
  siteMatches } from "../shared/settings.js";

const TEXTS = {
  "zh-Hans": {
    title: "Tactful 客服回复检查", server: "服务器", serverUrl: "Tactful 服务器地址",
    token: "Bearer 令牌（团队服务器用；自己的服务器留空）", test: "测试连接", uiLanguage: "消息语言",
    browser: "与浏览器相同", sites: "在哪些网站检查回复",
    extraSites: "其他网站（匹配模式，每行一个，例如 https://support.example.com/*）",
    markets: "按网站选择的市场", forget: "清除这些选择",
    privacy: "草稿只发送到上面的服务器，且不会被保存；扩展只保存这些设置。", save: "保存",
    saved: (n) => `已保存，在 ${n} 个网站上检查。请重新加载已打开的客服页面。`, denied: "没有获得所需的权限，未保存。",
    ok: (v) => `连接成功：${v}`, failed: (v) => `无法连接：${v}`, none: "（无）", badPattern: (p) => `不是有效的匹配模式：${p}`,
  },
  en: {
    saved: (n) => `Saved: checking replies on ${n} site pattern(s). Reload helpdesk tabs that are already open.`,
    denied: "The permissions were not granted; nothing was saved.", ok: (v) => `Connected: ${v}`,
    failed: (v) => `Could not connect: ${v}`, none: "(none)", badPattern: (p) => `extra sites: '${p}' is not a match pattern`,
  },
};

const $ = (id) => document.getElementById(id);
const helpdesks = await fetch(chrome.runtime.getURL("helpdesks.json")).then((response) => response.json());
let settings = await loadSettings();
const language = resolvedUILanguage(settings);
const texts = { ...TEXTS.en, ...(language === "zh-Hans" ? TEXTS["zh-Hans"] : {}) };
document.documentElement.lang = language;
for (const element of document.querySelectorAll("[data-text]")) {
  const text = TEXTS[language]?.[element.dataset.text];
  if (typeof text === "string") element.textContent = text;
}

function show(output, text, kind) {
  output.textContent = text;
  output.className = kind;
}

function fill() {
  $("serverUrl").value = settings.serverUrl;
  $("token").value = settings.token;
  $("uiLanguage").value = settings.uiLanguage;
  $("extraSites").value = settings.extraSites.join("\n");
  $("helpdesks").replaceChildren(...helpdesks.profiles.map((profile) => {
    const label = document.createElement("label");
    label.className = "helpdesk";
    const box = Object.assign(document.createElement("input"), { type: "checkbox", value: profile.id });
    box.checked = settings.enabledHelpdesks.includes(profile.id);
    const hosts = document.createElement("small");
    hosts.textContent = profile.hosts.join(", ");
    label.append(box, document.createTextNode(profile.name), hosts);
    return label;
  }));
  const choices = Object.entries(settings.marketByDomain).flatMap(([host, picks]) =>
    Object.entries(picks).map(([lang, market]) => `${host}${lang ? ` (${lang})` : ""}: ${market}`));
  $("marketChoices").replaceChildren(...(choices.length ? choices : [texts.none]).map((text) =>
    Object.assign(document.createElement("li"), { textContent: text })));
}

/** The settings in the form, checked; throws an Error naming the first bad field. */
function formSettings() {
  const extraSites = $("extraSites").value.split("\n").map((line) => line.trim()).filter(Boolean);
  const bad = extraSites.find((pattern) => !isSitePattern(pattern));
  if (bad) throw new Error(texts.badPattern(bad));
  return {
    serverUrl: normalizeServerUrl($("serverUrl").value),
    token: $("token").value.trim(),
    uiLanguage: $("uiLanguage").value,
    enabledHelpdesks: [...document.querySelectorAll("#helpdesks input:checked")].map((box) => box.value),
    extraSites,
  };
}

$("settings").addEventListener("submit", (event) => {
  event.preventDefault();
  let next;
  try { next = { ...settings, ...formSettings() }; } catch (error) { show($("status"), error.message, "error"); return; }
  const origins = [serverPermission(next.serverUrl), ...siteMatches(next, helpdesks.profiles)];
  // Asked for in the click itself (a user gesture); permissions already held are granted without a prompt.
  chrome.permissions.request({ origins }).then(async (granted) => {
    if (!granted) { show($("status"), texts.denied, "error"); return; }
    const required = chrome.runtime.getManifest().host_permissions;
    const held = (await chrome.permissions.getAll()).origins || [];
    const unused = held.filter((origin) => !origins.includes(origin) && !required.includes(origin));
    if (unused.length) await chrome.permissions.remove({ origins: unused }).catch(() => {});
    await chrome.storage.local.set(next);
    settings = next;
    const answer = await chrome.runtime.sendMessage({ type: "settingsSaved" });
    show($("status"), texts.saved(answer?.value?.length ?? 0), "ok");
  }, (error) => show($("status"), error.message, "error"));
});

$("test").addEventListener("click", () => {
  let serverUrl;
  try { serverUrl = normalizeServerUrl($("serverUrl").value); } catch (error) { show($("testResult"), error.message, "error"); return; }
  const token = $("token").value.trim();
  chrome.permissions.request({ origins: [serverPermission(serverUrl)] }).then(async (granted) => {
    if (!granted) throw new Error(texts.denied);
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
    const response = await fetch(`${serverUrl}/v1/markets`, { headers, credentials: "omit" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const markets = await response.json();
    show($("testResult"), texts.ok(`${serverUrl} (${markets.markets.length} markets)`), "ok");
  }).catch((error) => show($("testResult"), texts.failed(error.message), "error"));
});

$("forget").addEventListener("click", async () => {
  await chrome.storage.local.set({ marketByDomain: DEFAULT_SETTINGS.marketByDomain });
  settings = { ...settings, marketByDomain: {} };
  fill();
});

fill();
