import Foundation

/// A file result's reply language: given, or detected from the text the first time it is read. A report that never
/// shows it (the text format) never detects it: telling Simplified from Traditional Chinese opens two ICU
/// transliterators, a third of a one-draft Chinese lint.
final class ReplyLanguage: @unchecked Sendable {  // `detected` is guarded by `lock`
    private let text: String
    private let lock = NSLock()
    private var detected: String??

    /// A language already known (nil: none).
    init(known: String?) {
        text = ""
        detected = .some(known)
    }

    /// The language of `text`'s own lines, detected on first use (``LanguageDetector/replyLanguage(_:)``).
    init(detectingIn text: String) {
        self.text = text
        detected = nil
    }

    /// The language, detected once.
    var value: String? {
        lock.withLock {
            if let detected { return detected }
            let language = LanguageDetector.replyLanguage(text)
            detected = .some(language)
            return language
        }
    }
}
