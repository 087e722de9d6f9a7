/// The packs (`Locales/`) and glossaries (`Glossaries/`) compiled into the binary, so that `tactful` works
/// from any directory and when copied alone. The table itself is generated at build time by the `EmbedData`
/// plugin from the repository's files; nothing here is edited by hand per file.
public enum BuiltInData {
    /// Every embedded file's repository-relative path (`Locales/de.yml`), sorted.
    public static var paths: [String] { EmbeddedFiles.contents.keys.sorted() }

    /// The text of an embedded file, or nil when there is none at `path`.
    public static func text(at path: String) -> String? { EmbeddedFiles.contents[path] }

    /// The embedded files under a folder (`Locales`), sorted by path. Only the folder's paths are sorted: sorting
    /// every embedded path first cost 0.58M instructions, a tenth of a one-draft lint's set-up of the packs.
    public static func files(under folder: String) -> [(path: String, text: String)] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var files: [(path: String, text: String)] = []
        for (path, text) in EmbeddedFiles.contents where path.hasPrefix(prefix) { files.append((path, text)) }
        return files.sorted { $0.path < $1.path }
    }

    /// The node tree of an embedded YAML file, pre-parsed at build time in the compact text form that
    /// `PreparsedYAML` in TactfulLint reads; nil for other files and for YAML that does not parse.
    public static func preparsedYAML(at path: String) -> String? { EmbeddedFiles.preparsedYAML[path] }

    /// The number of capturing groups of a built-in pack's pattern-rule regex, compiled when the binary was built,
    /// keyed by case mode and pattern (`i:` or `c:`, then the pattern); nil for any other regex.
    public static func regexGroupCount(_ key: String) -> Int? {
        index(of: key, in: EmbeddedFiles.regexGroupCountKeys).map { EmbeddedFiles.regexGroupCounts[$0] }
    }

    /// The index of `key` among `keys`, sorted by their UTF-8 bytes: a binary search that hashes no key (a dictionary
    /// of long keys hashed every one when a run first looked one up).
    private static func index(of key: String, in keys: [StaticString]) -> Int? {
        var key = key
        return key.withUTF8 { key in
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                let order = keys[middle].withUTF8Buffer { compareBytes($0, key) }
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Negative, zero or positive as `left` orders before, as or after `right`, byte by byte (a prefix first).
    private static func compareBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        for (leftByte, rightByte) in zip(left, right) where leftByte != rightByte {
            return leftByte < rightByte ? -1 : 1
        }
        return left.count - right.count
    }

    /// The BMP Han characters a built-in `kind: script` rule's ICU transform (`Hans-Hant`) changes, found with ICU
    /// when the binary was built; nil for any other transform, and when the transform changes lengths.
    public static func changingHanCharacters(_ transform: String) -> String? {
        EmbeddedFiles.changingHanCharacters[transform]
    }

    /// `text` through the ICU transform `transform`, run when the binary was built for the strings of the built-in
    /// substitution rules that name it (`transliterate:`); nil for any other string.
    public static func transliteration(_ transform: String, of text: String) -> String? {
        EmbeddedFiles.transliterations[transform + "|" + text]
    }

    /// The currency names of a built-in market's locale (`de_Latn_DE`), read with ICU when the binary was built, in
    /// the text form `CurrencyNameReader.encode` writes; nil for any other locale.
    public static func currencyNames(_ localeIdentifier: String) -> String? {
        EmbeddedFiles.currencyNames[localeIdentifier]
    }

    /// The unit names of a built-in market's locale (`de_DE`, `de`, `de_Latn_DE`), read with ICU when the binary was
    /// built, in the text form `UnitNameReader.encode` writes; nil for any other locale.
    public static func unitNames(_ localeIdentifier: String) -> String? { EmbeddedFiles.unitNames[localeIdentifier] }

    /// The numbers in words of a built-in market's language (`de`) or English, read with ICU when the binary was
    /// built, in the text form `SpelledNumberReader.encode` writes; nil for any other language.
    public static func spelledNumbers(_ languageIdentifier: String) -> String? {
        EmbeddedFiles.spelledNumbers[languageIdentifier]
    }

    /// The Gregorian month names of a built-in market's maximal locale (`de_Latn_AT`), of `en` or of `zh_Hans`, read
    /// with ICU when the binary was built, in the text form `ICU.monthNamesText` writes; nil for any other locale.
    public static func monthNames(_ localeIdentifier: String) -> String? { EmbeddedFiles.monthNames[localeIdentifier] }

    /// The Han letters of the main exemplar set of `languageTag` (`ja`, `zh-Hans`, `zh-Hant`), read with ICU when the
    /// binary was built over the Han blocks `LiteralScripts` classes, as one string; nil for any other language.
    public static func hanExemplars(_ languageTag: String) -> String? { EmbeddedFiles.hanExemplars[languageTag] }

    /// The conventions of a built-in market's maximal locale (`de_Latn_DE`): measurement system, hour cycle, week,
    /// read with ICU when the binary was built, in the line form `RegionConventions.encoded` writes; nil for any
    /// other locale.
    public static func regionConventions(_ localeIdentifier: String) -> String? {
        EmbeddedFiles.regionConventions[localeIdentifier]
    }

    /// Whether ICU's word iterator for a built-in market's maximal locale (`en_Latn_US`) agrees with TactfulLint's
    /// ASCII word breaker on its probe text, checked when the binary was built; nil for any other locale.
    public static func asciiWordBreaksAgree(_ localeIdentifier: String) -> Bool? {
        EmbeddedFiles.asciiWordBreaks[localeIdentifier].map { $0 == "agree" }
    }

    /// Whether ICU's sentence iterator for a built-in market's maximal locale (`en_Latn_US`) agrees with TactfulLint's
    /// ASCII sentence breaker on its probe text, checked when the binary was built; nil for any other locale.
    public static func asciiSentenceBreaksAgree(_ localeIdentifier: String) -> Bool? {
        EmbeddedFiles.asciiSentenceBreaks[localeIdentifier].map { $0 == "agree" }
    }

    /// The occasions of the built-in holiday calendars, found when the binary was built by the code a test runs on the
    /// embedded calendars (`CalendarOccasionFinder`), in the text form `CalendarOccasion.encode` writes.
    public static var calendarOccasions: String { EmbeddedFiles.calendarOccasions }

    /// The occasion kind's names and greetings (`Glossaries/culture/occasions.yml` and the calendars' occasions),
    /// listed when the binary was built, in the text form `OccasionPhrase.encode` writes.
    public static var occasionPhrases: String { EmbeddedFiles.occasionPhrases }

    /// The law kind's cue words (`Glossaries/law/cues.yml`), read when the binary was built, in the two texts
    /// `LawCues.encoded` writes; nil when the file did not read.
    public static var lawCues: (texts: String, runs: String)? {
        guard let texts = EmbeddedFiles.lawCueTexts, let runs = EmbeddedFiles.lawCueRuns else { return nil }
        return (texts, runs)
    }

    /// What a run reads of the stance families (`Glossaries/phrasing/stances.yml`) beside their literals, written
    /// when the binary was built in the text form `StanceAdvice.encoded` writes; nil when the file did not read.
    public static var stanceAdvice: String? { EmbeddedFiles.stanceAdvice }

    /// The stance kind's literals compiled from the built-in families when the binary was built, in the three texts
    /// `StanceLiterals.encoded` writes; nil when the file did not read.
    public static var stanceLiterals: (texts: String, flags: String, roles: String)? {
        guard let texts = EmbeddedFiles.stanceLiteralTexts, let flags = EmbeddedFiles.stanceLiteralFlags,
            let roles = EmbeddedFiles.stanceLiteralRoles
        else { return nil }
        return (texts, flags, roles)
    }

    /// The request kind's literals compiled from `Glossaries/privacy/requests.yml` when the binary was built, in the
    /// four texts `RequestLiterals.encoded` writes; nil when the file did not read.
    public static var requestLiterals: (texts: String, flags: String, roles: String, items: String)? {
        guard let texts = EmbeddedFiles.requestLiteralTexts, let flags = EmbeddedFiles.requestLiteralFlags,
            let roles = EmbeddedFiles.requestLiteralRoles, let items = EmbeddedFiles.requestLiteralItems
        else { return nil }
        return (texts, flags, roles, items)
    }

    /// The word boundaries of each of the law kind's built-in cue words (`lawCues`), found by their scripts when the
    /// binary was built, a digit a word as `BoundedPhrases.encodedFlags` writes them; nil when the file did not read.
    public static var lawCueFlags: String? { EmbeddedFiles.lawCueFlags }

    /// The built-in packs' and glossaries' non-ASCII phrases folded for matching when the binary was built, in the
    /// text form `FoldedPhraseTable.encoded` writes.
    public static var foldedPhrases: String { EmbeddedFiles.foldedPhrases }

    /// The pairs a built-in substitution rule reads from the built-in glossary at `path` (column `from` wrong, `to`
    /// right), read when the binary was built, in the text form `GlossaryPair.encoded` writes; nil for any other
    /// glossary or columns.
    public static func glossaryPairs(_ path: String, from: String, to: String) -> String? {
        EmbeddedFiles.glossaryPairs[path + "|" + from + "|" + to]
    }

    /// The final pairs of a built-in substitution rule that reads a built-in glossary, worked out when the binary was
    /// built: their wrong and their right forms, each list joined as `SubstitutionPairs.encoded` joins it, for the
    /// rule's inputs named `key` as `SubstitutionPairs.key` names them; nil for any other rule.
    public static func substitutionPairs(_ key: String) -> (wrong: StaticString, right: StaticString)? {
        index(of: key, in: EmbeddedFiles.substitutionKeys).map {
            (EmbeddedFiles.substitutionWrong[$0], EmbeddedFiles.substitutionRight[$0])
        }
    }

    /// The tree of `Glossaries/culture/taboos.yml` with only the taboos of `region` (`BR`; the empty region: none),
    /// cut and pre-parsed when the binary was built, in the form `PreparsedYAML` in TactfulLint reads; nil for a
    /// region no taboo names, and when the file could not be cut.
    public static func taboos(ofRegion region: String) -> String? { EmbeddedFiles.taboosByRegion[region] }

    /// What `MarketTagCheck.check` made of a built-in pack's name (`de-AT`) when the binary was built, in the line
    /// form `MarketTagCheck.encode` writes; nil for any other tag, and for a name that is not a known tag.
    public static func checkedMarketTag(_ tag: String) -> String? { EmbeddedFiles.checkedMarketTags[tag] }
}
