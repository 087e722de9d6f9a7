import TactfulLint

/// The guide's own words — headings, labels and the frames around data values — in the UI languages. Everything
/// an agent is told comes from the data; these only name it.
enum GuideWords: String {
    case title, register, taboos, holidays, occasions, conventions, law, vocabulary
    case norm, markers, formal, informal, number, longDate, shortDate, time, price, measurement, height, distance
    case firstWeekday, weekend, clock, clock24, clock12, timeZones
    case withdrawal, refundDeadline, guarantee, refundMeans, mayNotExclude, days, businessDays, months, noPeriod
    case notFloor, publicHoliday, marketedDay, solemn, keptInMonth, observed, estimated
    case noTaboos, noCalendar, noHolidays, noOccasions, noLaw, noVocabulary, noRegister, write, insteadOf
    case source, more, market, window, metric, us, uk

    /// The word in `language` (English where no other is written).
    func callAsFunction(_ language: UILanguage) -> String {
        language == .zhHans ? Self.chinese[self] ?? Self.english[self] ?? rawValue : Self.english[self] ?? rawValue
    }

    /// The colon after a label: full-width in Chinese.
    static func colon(_ language: UILanguage) -> String { language == .zhHans ? "：" : ": " }

    private static let english: [GuideWords: String] = [
        .title: "Culture guide", .register: "Register and how to address the customer",
        .taboos: "Taboos", .holidays: "Holidays in the next 60 days", .occasions: "Occasions the region keeps",
        .conventions: "Numbers, dates, money and units", .law: "Consumer-law minimums",
        .vocabulary: "Regional vocabulary", .norm: "Register by channel", .markers: "Markers",
        .formal: "formal", .informal: "informal", .number: "Number", .longDate: "Date", .shortDate: "Date (numeric)",
        .time: "Time", .price: "Price", .measurement: "Measurement system", .height: "A height of 180 cm",
        .distance: "A distance of 25 km", .firstWeekday: "First day of the week", .weekend: "Weekend",
        .clock: "Clock", .clock24: "24-hour", .clock12: "12-hour", .timeZones: "Time zones",
        .withdrawal: "Withdrawal period", .refundDeadline: "Refund deadline", .guarantee: "Legal guarantee",
        .refundMeans: "Refund means", .mayNotExclude: "A reply may not exclude", .days: "days",
        .businessDays: "business days", .months: "months", .noPeriod: "no fixed period in law",
        .notFloor: "a default that a clearly displayed return policy replaces",
        .publicHoliday: "public holiday", .marketedDay: "kept or marketed, not in the holiday calendar",
        .solemn: "a day of mourning: no festive greetings", .keptInMonth: "kept in month", .observed: "observed",
        .estimated: "estimated", .noTaboos: "The taboo list has no entry for this region.",
        .noCalendar: "Tactful has no holiday calendar for this region.",
        .noHolidays: "No public holiday in these 60 days.", .noOccasions: "No occasion is listed for this region.",
        .noLaw: "Tactful has no consumer-law table for this market.",
        .noVocabulary: "The packs list no regional vocabulary for this market.",
        .noRegister: "The packs set no register for this market.", .write: "write", .insteadOf: "not",
        .source: "Source", .more: "more in the data", .market: "Market", .window: "Holidays from", .metric: "metric",
        .us: "US customary",
        .uk: "UK (mixed metric and imperial)",
    ]

    private static let chinese: [GuideWords: String] = [
        .title: "文化指南", .register: "语体与称呼", .taboos: "禁忌", .holidays: "未来 60 天的节假日",
        .occasions: "该地区的节日与购物节", .conventions: "数字、日期、货币与单位", .law: "消费者法律底线",
        .vocabulary: "地区用词", .norm: "各渠道的语体", .markers: "标志词", .formal: "正式", .informal: "非正式",
        .number: "数字", .longDate: "日期", .shortDate: "日期（数字）", .time: "时间", .price: "价格",
        .measurement: "度量衡", .height: "身高 180 cm", .distance: "距离 25 km", .firstWeekday: "每周第一天",
        .weekend: "周末", .clock: "时制", .clock24: "24 小时制", .clock12: "12 小时制", .timeZones: "时区",
        .withdrawal: "无理由退货期", .refundDeadline: "退款期限", .guarantee: "法定保修期", .refundMeans: "退款方式",
        .mayNotExclude: "回复不能排除", .days: "天", .businessDays: "个工作日", .months: "个月", .noPeriod: "法律未规定固定期限",
        .notFloor: "默认期限，明确展示的退货政策可取代", .publicHoliday: "法定节假日", .marketedDay: "民俗或购物节，不在法定假日表中",
        .solemn: "哀悼之日：不要用节日问候", .keptInMonth: "月份", .observed: "补假", .estimated: "估计日期",
        .noTaboos: "禁忌表中没有该地区的条目。", .noCalendar: "Tactful 没有该地区的节假日日历。",
        .noHolidays: "这 60 天内没有法定节假日。", .noOccasions: "没有列出该地区的节日。",
        .noLaw: "Tactful 没有该市场的消费者法律表。", .noVocabulary: "规则包没有列出该市场的地区用词。",
        .noRegister: "规则包没有为该市场规定语体。", .write: "写", .insteadOf: "不写",
        .source: "来源", .more: "数据中另有（条）", .market: "市场", .window: "节假日范围", .metric: "公制", .us: "美国惯用单位",
        .uk: "英国（公制与英制混用）",
    ]
}
