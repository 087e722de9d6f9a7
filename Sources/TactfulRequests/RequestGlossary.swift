import TactfulYAML

/// The request kind's glossary (`Glossaries/privacy/requests.yml`): the data no reply may ask for, the request cues
/// of every language and the languages whose negation may follow the request. A target of its own so that
/// tactful-embed reads the built-in file with the same code when the binary is built (``RequestLiterals``).
package struct RequestGlossary: Equatable, Sendable {
    /// The data items, in the file's order.
    package let data: [SensitiveData]
    /// The request cues of every language, in the languages' order.
    package let cues: [String]
    /// Languages whose negation may come after the request ("senden Sie uns Ihre PIN nicht", 送らないでください).
    package let negationAfterRequest: Set<String>

    package init(data: [SensitiveData], cues: [String], negationAfterRequest: Set<String>) {
        (self.data, self.cues, self.negationAfterRequest) = (data, cues, negationAfterRequest)
    }

    /// Reads `requests.yml`; an unknown key is an error naming its line.
    package static func read(_ text: String, path: String) throws(PositionedError) -> RequestGlossary {
        let file = try YAMLMap(yaml: text, path: path)
        // Every language's texts of a key, in the languages' order: the literals' order is the same in every run.
        func texts(_ map: YAMLMap, _ key: String) throws(PositionedError) -> [String] {
            try map.stringLists(key).sorted { $0.key < $1.key }.flatMap(\.value)
        }
        var items: [SensitiveData] = []
        for map in try file.maps("data") {
            let reason = try map.stringLists("reason").mapValues { $0.joined() }
            items.append(
                SensitiveData(
                    id: try map.string("id"), reason: reason, words: try texts(map, "words"),
                    unless: try texts(map, "unless"), places: try texts(map, "where"), cards: try texts(map, "card"),
                    exposures: try texts(map, "exposes")))
            try map.rejectUnknownKeys()
        }
        let cues = try texts(file, "requests")
        let negationAfter = Set(try file.strings("negation-after-request"))
        try file.rejectUnknownKeys()
        return RequestGlossary(data: items, cues: cues, negationAfterRequest: negationAfter)
    }
}

/// One kind of data a reply must not ask for, with why, the words for it, the words that make asking safe and,
/// for data that is only unsafe somewhere, the words naming where ("in the comments").
package struct SensitiveData: Equatable, Sendable {
    package let id: String
    /// Why, by language.
    package let reason: [String: String]
    package let words: [String]
    package let unless: [String]
    package let places: [String]
    /// Payment cards, and the words that expose all of one beside it (a photo, both sides): together a noun.
    package let cards: [String]
    package let exposures: [String]

    package init(
        id: String, reason: [String: String], words: [String], unless: [String], places: [String], cards: [String],
        exposures: [String]
    ) {
        (self.id, self.reason, self.words, self.unless) = (id, reason, words, unless)
        (self.places, self.cards, self.exposures) = (places, cards, exposures)
    }
}
