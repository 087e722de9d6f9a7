// The extension's own words, in English and Simplified Chinese (the server translates the findings' messages).
var Tactful = globalThis.Tactful || (globalThis.Tactful = {});

Tactful.STRINGS = {
  en: {
    findings: (n) => (n === 1 ? "1 finding" : `${n} findings`),
    noFindings: "No findings",
    apply: "Apply",
    dismiss: "Dismiss",
    suggestion: "Suggestion",
    market: "Market",
    chooseMarket: "Customer's market",
    rememberHint: "Remembered for this site",
    source: { page: "from the page", picked: "your choice for this site", detected: "detected language", default: "your browser's language — choose one" },
    severity: { error: "Error", warning: "Warning", info: "Info" },
    beforeYouSend: "Before you send",
    sendSummary: (n) => (n === 1 ? "1 finding is still in this reply:" : `${n} findings are still in this reply:`),
    more: (n) => `… and ${n} more`,
    unreachable: (url) => `Tactful server not reachable at ${url}`,
    unauthorized: "The Tactful server wants a token: set it in the options",
    serverError: (message) => `Tactful server: ${message}`,
    options: "Options",
  },
  "zh-Hans": {
    findings: (n) => `${n} 个问题`,
    noFindings: "没有问题",
    apply: "应用",
    dismiss: "忽略",
    suggestion: "建议",
    market: "市场",
    chooseMarket: "客户所在市场",
    rememberHint: "此网站将记住该选择",
    source: { page: "来自页面", picked: "你为此网站选择的市场", detected: "检测到的语言", default: "浏览器语言，请选择" },
    severity: { error: "错误", warning: "警告", info: "提示" },
    beforeYouSend: "发送前请注意",
    sendSummary: (n) => `这条回复中还有 ${n} 个问题：`,
    more: (n) => `……另有 ${n} 个`,
    unreachable: (url) => `无法连接 Tactful 服务器：${url}`,
    unauthorized: "Tactful 服务器需要令牌，请在选项中设置",
    serverError: (message) => `Tactful 服务器：${message}`,
    options: "选项",
  },
};

/** The strings of a UI language ("en" or "zh-Hans"). */
Tactful.strings = (language) => Tactful.STRINGS[language] || Tactful.STRINGS.en;
