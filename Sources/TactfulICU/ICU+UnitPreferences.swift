internal import CICU
import Synchronization

extension ICU {
    /// One entry of CLDR's `unitPreferenceData`: use `unit` for values of at least `threshold` of it.
    public struct UnitPreference: Hashable, Sendable {
        /// A CLDR unit identifier, possibly mixed (`centimeter`, `foot-and-inch`, `stone-and-pound`).
        public let unit: String
        /// The smallest value, in `unit` (its first part when mixed), for which this entry applies
        /// (CLDR `geq`, 1 by default).
        public let threshold: Double
        /// An ICU number skeleton CLDR attaches to the entry (`precision-increment/50`), or "".
        public let skeleton: String
    }

    /// CLDR's preferred units per quantity, usage and region, read from ICU's own `units` data.
    ///
    /// CLDR lists, for each `category/usage/region` (e.g. `length/person-height/US`), the units to try in order:
    /// the first whose converted value reaches its threshold wins, else the last one. Region `001` is the fallback.
    public enum UnitPreferences {
        /// The preferences for a quantity category (`length`), a usage (`road`) and a region (`DE`), falling back
        /// to usage `default` and region `001` as CLDR specifies; throws when ICU has no data for the category.
        public static func preferences(category: String, usage: String, region: String) throws(ICUError)
            -> [UnitPreference]
        {
            for candidateUsage in usage == "default" ? ["default"] : [usage, "default"] {
                for candidateRegion in [region, "001"] where !candidateRegion.isEmpty {
                    let found = remembered(path: [category, candidateUsage, candidateRegion])
                    if !found.isEmpty { return found }
                }
            }
            throw ICUError(
                code: 2, name: "U_MISSING_RESOURCE_ERROR", operation: "find unit preferences for \(category)")
        }

        /// The usages CLDR defines for a category (`length` → `default`, `person-height`, `road`, …).
        public static func usages(category: String) -> [String] {
            (try? withBundle(path: [category]) { bundle in
                (0..<icu_ures_getSize(bundle)).compactMap { index -> String? in
                    var status = U_ZERO_ERROR
                    let child = icu_ures_getByIndex(bundle, index, nil, &status)
                    defer { icu_ures_close(child) }
                    guard status.rawValue <= 0, let child, let key = icu_ures_getKey(child) else { return nil }
                    return String(cString: key)
                }
            }) ?? []
        }

        /// The preferences at `path`, read from ICU once per process: opening the `units` bundle takes ICU's
        /// global resource lock, which each unit a draft mentions took again (``read(path:)``).
        private static func remembered(path: [String]) -> [UnitPreference] {
            let key = path.joined(separator: "/")
            if let known = remembered.withLock({ $0[key] }) { return known }
            let found = read(path: path)
            remembered.withLock { if $0.count < rememberedLimit { $0[key] = found } }
            return found
        }

        /// How many paths ``remembered(path:)`` keeps (regions may come from requests).
        private static let rememberedLimit = 4096
        private static let remembered = Mutex<[String: [UnitPreference]]>([:])

        private static func read(path: [String]) -> [UnitPreference] {
            (try? withBundle(path: path) { list in
                (0..<icu_ures_getSize(list)).compactMap { index -> UnitPreference? in
                    var status = U_ZERO_ERROR
                    let entry = icu_ures_getByIndex(list, index, nil, &status)
                    defer { icu_ures_close(entry) }
                    guard status.rawValue <= 0, let entry, let unit = string(entry, "unit") else { return nil }
                    let threshold = string(entry, "geq").flatMap(Double.init) ?? 1
                    return UnitPreference(unit: unit, threshold: threshold, skeleton: string(entry, "skeleton") ?? "")
                }
            }) ?? []
        }

        /// Opens `units/unitPreferenceData/<path…>` and hands the innermost bundle to `body`.
        private static func withBundle<R>(path: [String], _ body: (OpaquePointer) -> R) throws(ICUError) -> R {
            var status = U_ZERO_ERROR
            var opened: [OpaquePointer] = []
            defer { opened.reversed().forEach { icu_ures_close($0) } }
            guard let root = icu_ures_openDirect(nil, "units", &status) else {
                throw ICUError(code: 2, name: "U_MISSING_RESOURCE_ERROR", operation: "open ICU's units data")
            }
            opened.append(root)
            for key in ["unitPreferenceData"] + path {
                guard let next = icu_ures_getByKey(opened[opened.count - 1], key, nil, &status) else { break }
                opened.append(next)
            }
            try ICU.check(status, "read unit preferences \(path.joined(separator: "/"))")
            return body(opened[opened.count - 1])
        }

        private static func string(_ entry: OpaquePointer, _ key: String) -> String? {
            var status = U_ZERO_ERROR
            var length: Int32 = 0
            guard let chars = icu_ures_getStringByKey(entry, key, &length, &status), status.rawValue <= 0 else {
                return nil
            }
            return ICU.string(utf16: UnsafeBufferPointer(start: chars, count: Int(length)))
        }
    }
}
