import Synchronization

extension ICU.NumberFormatter {
    /// How many skeleton and locale pairs ``shared(skeleton:locale:)`` keeps (skeletons may come from requests).
    static let sharedLimit = 4096

    /// The process's formatter for `skeleton` in `locale`, built on first use and then shared (formatting is
    /// thread-safe). Building one loads the locale's number symbols under ICU's global resource lock, and ICU
    /// builds the format pipeline again on each of a new formatter's first calls: a formatter made per conversion
    /// held up the other thread of `tactful lint --jobs 2` once or twice per draft.
    public static func shared(skeleton: String, locale: ICU.LocaleID) throws(ICUError) -> ICU.NumberFormatter {
        let key = "\(skeleton)|\(locale.identifier)"
        if let known = sharedFormatters.withLock({ $0[key] }) { return known }
        let made = try ICU.NumberFormatter(skeleton: skeleton, locale: locale)
        return sharedFormatters.withLock { formatters in
            if let known = formatters[key] { return known }
            if formatters.count < sharedLimit { formatters[key] = made }
            return made
        }
    }
}

private let sharedFormatters = Mutex<[String: ICU.NumberFormatter]>([:])
