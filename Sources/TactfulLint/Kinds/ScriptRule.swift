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
        do {
            _ = try ICU.Transliterator(id: transform)
        } catch {
            throw map.error(map.node("convert") ?? map.node, "unknown ICU transform '\(transform)'")
        }
        let entries = try map.strings("except")
        exceptCharacters = Set(entries.filter { $0.count == 1 }.compactMap(\.first))
        exceptWords = entries.filter { $0.count > 1 }.map { Array($0.utf16) }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        do {
            return try context.pool.withTransliterator(transform) { transliterator throws(ICUError) in
                findings(context, transliterator)
            }
        } catch {
            throw LintError(description: "rule \(info.id): \(error)")
        }
    }

    private func findings(_ context: LintContext, _ transliterator: ICU.Transliterator) -> [Finding] {
        let document = context.document
        var keptOffsets: Set<Int>?
        return document.words.compactMap { word in
            guard word.kind == .ideographic || word.kind == .letter,
                document.utf16[word.range].contains(where: Self.mayBeHan)
            else { return nil }
            let text = document.string(word.range)
            guard text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
                let converted = try? transliterator.transform(text), converted != text
            else { return nil }
            if keptOffsets == nil { keptOffsets = wordExceptionOffsets(in: document.utf16) }
            var offset = word.range.lowerBound
            var kept = "", changed = false
            for (original, new) in zip(text, converted) {
                let keep = original == new || exceptCharacters.contains(original)
                    || keptOffsets?.contains(offset) == true
                changed = changed || !keep
                kept.append(keep ? original : new)
                offset += original.utf16.count
            }
            guard changed else { return nil }
            return context.finding(info, word.range, fixes: [
                Fix(replacement: kept, description: "Use “\(kept)”", safe: false)
            ])
        }
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
