import TactfulRequests

/// The request kind's glossary, read when the binary is built by the same code a test runs on the embedded file
/// (``RequestGlossary/read(_:path:)``) and compiled into its literals (``RequestLiterals``): a run decodes them
/// instead of reading the tree of `requests.yml` and walking its 1,400 texts.
enum BuiltInRequests {
    static let path = "Glossaries/privacy/requests.yml"

    /// The literals of the embedded `requests.yml` (`texts`: embedded files by path); nil when the file is missing or
    /// does not read (a run then has no request rule, as when it read the file itself).
    static func literals(texts: [String: String]) -> RequestLiterals? {
        texts[path].flatMap { try? RequestGlossary.read($0, path: path) }.map(RequestLiterals.init)
    }
}
