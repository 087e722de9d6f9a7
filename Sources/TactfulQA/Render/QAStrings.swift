import TactfulLint

/// The HTML report's words in the `--ui-language` (English or Simplified Chinese).
struct QAStrings {
    let language: UILanguage

    func callAsFunction(_ key: Key) -> String {
        let pair = Self.table[key] ?? (key.rawValue, key.rawValue)
        return language == .zhHans ? pair.zh : pair.en
    }

    enum Key: String {
        case title, team, agents, agent, markets, market, weeks, week, replies, findingsPer100, slaMet, median, p90
        case inLanguage, scorecard, item, score, teamScore, signals, trend, categories, slaChart, sample, noSample
        case hotSpots, topRules, badRows, input, settings, firstReply, redacted, notRedacted, reviewer, responseTime
        case flagged, sampleNote, line, reason, missedBy
        case tone, policyAccuracy, safety, timeliness, languageItem, empathy, questionsAnswered
    }

    private static let table: [Key: (en: String, zh: String)] = [
        .title: ("QA report", "质检报告"), .team: ("Team overview", "团队概览"), .agents: ("Agents", "客服人员"),
        .agent: ("Agent", "客服"), .markets: ("Markets", "市场"), .market: ("Market", "市场"), .weeks: ("Weeks", "周"),
        .week: ("Week", "周"), .replies: ("Replies", "回复数"), .findingsPer100: ("Findings per 100 replies", "每百条回复问题数"),
        .slaMet: ("SLA met", "SLA 达标率"), .median: ("Median", "中位数"), .p90: ("p90", "p90"),
        .inLanguage: ("In the customer's language", "使用客户语言"), .scorecard: ("Scorecard", "评分卡"),
        .item: ("Item", "考核项"), .score: ("Score", "得分"), .teamScore: ("Team", "团队"), .signals: ("Signals", "依据"),
        .trend: ("Trend over weeks", "每周趋势"), .categories: ("Findings by category (per 100 replies)", "各类问题(每百条回复)"),
        .slaChart: ("SLA met per week (%)", "每周 SLA 达标率 (%)"), .sample: ("Coaching sample", "辅导抽样"),
        .noSample: ("No replies sampled.", "没有抽到回复。"), .hotSpots: ("Market hot spots", "问题集中的市场"),
        .topRules: ("Rules that fire most", "最常触发的规则"), .badRows: ("Skipped records", "跳过的记录"),
        .input: ("Export", "导出文件"), .settings: ("Settings", "设置"), .firstReply: ("First reply", "首次回复"),
        .redacted: ("Customer PII is masked in quoted text.", "引用文本中的客户个人信息已遮盖。"),
        .notRedacted: ("Quoted text is NOT masked (--no-redact).", "引用文本未遮盖 (--no-redact)。"),
        .reviewer: ("scored by a reviewer on the sample", "由质检员根据抽样评分"),
        .responseTime: ("Response time", "响应时间"), .flagged: ("Flagged", "被标记"),
        .sampleNote: (
            "Review these replies one to one; highlighted words have findings (hover for the message).",
            "请一对一复核这些回复;高亮处有问题(悬停查看说明)。"
        ),
        .line: ("Line", "行"), .reason: ("Reason", "原因"),
        .missedBy: ("SLA missed by · median", "SLA 超时 · 中位数"),
        .tone: ("Tone", "语气"), .policyAccuracy: ("Policy accuracy", "政策准确"), .safety: ("Safety", "安全"),
        .timeliness: ("Timeliness", "及时性"), .languageItem: ("Customer's language", "客户语言"),
        .empathy: ("Empathy", "体现移情"), .questionsAnswered: ("All questions answered", "所有问题均已回答"),
    ]

    /// A scorecard item's name.
    func name(of item: ScorecardItem) -> String {
        switch item {
        case .tone: self(.tone)
        case .policyAccuracy: self(.policyAccuracy)
        case .safety: self(.safety)
        case .timeliness: self(.timeliness)
        case .language: self(.languageItem)
        case .empathy: self(.empathy)
        case .questionsAnswered: self(.questionsAnswered)
        }
    }
}
