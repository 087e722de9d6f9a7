import TactfulICU

/// `kind: script` — Han characters of the wrong script for the market: Simplified characters in a reply to a
/// Taiwan or Hong Kong customer (or the reverse). Each Han word is converted with ICU's transliterator
/// (`Hans-Hant`); a word that changes is a finding whose fix is the converted word.
///
/// ```yaml
/// convert: Hans-Hant
/// except: [台]          # characters valid in the target script that the transliterator still changes
/// ```
struct ScriptRule: RuleKind {
    let info: RuleInfo
    let transform: String
    let except: Set<Character>

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        transform = try map.string("convert")
        do {
            _ = try ICU.Transliterator(id: transform)
        } catch {
            throw map.error(map.node("convert") ?? map.node, "unknown ICU transform '\(transform)'")
        }
        except = Set(try map.strings("except").flatMap { Array($0) })
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
        return document.words.compactMap { word in
            guard word.kind == .ideographic || word.kind == .letter,
                document.utf16[word.range].contains(where: Self.mayBeHan)
            else { return nil }
            let text = document.string(word.range)
            guard text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
                let converted = try? transliterator.transform(text), converted != text
            else { return nil }
            let changed = zip(text, converted).contains { original, new in original != new && !except.contains(original) }
            guard changed else { return nil }
            let kept = String(zip(text, converted).map { except.contains($0.0) ? $0.0 : $0.1 })
            return context.finding(info, word.range, fixes: [
                Fix(replacement: kept, description: "Use “\(kept)”", safe: false)
            ])
        }
    }

    /// False for UTF-16 units below the CJK blocks (U+2E80 on), so Latin words are skipped without a string; Han
    /// outside the BMP is in surrogate pairs, which pass.
    private static func mayBeHan(_ unit: UInt16) -> Bool { unit >= 0x2E80 }
}
