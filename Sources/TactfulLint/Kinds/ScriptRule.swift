import TactfulData
import TactfulICU

/// `kind: script` — Han characters of the wrong script for the market: Simplified characters in a reply to a
/// Taiwan or Hong Kong customer (or the reverse). Each Han word is converted with ICU's transliterator
/// (`Hans-Hant`); a word that changes is a finding whose fix is the converted word.
///
/// ```yaml
/// convert: Hans-Hant
/// except: [台, 佣金]    # characters, or words, valid in the target script that the transliterator still changes
/// ```
///
/// A one-character entry is kept wherever it occurs. A longer entry is a word: its characters are kept only where
/// the whole word occurs (佣金 stays, while 佣 in 女佣 is still converted to 傭), so a word exception never hides
/// the same character in another word.
struct ScriptRule: RuleKind {
    let info: RuleInfo
    let transform: String
    let exceptCharacters: Set<Character>
    let exceptWords: [[UInt16]]

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        transform = try map.string("convert")
        // A built-in pack's transform was opened when the binary was built (its table is there): opening it here
        // would load ICU's transliterator registry for every Chinese lint.
        if BuiltInData.changingHanCharacters(transform) == nil {
            do {
                _ = try ICU.Transliterator(id: transform)
            } catch {
                throw map.error(map.node("convert") ?? map.node, "unknown ICU transform '\(transform)'")
            }
        }
        let entries = try map.strings("except")
        exceptCharacters = Set(entries.filter { $0.count == 1 }.compactMap(\.first))
        exceptWords = entries.filter { $0.count > 1 }.map { Array($0.utf16) }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let document = context.document
        guard document.utf16.contains(where: Self.mayBeHan) else { return [] }
        do {
            let changing = try changingCharacters(context.pool)
            // The transliterator is opened only for a text with a word it may change.
            let candidates = document.words.filter { word in
                (word.kind == .ideographic || word.kind == .letter)
                    && document.utf16[word.range].contains(where: { Self.mayBeHan($0) && changing.mayChange($0) })
            }
            guard !candidates.isEmpty else { return [] }
            return try context.pool.withTransliterator(transform) { transliterator throws(ICUError) in
                findings(context, candidates, transliterator)
            }
        } catch {
            throw LintError(description: "rule \(info.id): \(error)")
        }
    }

    private func findings(_ context: LintContext, _ candidates: [ICU.Segment], _ transliterator: ICU.Transliterator)
        -> [Finding]
    {
        let document = context.document
        var keptOffsets: Set<Int>?
        let words = candidates.compactMap { word -> Finding? in
            let text = document.string(word.range)
            guard text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
                let converted = try? transliterator.transform(text), converted != text
            else { return nil }
            if keptOffsets == nil { keptOffsets = wordExceptionOffsets(in: document.utf16) }
            var offset = word.range.lowerBound
            var kept = "", changed = false
            for (original, new) in zip(text, converted) {
                let keep =
                    original == new || exceptCharacters.contains(original)
                    || keptOffsets?.contains(offset) == true
                changed = changed || !keep
                kept.append(keep ? original : new)
                offset += original.utf16.count
            }
            guard changed else { return nil }
            return context.finding(
                info, word.range,
                fixes: [
                    Fix(replacement: kept, description: "Use “\(kept)”", safe: false)
                ])
        }
        // A run of converted words (separated by at most a few characters, no sentence end or line break) is one
        // finding with one fix for the run.
        return FindingRuns.merge(words, in: document) { gap in
            gap.utf16.count <= 4 && !gap.contains(where: { "\n\r。！？.!?".contains($0) })
        }
    }

    /// The characters the transform changes: a built-in transform's from the table made when the binary was built
    /// (`BuiltInData.changingHanCharacters`, the same computation), any other's computed once per pool with ICU.
    private func changingCharacters(_ pool: ICUPool) throws(ICUError) -> ChangingCharacters {
        if let built = BuiltInData.changingHanCharacters(transform) {
            return pool.fact("script-changes|\(transform)") { ChangingCharacters(changing: built) }
        }
        return try pool.withTransliterator(transform) { transliterator in
            pool.fact("script-changes|\(transform)") { Self.changingCharacters(transliterator) }
        }
    }

    /// The Han blocks whose characters are converted to find the changing ones (tactful-embed's `TransformTables`
    /// converts the same blocks at build time; a test compares the two).
    static let hanBlocks: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    /// The BMP Han characters the transform changes on their own, found with one ICU call over all of them (ICU's
    /// transliterator runs at a few MB/s, so calling it on every Han word of every reply dominated Chinese lint
    /// time). Words holding none of them are passed; the others are converted whole, as before. When the
    /// transform fails or changes lengths (characters no longer line up), every character counts as changing.
    static func changingCharacters(_ transliterator: ICU.Transliterator) -> ChangingCharacters {
        let units = hanBlocks.flatMap { Array($0) }
        guard let converted = try? transliterator.transform(String(decoding: units, as: UTF16.self)),
            converted.utf16.count == units.count
        else { return ChangingCharacters(flags: [Bool](repeating: true, count: 65_536)) }
        var flags = [Bool](repeating: false, count: 65_536)
        for (unit, new) in zip(units, converted.utf16) where unit != new { flags[Int(unit)] = true }
        return ChangingCharacters(flags: flags)
    }

    /// The UTF-16 offsets of every character inside an occurrence of an `except` word.
    private func wordExceptionOffsets(in utf16: [UInt16]) -> Set<Int> {
        var offsets: Set<Int> = []
        for word in exceptWords where word.count <= utf16.count {
            for start in 0...(utf16.count - word.count) where utf16[start] == word[0] {
                let span = start..<(start + word.count)
                if utf16[span].elementsEqual(word) { offsets.formUnion(span) }
            }
        }
        return offsets
    }

    /// False for UTF-16 units below the CJK blocks (U+2E80 on), so Latin words are skipped without a string; Han
    /// outside the BMP is in surrogate pairs, which pass.
    private static func mayBeHan(_ unit: UInt16) -> Bool { unit >= 0x2E80 }
}

/// Which BMP characters a script transform changes (a 64K-entry table); surrogates (Han outside the BMP) are
/// always "maybe".
struct ChangingCharacters: Sendable {
    let flags: [Bool]

    init(flags: [Bool]) { self.flags = flags }

    /// The table of the characters of `changing` (UTF-16 units).
    init(changing: String) {
        var flags = [Bool](repeating: false, count: 65_536)
        for unit in changing.utf16 { flags[Int(unit)] = true }
        self.flags = flags
    }

    func mayChange(_ unit: UInt16) -> Bool {
        flags[Int(unit)] || UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit)
    }
}
