import TactfulYAML

/// The words the `law` kind combines, per language (`Glossaries/law/cues.yml`, whose header names the
/// dictionaries): what a sentence is about (a return, a refund, a guarantee), the goods' condition (faulty, on
/// sale, opened), a refusal, and what makes an exclusion lawful or turns the sentence into an offer. A target of its
/// own so that tactful-embed reads the built-in file with the same code when the binary is built (``encoded()``).
package struct LawCues: Equatable, Sendable {
    package enum Role: String, CaseIterable, Sendable {
        case withdrawal, refund, guarantee, faulty, sale, opened, refusal, voucher, only
        case customerPays = "customer-pays"
        case shippingCost = "shipping-cost"
        case void, tampering, fee, lawful, positive, after, ago, within, commercial, redirect
        /// "in any case", "once sold", 一經售出, ทุกกรณี: a refusal that leaves out no goods, faulty ones included.
        case blanket
        /// "change of mind", 단순 변심, 不想要了: a return for no reason, the one a withdrawal right gives.
        case changeOfMind = "change-of-mind"
        /// Cancelling the order, and the late delivery that entitles the customer to.
        case cancel, delay
        /// The carrier (courier, post, DHL, 快递): beside damage or loss and `elsewhere`, the customer sent to it.
        case carrier
        /// The parcel lost in transit ("went missing", "verloren gegangen"): like damage, the seller's risk.
        case lost
        /// A claim or the responsibility put on someone else ("contact them directly", "is responsible for",
        /// "wenden Sie sich an", "auprès du"), naming no one: with a carrier and damaged goods, `carrier-redirect`.
        case elsewhere
        /// A warranty's period is over ("has expired", "ran out", abgelaufen, 已过保修期): the lapsed warranty given
        /// as the reason a fault is no longer put right.
        case expired
        /// A gift card or gift certificate: with an expiry (`void`, `expired`), `gift-card-expiry` where the law
        /// forbids one.
        case giftCard = "gift-card"
        /// The charge for delivering the order to the customer ("shipping costs", "Versandkosten", "koszt dostawy"), not
        /// the return's: kept back on a withdrawal, `initial-delivery-kept` where the law says it is refunded.
        case deliveryCost = "delivery-cost"
        /// Once the goods are received (بعد الاستلام): a return refused from then on refuses the whole withdrawal
        /// right where it runs from receipt, unless the sentence states a window as long as the law's.
        case afterReceipt = "after-receipt"
    }

    /// Every word of every language with its role and language (a word listed under two roles appears twice).
    package let words: Words
    /// Inflected names of durations that ICU's unit names lack (German dative "7 Tagen"), name → `day`, `week`,
    /// `month` or `year`.
    package let durations: [String: String]

    package init(words: Words, durations: [String: String]) {
        self.words = words
        self.durations = durations
    }

    /// Words with their roles and languages, in order, the texts kept as bytes (``TextTable``): a run looks for
    /// thousands of them and reads a few.
    package struct Words: RandomAccessCollection, Sendable {
        /// The words' texts.
        package private(set) var texts = TextTable()
        /// Each word's role.
        package private(set) var roles: [Role] = []
        /// Each word's language.
        package private(set) var languages: [String] = []

        /// No words.
        package init() {}

        /// The words of `words`, in order.
        package init(_ words: [(role: Role, text: String, language: String)]) {
            for word in words {
                append(role: word.role, language: word.language) { texts in
                    texts.append(word.text)
                    return 1
                }
            }
        }

        /// The words of `texts` with the roles and languages of `runs`, a run's count of words each, in order; nil
        /// when the runs count more or fewer words than the texts.
        package init?(texts: TextTable, runs: [(role: Role, language: String, count: Int)]) {
            guard runs.reduce(0, { $0 + $1.count }) == texts.count else { return nil }
            self.texts = texts
            // Each run's element is written into the lists' memory at once (appending a repeated element cost a
            // call and a capacity check per run, some 0.25M instructions for the built-in cues).
            roles = Array(unsafeUninitializedCapacity: texts.count) { roles, count in
                for run in runs where run.count > 0 {
                    (roles.baseAddress! + count).initialize(repeating: run.role, count: run.count)
                    count += run.count
                }
            }
            languages = Array(unsafeUninitializedCapacity: texts.count) { languages, count in
                for run in runs where run.count > 0 {
                    (languages.baseAddress! + count).initialize(repeating: run.language, count: run.count)
                    count += run.count
                }
            }
        }

        package var startIndex: Int { 0 }
        package var endIndex: Int { roles.count }

        /// Word `index`, its text made a string.
        package subscript(index: Int) -> (role: Role, text: String, language: String) {
            (roles[index], texts[index], languages[index])
        }

        /// Appends the words of `role` and `language` whose texts `appendTexts` appends to the texts, returning how
        /// many.
        package mutating func append(role: Role, language: String, _ appendTexts: (inout TextTable) -> Int) {
            let count = appendTexts(&texts)
            roles.append(contentsOf: repeatElement(role, count: count))
            languages.append(contentsOf: repeatElement(language, count: count))
        }
    }

    package static func == (left: LawCues, right: LawCues) -> Bool {
        left.durations == right.durations && left.words.count == right.words.count
            && zip(left.words, right.words).allSatisfy { $0 == $1 }
    }

    /// Reads `cues.yml`.
    package static func read(_ text: String, path: String) throws(PositionedError) -> LawCues {
        let file = try YAMLMap(yaml: text, path: path)
        guard let languages = try file.map("languages") else { throw file.error(file.node, "missing 'languages'") }
        var words: [(role: Role, text: String, language: String)] = []
        var durations: [String: String] = [:]
        for (language, node) in languages.entries {
            let lists = try YAMLMap(node, path: path)
            for role in Role.allCases {
                words += try lists.strings(role.rawValue).map { (role: role, text: $0, language: language) }
            }
            for (unit, names) in try lists.stringLists("durations") {
                guard ["day", "week", "month", "year"].contains(unit) else {
                    throw lists.error(
                        lists.node, "language '\(language)': durations are day, week, month or year, not '\(unit)'")
                }
                for name in names { durations[name.lowercased()] = unit }
            }
            do throws(PositionedError) {
                try lists.rejectUnknownKeys()
            } catch {
                throw PositionedError(
                    path: error.path, line: error.line, column: error.column,
                    message: "language '\(language)': \(error.message)")
            }
        }
        try file.rejectUnknownKeys()
        return LawCues(words: Words(words), durations: durations)
    }
}
