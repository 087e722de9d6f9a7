import Foundation
import TactfulLint
import TactfulMarkets

/// Realistic support replies: mostly clean sentences, some with phrases the packs flag.
func corpus(replies: Int, phrases: [String]) -> [String] {
    var random = SplitMix64(state: 42)
    let clean = [
        "Thank you for contacting us about your order.", "Your parcel left our warehouse this morning.",
        "I have checked the tracking details for you.", "The courier expects to deliver it within three working days.",
        "If anything arrives damaged, please reply to this email and we will sort it out.",
        "I have refunded the shipping cost to your original payment method.",
        "You can choose a replacement in the same size or a different colour.",
        "Our returns portal will generate a prepaid label for you.", "Thanks again for your patience.",
    ]
    let greetings = ["Hi Anna,", "Hello James,", "Dear Ms Weber,", "Hi there,"]
    let signoffs = ["Best regards,\nMia\nCustomer Care", "Kind regards,\nLeo", "Many thanks,\nSupport Team"]
    return (0..<replies).map { _ in
        var body: [String] = []
        for _ in 0..<(4 + Int(random.next() % 6)) {
            var sentence = random.pick(clean)
            if !phrases.isEmpty, random.next() % 5 == 0 { sentence = "Sorry, \(random.pick(phrases)) " + sentence.lowercased() }
            body.append(sentence)
        }
        return "\(random.pick(greetings))\n\n\(body.joined(separator: " "))\n\n\(random.pick(signoffs))\n"
    }
}

func benchmarkLint(_ arguments: Arguments) throws -> Row {
    let market = try MarketResolver().resolve(arguments.market)
    let ruleSet = try RuleSet(market: market, library: try PackLibrary())
    let linter = Linter(ruleSet: ruleSet)
    let phrases = ruleSet.literalPhrases.filter { $0.unicodeScalars.allSatisfy { $0.isASCII } && $0.count > 2 }
    let replies = corpus(replies: arguments.replies, phrases: Array(phrases.prefix(200)))
    let bytes = replies.reduce(0) { $0 + $1.utf8.count }
    var findings = 0
    _ = try linter.lint(replies[0])  // warm up caches
    let lintTime = try cpuSeconds { for reply in replies { findings += try linter.lint(reply).count } }
    // The floor: the same drafts prepared (words, folding, scopes, suppressions) with no rule to run.
    let bare = Linter(ruleSet: try RuleSet(market: market, library: try PackLibrary(), keep: { _ in false }))
    let floorTime = try cpuSeconds { for reply in replies { _ = try bare.lint(reply) } }

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpusFile = folder.appendingPathComponent("corpus.txt"), phraseFile = folder.appendingPathComponent("phrases.txt")
    try replies.joined().write(to: corpusFile, atomically: true, encoding: .utf8)
    try ruleSet.literalPhrases.joined(separator: "\n").write(to: phraseFile, atomically: true, encoding: .utf8)
    var rgTime = Double.nan
    if let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first(where: FileManager.default.isExecutableFile) {
        rgTime = try measureProcess(rg, ["-i", "-w", "-F", "-c", "-j1", "-f", phraseFile.path, corpusFile.path]).cpuSeconds
    }
    let megabytes = Double(bytes) / 1_000_000
    print("lint throughput, market \(market.tag): \(ruleSet.ruleInfos.count) rules, \(ruleSet.literalPhrases.count) literal phrases")
    print("  corpus: \(replies.count) replies, \(String(format: "%.1f", megabytes)) MB, \(findings) findings")
    print(String(format: "  tactful lint (1 core)        %8.1f MB/s  (%.2f s CPU)", megabytes / lintTime, lintTime))
    print(String(format: "  preparation only (no rules)  %8.1f MB/s  (%.2f s CPU)", megabytes / floorTime, floorTime))
    print(String(format: "  baseline rg -i -w -F -f -j1  %8.1f MB/s  (%.2f s CPU)", megabytes / rgTime, rgTime))
    print(String(format: "  ratio rg / tactful           %8.1f×", (megabytes / rgTime) / (megabytes / lintTime)))
    return Row(benchmark: "lint", figure: String(format: "%.1f MB/s (%@, 1 core)", megabytes / lintTime, market.tag),
               baseline: String(format: "rg -i -w -F -f: %.1f MB/s", megabytes / rgTime),
               target: "≥ 20 MB/s, within 10× of rg")
}

