internal import CICU

extension ICU {
    /// A locale identifier validated by ICU, kept in ICU's canonical form (`de_AT`, `zh_Hant_HK`).
    ///
    /// Created from a BCP-47 tag (`de-AT`) or ICU's underscore form (`pt_BR`); every derived value (likely
    /// subtags, minimal form, parent, display name) comes from ICU's CLDR data.
    public struct LocaleID: Hashable, Sendable, CustomStringConvertible {
        /// ICU's identifier, e.g. `zh_Hant_HK`; empty for the root locale.
        public let identifier: String

        /// The root locale, the last link of every fallback chain.
        public static let root = LocaleID(trusted: "")

        init(trusted identifier: String) { self.identifier = identifier }

        /// Parses a BCP-47 tag or ICU locale ID; throws when any part of it is not well-formed.
        public init(tag: String) throws(ICUError) {
            let bcp47 = tag.replacingUnderscores()
            guard !bcp47.isEmpty, bcp47.utf8.count < 200, bcp47.allSatisfy({ $0.isASCII }) else {
                throw ICUError(code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR", operation: "parse the locale tag '\(tag)'")
            }
            var parsed: Int32 = 0
            let id = try ICU.fillChars("parse the locale tag '\(tag)'") { buffer, capacity, status in
                icu_uloc_forLanguageTag(bcp47, buffer, capacity, &parsed, &status)
            }
            guard Int(parsed) == bcp47.utf8.count, !id.isEmpty else {
                throw ICUError(code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR", operation: "parse the locale tag '\(tag)'")
            }
            self.identifier = id
        }

        /// The BCP-47 form, e.g. `zh-Hant-HK`; `und` for root.
        public var languageTag: String {
            (try? ICU.fillChars("format a language tag") { icu_uloc_toLanguageTag(identifier, $0, $1, 0, &$2) })
                ?? "und"
        }

        /// The language subtag (`de`), empty for root.
        public var language: String {
            (try? ICU.fillChars("read the language") { icu_uloc_getLanguage(identifier, $0, $1, &$2) }) ?? ""
        }

        /// The script subtag (`Hant`), empty when the identifier has none.
        public var script: String {
            (try? ICU.fillChars("read the script") { icu_uloc_getScript(identifier, $0, $1, &$2) }) ?? ""
        }

        /// The region subtag (`AT`, `001`), empty when the identifier has none.
        public var region: String {
            (try? ICU.fillChars("read the region") { icu_uloc_getCountry(identifier, $0, $1, &$2) }) ?? ""
        }

        /// The identifier with likely subtags added (CLDR likelySubtags): `zh_HK` → `zh_Hant_HK`.
        public func maximized() throws(ICUError) -> LocaleID {
            LocaleID(
                trusted: try ICU.fillChars("add likely subtags to \(identifier)") {
                    icu_uloc_addLikelySubtags(identifier, $0, $1, &$2)
                })
        }

        /// The shortest identifier with the same likely subtags: `de_Latn_DE` → `de`.
        public func minimized() throws(ICUError) -> LocaleID {
            LocaleID(
                trusted: try ICU.fillChars("minimize \(identifier)") {
                    icu_uloc_minimizeSubtags(identifier, $0, $1, &$2)
                })
        }

        /// The next locale in ICU's resource fallback: CLDR's explicit parent where the data names one
        /// (`en_IN` → `en_001`, `zh_Hant` → root), else the identifier with its last subtag removed.
        /// Nil for root.
        public func parent() -> LocaleID? {
            guard !identifier.isEmpty else { return nil }
            if let explicit = explicitParent() { return LocaleID(trusted: explicit == "root" ? "" : explicit) }
            let truncated =
                (try? ICU.fillChars("find the parent of \(identifier)") {
                    icu_uloc_getParent(identifier, $0, $1, &$2)
                }) ?? ""
            return LocaleID(trusted: truncated == "root" ? "" : truncated)
        }

        /// The whole fallback chain from this identifier to root, inclusive.
        public func fallbackChain() -> [LocaleID] {
            var chain = [self]
            while let next = chain.last?.parent(), chain.count < 16 { chain.append(next) }
            return chain
        }

        /// The locale's name in the UI language `displayLocale`, e.g. "Deutsch (Österreich)".
        public func displayName(in displayLocale: LocaleID) -> String {
            (try? ICU.fillUTF16("display \(identifier)") {
                icu_uloc_getDisplayName(identifier, displayLocale.identifier, $0, $1, &$2)
            }) ?? identifier
        }

        /// The name of the locale's region in the UI language `displayLocale`, e.g. "Germany", "德国"; empty when
        /// the locale has no region.
        public func regionName(in displayLocale: LocaleID) -> String {
            (try? ICU.fillUTF16("display the region of \(identifier)") {
                icu_uloc_getDisplayCountry(identifier, displayLocale.identifier, $0, $1, &$2)
            }) ?? region
        }

        /// Every locale ICU has data for, as identifiers.
        public static func available() -> [LocaleID] {
            (0..<icu_uloc_countAvailable()).map { LocaleID(trusted: ICU.string(icu_uloc_getAvailable($0))) }
        }

        /// The identifier, as ICU spells it.
        public var description: String { identifier.isEmpty ? "root" : identifier }

        private func explicitParent() -> String? {
            var status = U_ZERO_ERROR
            guard let bundle = icu_ures_openDirect(nil, identifier, &status), status.rawValue <= 0 else { return nil }
            defer { icu_ures_close(bundle) }
            var length: Int32 = 0
            guard let chars = icu_ures_getStringByKey(bundle, "%%Parent", &length, &status), status.rawValue <= 0 else {
                return nil
            }
            return ICU.string(utf16: UnsafeBufferPointer(start: chars, count: Int(length)))
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(self.map { $0 == "_" ? "-" : $0 })
    }
}
