import TactfulData
import TactfulICU

/// An ICU transform of many strings, read first from the transforms run when the binary was built
/// (`BuiltInData.transliteration`, the built-in substitution rules' glossaries): the transliterator is opened only
/// for a string not found there (opening ICU's first one loads its whole registry, ~190M instructions).
struct Transliteration {
    /// The ICU transform ID (`Hant-Hans`).
    let id: String
    private var transliterator: ICU.Transliterator?

    /// Opens the transform `id` now unless the built-in tables know it (they hold its transform of the empty
    /// string); throws for an unknown ID.
    init(id: String) throws(ICUError) {
        self.id = id
        if BuiltInData.transliteration(id, of: "") == nil { transliterator = try ICU.Transliterator(id: id) }
    }

    /// `text` transformed, as ICU's transliterator gives it.
    mutating func transform(_ text: String) throws(ICUError) -> String {
        if let built = BuiltInData.transliteration(id, of: text) { return built }
        if let transliterator { return try transliterator.transform(text) }
        let opened = try ICU.Transliterator(id: id)
        transliterator = opened
        return try opened.transform(text)
    }
}
