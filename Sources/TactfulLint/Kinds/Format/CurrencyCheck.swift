import Foundation
import TactfulConvert
import TactfulICU
import TactfulYAML

/// Currency amounts that do not fit the market: a bare "$" where several dollars are possible, an amount
/// only in a foreign currency, or the market's own currency written with a foreign decimal separator.
enum CurrencyCheck {
    /// A currency code is bounded by ASCII letters only, not `\b`: Japanese, Chinese and Thai write it right before a
    /// particle or word ("15 USDを返金", "USD 15を") where no word boundary falls.
    static let amount = RegexSource(
        #"(?:(?:US|CA|AU|NZ|HK|SG|NT|MX|C|A|S|R)\$|[$€£¥￥₩₹฿]|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|KRW|INR|AUD|CAD|NZD|SGD|HKD|TWD|MXN|BRL|PLN|SEK|CHF|SAR|AED|THB|IDR)(?![A-Za-z])|(?<![A-Za-z])Rp|(?<![A-Za-z])RM)\s?\d(?:[\d.,'’]*\d)?|\d[\d.,'’]*\d?\s?(?:€|£|\$|円|元|원|위안|บาท|zł|kr|(?<![A-Za-z])(?:EUR|USD|GBP|JPY|CNY|RMB|CHF|PLN|SEK|SAR|AED|THB|IDR|KRW|BRL|MXN|CAD|AUD|NZD|SGD|HKD|TWD|INR)(?![A-Za-z]))"#,
        ignoresCase: false)

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let market = context.market
        let named = try namedAmounts(context)
        let found = mayHoldAmount(context.document.utf16) ? try FormatSupport.matches(amount, in: context) : []
        guard !named.isEmpty || !found.isEmpty else { return [] }
        var amounts = found.map { range in
            CurrencySymbols.namedBeforeYuan(
                qualified((range, context.document.string(range)), in: context.document.utf16), in: context.document)
        }
        amounts += named.filter { name in !amounts.contains { $0.0.overlaps(name.0) } }
        // A customs threshold is exact in the currency the law sets it in ("미화 150달러 이하", Korea's list clearance).
        func isCustomsThreshold(_ range: Range<Int>) -> Bool {
            let sentence = context.document.sentence(containing: range.lowerBound)
            return CurrencySymbols.statesCustomsThreshold(context.document.string(sentence))
        }
        return amounts.sorted { $0.0.lowerBound < $1.0.lowerBound }.compactMap { range, text, currencies -> Finding? in
            if named.contains(where: { $0.0 == range }) {
                // A currency named in the market's language: fine when it may be the customer's own ("30 euros" in
                // Spain, "200 pesos" in Mexico) and written in the market's notation ("Rp 250,000.00" is not, in
                // Indonesia), foreign otherwise ("30 dólares" in Spain, "199 หยวน" in Thailand).
                if currencies.contains(market.currency) {
                    return notation(info, context, range, text, market.currency)
                }
                let sentence = context.document.sentence(containing: range.lowerBound)
                if amounts.contains(where: { sentence.contains($0.0.lowerBound) && $0.2.contains(market.currency) })
                    || isCustomsThreshold(range)
                {
                    return nil
                }
                let name = String(text.filter { !$0.isNumber && !".,'’".contains($0) }).trimmingCharacters(
                    in: .whitespaces)
                return context.finding(info, range, message: foreignMessage(name, market.currency, context.uiLanguage))
            }
            if currencies.count > 1, currencies.contains(market.currency) || currencies.contains("USD") {
                // "$129.95" to an Australian customer, "¥259" to a Chinese one: the sign the market itself writes for
                // its currency (CLDR) reads as the local currency, unless another currency appears in the draft;
                // it is then held to the market's decimal separator ("$25.00" in a French reply to Québec).
                let othersNamed = amounts.contains { !$0.2.isEmpty && !$0.2.contains(market.currency) }
                if !othersNamed, currencies.contains(market.currency), isLocalSign(text, context) {
                    return notation(info, context, range, text, market.currency)
                }
                return ambiguous(info, context, range, text, currencies)
            }
            if currencies.count > 1 {
                // "¥150" to a Singapore customer: yen or yuan, foreign either way.
                let sign = String(text.filter { !$0.isNumber && !".,'’ \u{00A0}".contains($0) })
                return context.finding(info, range, message: foreignMessage(sign, market.currency, context.uiLanguage))
            }
            guard let currency = currencies.first else { return nil }
            // "150元" in Taiwan is NT$150; "人民幣150元" names its currency before the number.
            if currency != market.currency, text.first?.isNumber == true,
                CurrencySymbols.isLocalUnitWord(of: market.currency, in: text)
            {
                return notation(info, context, range, text, market.currency)
            }
            if currency != market.currency {
                let sentence = context.document.sentence(containing: range.lowerBound)
                let local = amounts.contains { sentence.contains($0.0.lowerBound) && $0.2 == [market.currency] }
                if local || isCustomsThreshold(range) { return nil }
                return context.finding(
                    info, range, message: foreignMessage(currency, market.currency, context.uiLanguage))
            }
            return notation(info, context, range, text, currency)
        }
    }

    /// The codes the amount pattern knows, read after an amount as its currency ("IVA", "VAT", "GST" are taxes).
    private static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "INR", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "MXN", "BRL",
        "PLN", "SEK", "CHF", "SAR", "AED", "THB", "IDR", "MYR",
    ]

    /// An amount and the currencies it may be in: its sign's or code's, unless a code or the renminbi's name follows
    /// it ("$59.99 USD", "¥150 CNY", "200元人民幣"), which says which currency the sign means.
    private static func qualified(_ amount: (range: Range<Int>, text: String), in units: [UInt16])
        -> (Range<Int>, String, [String])
    {
        let signed = CurrencySymbols.currencies(in: amount.text)
        var index = amount.range.upperBound
        if index < units.count, units[index] == 0x20 || units[index] == 0xA0 { index += 1 }
        let next = units[index..<min(units.count, index + 3)].withUnsafeBufferPointer(ICU.string(utf16:))
        let isLetter = { (at: Int) in
            at < units.count && Unicode.Scalar(units[at]).map(\.properties.isAlphabetic) == true
        }
        let code: String?
        if next.count == 3, codes.contains(next), !isLetter(index + 3) {
            code = CurrencySymbols.currencies(in: next).first
        } else {
            code = ["人民幣", "人民币"].contains(next) ? "CNY" : nil
        }
        guard let code, !signed.isEmpty else {
            return (amount.range, amount.text, signed)
        }
        let range = amount.range.lowerBound..<(index + 3)
        return (range, units[range].withUnsafeBufferPointer(ICU.string(utf16:)), [code])
    }

    /// Amounts with a currency named in the market's languages (ICU's names: "30 dólares", "RM 120", "30ドル"),
    /// with the currencies each name may mean. English names are left to the symbol table. Found in Swift around
    /// each number, by a lookup of the text after it (or, for short symbols, before it) in the name table: a regex
    /// alternation of a few hundred names, tried at every digit, costs more than the whole lint.
    private static func namedAmounts(_ context: LintContext) throws(LintError) -> [(Range<Int>, String, [String])] {
        let market = context.market
        guard market.language != "en", context.document.hasDigits else { return [] }
        let names = context.pool.fact("currency-names|\(market.tag)") { () -> CurrencyNameTable in
            // The market's own locale only: ICU falls back to its language and script for every name it does not override.
            CurrencyNameTable(CurrencyNames.table(languages: [market.locale.identifier]))
        }
        guard !names.table.isEmpty else { return [] }
        let units = context.document.utf16
        // ASCII and Arabic-Indic digits ("٢٩٩ ريال").
        func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) || (0x660...0x669).contains(unit) }
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0xA0 || unit == 0x202F }
        var found: [(Range<Int>, String, [String])] = []
        var index = 0
        while index < units.count {
            guard isDigit(units[index]) else { index += 1; continue }
            let start = index
            var end = index + 1
            while end < units.count,
                isDigit(units[end])
                    || ([0x2E, 0x2C, 0x27, 0x2019].contains(units[end]) && end + 1 < units.count
                        && isDigit(units[end + 1]))
            {
                end += 1
            }
            index = end
            // Not part of a longer number, nor of a Latin word ("A4", "KR2406").
            if start > 0, let before = Unicode.Scalar(units[start - 1]),
                before.properties.numericType != nil || before == "." || before == ","
                    || (before.properties.isAlphabetic && (before.value < 0x250))
            {
                continue
            }
            // A name after the number ("30 dólares", "30ドル").
            let nameStart = end < units.count && isSpace(units[end]) ? end + 1 : end
            if let (length, currencies) = names.match(context.document, at: nameStart, forward: true) {
                let range = start..<(nameStart + length)
                found.append((range, context.document.string(range), currencies))
                continue
            }
            // A short symbol before it ("RM 45", "RM45").
            let symbolEnd = start > 0 && isSpace(units[start - 1]) ? start - 1 : start
            if let (length, currencies) = names.match(context.document, at: symbolEnd, forward: false) {
                let range = (symbolEnd - length)..<end
                found.append((range, context.document.string(range), currencies))
            }
        }
        return found
    }

    /// The sign of an amount written before its digits ("$25") or after them ("25 $").
    private static func sign(of text: String) -> String {
        let before = text.prefix { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
        return before.isEmpty
            ? String(text.reversed().prefix { !$0.isNumber }.reversed()).trimmingCharacters(in: .whitespaces) : before
    }

    /// The yen/yuan sign, written half- or full-width either way (ICU's ja gives "￥", zh "¥").
    private static let yenSigns: Set<String> = ["¥", "￥"]

    /// True when the amount's sign (before or after its digits) is the one the market writes for its own currency
    /// (CLDR, via ICU's currency format: "$" for AUD in en-AU, "¥" for CNY in zh-CN, "$" for CAD in fr-CA's "25,00 $").
    private static func isLocalSign(_ text: String, _ context: LintContext) -> Bool {
        let sign = self.sign(of: text)
        let market = context.market
        let local = context.pool.fact("local-currency-sign|\(market.locale.identifier)|\(market.currency)") {
            () -> String in
            let formatted =
                (try? context.pool.numberFormatter("currency/\(market.currency)", market.locale).format(1)) ?? ""
            return String(formatted.filter { !$0.isNumber && !".,'’ \u{A0}\u{202F}".contains($0) })
        }
        // A bare "$" reads as the local dollar where the market's own sign is one (HK$, NT$, S$).
        return !sign.isEmpty
            && (sign == local || (yenSigns.contains(sign) && yenSigns.contains(local))
                || (sign == "$" && local.hasSuffix("$")))
    }

    private static func ambiguous(
        _ info: RuleInfo, _ context: LintContext, _ range: Range<Int>, _ text: String,
        _ currencies: [String]
    ) -> Finding? {
        let market = context.market.currency
        guard market != "USD" || currencies.first != "USD" else { return nil }
        let number = String(text.drop { !$0.isNumber }.prefix { $0.isNumber || ".,'’".contains($0) })
        let sign = self.sign(of: text)
        let fixes = [market, "USD"].compactMap { code -> Fix? in
            guard let symbol = CurrencySymbols.unambiguousPrefix(code) else { return nil }
            return Fix(replacement: symbol + number, description: "Say which dollar: \(symbol)", safe: false)
        }
        let message =
            context.uiLanguage == .zhHans
            ? "单独的“\(sign)”对这个市场的客户有歧义（可能是外币，也可能是当地货币 \(market)）；请写明币种或当地符号。"
            : "A bare “\(sign)” is ambiguous to a customer who pays in \(market); say which currency (US$, or the local symbol)."
        return context.finding(info, range, fixes: fixes, message: message)
    }

    private static func notation(
        _ info: RuleInfo, _ context: LintContext, _ range: Range<Int>, _ text: String,
        _ currency: String
    ) -> Finding? {
        let separator = FormatSupport.decimalSeparator(context.market.locale, context.pool)
        let digits = String(text.drop { !$0.isNumber }.prefix { $0.isNumber || ".,'’ ".contains($0) })
            .trimmingCharacters(in: .whitespaces)
        guard let last = digits.last(where: { $0 == "." || $0 == "," }), last != separator,
            digits.split(whereSeparator: { $0 == "." || $0 == "," }).last?.count != 3,
            let decimal = NumberText.parse(digits).map({ "\($0)" }),
            let formatted = try? context.pool.numberFormatter("currency/\(currency)", context.market.locale)
                .format(decimal: decimal)
        else { return nil }
        let message =
            context.uiLanguage == .zhHans
            ? "该市场的小数点写作“\(separator)”；按当地格式写为“\(formatted)”。"
            : "Customers in this market write the decimal separator as “\(separator)”: write “\(formatted)”."
        return context.finding(
            info, range, fixes: [Fix(replacement: formatted, description: "Format for the market", safe: true)],
            message: message)
    }

    private static func foreignMessage(_ currency: String, _ local: String, _ language: UILanguage) -> String {
        language == .zhHans
            ? "金额只写了 \(currency)，而客户使用 \(local)；请附上以 \(local) 计的大约金额。"
            : "The amount is only in \(currency) but the customer pays in \(local); add the approximate \(local) amount."
    }
}

/// Currency symbols and the ISO 4217 codes they may stand for, from `Glossaries/currency-symbols.yml`.
enum CurrencySymbols {
    private static let table: [(symbol: String, codes: [String])] = {
        guard let symbols = PreparsedYAML.builtIn(at: "Glossaries/currency-symbols.yml")?["symbols"]?.mapping else {
            return []
        }
        return symbols.compactMap { pair in
            pair.key.string.map { ($0, pair.value.sequence != nil ? pair.value.texts : [pair.value.string ?? ""]) }
        }
        .sorted { $0.symbol.count > $1.symbol.count }
    }()

    /// The currencies an amount's symbol or code may mean (several for "$" or "¥").
    static func currencies(in amount: String) -> [String] {
        let letters = amount.filter { !$0.isNumber && !".,'’ \u{00A0}".contains($0) }
        if letters.count == 3, letters.allSatisfy(\.isUppercase) { return [letters == "RMB" ? "CNY" : letters] }
        return table.first { letters == $0.symbol }?.codes ?? []
    }

    /// Currency names written before an amount counted in 元 (`names-before-yuan`: 港幣 for HKD, 人民幣 for CNY).
    private static let namesBeforeYuan: [(name: [UInt16], code: String)] = {
        let node = PreparsedYAML.builtIn(at: "Glossaries/currency-symbols.yml")?["names-before-yuan"]
        return (node?.byKey ?? [:]).flatMap { code, names in names.texts.map { (Array($0.utf16), code) } }
            .sorted { $0.name.count > $1.name.count }
    }()

    /// The amount with the currency named right before it when it is counted in 元 ("港幣 368 元", "人民幣368元": 元
    /// counts that currency's units), else as it was.
    static func namedBeforeYuan(_ amount: (Range<Int>, String, [String]), in document: Document)
        -> (Range<Int>, String, [String])
    {
        guard amount.1.hasSuffix("元") else { return amount }
        let units = document.utf16
        var end = amount.0.lowerBound
        if end > 0, units[end - 1] == 0x20 || units[end - 1] == 0xA0 { end -= 1 }
        for (name, code) in namesBeforeYuan
        where end >= name.count && units[(end - name.count)..<end].elementsEqual(name) {
            let range = (end - name.count)..<amount.0.upperBound
            return (range, document.string(range), [code])
        }
        return amount
    }

    /// Unit words a market writes after its own currency's amounts (`local-unit-words`: 元 for TWD).
    private static let localUnitWords: [String: [String]] = {
        PreparsedYAML.builtIn(at: "Glossaries/currency-symbols.yml")?["local-unit-words"]?.byKey.mapValues(\.texts)
            ?? [:]
    }()

    /// True when `amount` ends in a unit word that the market writes for `currency` ("150元" in Taiwan).
    static func isLocalUnitWord(of currency: String, in amount: String) -> Bool {
        let unit = String(amount.reversed().prefix { !$0.isNumber }.reversed()).trimmingCharacters(in: .whitespaces)
        return !unit.isEmpty && localUnitWords[currency, default: []].contains(unit)
    }

    /// The words of `customs-thresholds`, every language together, lowercased: customs words and limit words.
    private static let customsThresholds: (customs: [String], limit: [String]) = {
        let node = PreparsedYAML.builtIn(at: "Glossaries/currency-symbols.yml")?["customs-thresholds"]
        func words(_ key: String) -> [String] {
            (node?[key]?.byKey.values.flatMap(\.texts) ?? []).map { $0.lowercased() }
        }
        return (words("customs"), words("limit"))
    }()

    /// True when `sentence` holds a customs word and a limit word ("150달러 이하라 관부가세는 부과되지 않습니다").
    static func statesCustomsThreshold(_ sentence: String) -> Bool {
        let text = sentence.lowercased()
        return customsThresholds.customs.contains { holds(text, $0) }
            && customsThresholds.limit.contains { holds(text, $0) }
    }

    /// True when `word` occurs in `text`; a word in Latin script as a whole word (Korean, Japanese, Chinese, Thai and
    /// Arabic words take particles and clitics right against them).
    private static func holds(_ text: String, _ word: String) -> Bool {
        guard word.unicodeScalars.first.map({ $0.value < 0x250 }) == true else { return text.contains(word) }
        var start = text.startIndex
        while let found = text.range(of: word, range: start..<text.endIndex) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if !before.isLetter, !after.isLetter { return true }
            start = text.index(after: found.lowerBound)
        }
        return false
    }

    /// A prefix that names exactly one currency (`US$`, `C$`), if the table has one.
    static func unambiguousPrefix(_ code: String) -> String? {
        table.filter { $0.codes == [code] && $0.symbol.hasSuffix("$") }.min { $0.symbol.count < $1.symbol.count }?
            .symbol
    }
}
