import Foundation
import TactfulLint
import TactfulMarkets

/// Replies in the market's own language, built from its packs: the clean replies as written (a quarter of the
/// corpus), and bodies of four to nine example sentences in paragraphs of up to three, one sentence in five taken
/// from the rules' trigger examples. Root examples (English) are used for English markets only.
func marketCorpus(replies: Int, ruleSet: RuleSet, library: PackLibrary) -> [String] {
    var random = SplitMix64(state: 42)
    let english = ruleSet.market.locale.language == "en"
    let infos = ruleSet.ruleInfos.filter { english || !$0.id.hasPrefix("root.") }
    let clean = infos.flatMap(\.clean).filter { !$0.contains("\n") }
    let triggers = infos.flatMap(\.triggers).map { $0.replacingOccurrences(of: "↓", with: "") }.filter {
        !$0.contains("\n")
    }
    let wholeReplies = ruleSet.market.chain.flatMap { (try? library.pack($0))??.cleanReplies ?? [] }
    return (0..<replies).map { _ in
        if !wholeReplies.isEmpty, random.next() % 4 == 0 { return random.pick(wholeReplies) + "\n" }
        var paragraphs: [String] = [], sentences: [String] = []
        for _ in 0..<(4 + Int(random.next() % 6)) {
            sentences.append(random.next() % 5 == 0 ? random.pick(triggers) : random.pick(clean))
            if sentences.count == 3 { paragraphs.append(sentences.joined(separator: " ")); sentences = [] }
        }
        if !sentences.isEmpty { paragraphs.append(sentences.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}

/// English frame sentences with the market's phrases spliced into one in five (the first corpus).
func englishCorpus(replies: Int, phrases: [String]) -> [String] {
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
            if !phrases.isEmpty, random.next() % 5 == 0 {
                sentence = "Sorry, \(random.pick(phrases)) " + sentence.lowercased()
            }
            body.append(sentence)
        }
        return "\(random.pick(greetings))\n\n\(body.joined(separator: " "))\n\n\(random.pick(signoffs))\n"
    }
}

func benchmarkLint(_ arguments: Arguments) throws -> Row {
    let market = try MarketResolver().resolve(arguments.market)
    let library = try PackLibrary()
    let ruleSet = try RuleSet(market: market, library: library)
    print(
        "lint throughput, market \(market.tag): \(ruleSet.ruleInfos.count) rules, \(ruleSet.literalPhrases.count) literal phrases"
    )
    // Sorted, then 200 taken evenly: the same phrases in every process (a rule's literals may come out of a
    // dictionary, whose order changes from one process to the next).
    let ascii = Set(ruleSet.literalPhrases.filter { $0.unicodeScalars.allSatisfy { $0.isASCII } && $0.count > 2 })
        .sorted()
    let phrases = stride(from: 0, to: ascii.count, by: max(1, ascii.count / 200)).prefix(200).map { ascii[$0] }
    let corpora = arguments.corpus == "both" ? ["english", "examples"] : [arguments.corpus]
    let figures = try corpora.map { name in
        var replies =
            name == "english"
            ? englishCorpus(replies: arguments.replies, phrases: phrases)
            : marketCorpus(replies: arguments.replies, ruleSet: ruleSet, library: library)
        // `--corpus-file F`: the corpus is read from F-<name> when it exists, else generated and written there, so
        // that two builds (before and after a change) lint the very same replies.
        if let base = arguments.corpusFile {
            let path = "\(base)-\(market.tag)-\(name)"
            if let saved = try? String(contentsOfFile: path, encoding: .utf8) {
                replies = saved.split(separator: "\u{1E}", omittingEmptySubsequences: false).map(String.init)
            } else {
                try replies.joined(separator: "\u{1E}").write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        let figure = try measureLint(replies, corpus: name, ruleSet: ruleSet, library: library)
        if arguments.perRule { try measureEachRule(replies, ruleSet: ruleSet, library: library) }
        return figure
    }
    return Row(
        benchmark: "lint",
        figure: figures.map { String(format: "%.1f MB/s (%@)", $0.tactful, $0.corpus) }
            .joined(separator: ", ") + " \(market.tag), 1 core",
        baseline: "rg -i -w -F -f: " + figures.map { String(format: "%.1f MB/s", $0.rg) }.joined(separator: ", "),
        target: "≥ 20 MB/s, within 10× of rg")
}

/// Lints `replies` with the market's rules and with none (the floor), and runs ripgrep over the same text with
/// the rules' literal phrases; prints the figures and returns the MB/s of tactful and of rg.
func measureLint(_ replies: [String], corpus: String, ruleSet: RuleSet, library: PackLibrary) throws
    -> (corpus: String, tactful: Double, rg: Double)
{
    let linter = Linter(ruleSet: ruleSet)
    let bytes = replies.reduce(0) { $0 + $1.utf8.count }
    var findings = 0
    _ = try linter.lint(replies[0])  // warm up caches
    for reply in replies { findings += try linter.lint(reply).count }
    // Best of three passes: the machine is shared (a VM), and the fastest pass is the one least disturbed.
    let lintTime = try (0..<3).map { _ in try cpuSeconds { for reply in replies { _ = try linter.lint(reply) } } }
        .min()!
    // The floor: the same drafts prepared (words, folding, scopes, suppressions) with no rule to run.
    let bare = Linter(ruleSet: try RuleSet(market: ruleSet.market, library: library, keep: { _ in false }))
    let floorTime = try (0..<3).map { _ in try cpuSeconds { for reply in replies { _ = try bare.lint(reply) } } }.min()!

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpusFile = folder.appendingPathComponent("corpus.txt"),
        phraseFile = folder.appendingPathComponent("phrases.txt")
    try replies.joined().write(to: corpusFile, atomically: true, encoding: .utf8)
    try ruleSet.literalPhrases.joined(separator: "\n").write(to: phraseFile, atomically: true, encoding: .utf8)
    var rgTime = Double.nan
    if let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first(where: FileManager.default.isExecutableFile) {
        rgTime = try (0..<3).map { _ in
            try measureProcess(rg, ["-i", "-w", "-F", "-c", "-j1", "-f", phraseFile.path, corpusFile.path]).cpuSeconds
        }.min()!
    }
    let megabytes = Double(bytes) / 1_000_000
    print("  corpus \(corpus): \(replies.count) replies, \(String(format: "%.1f", megabytes)) MB, \(findings) findings")
    print(
        String(
            format: "    tactful lint (1 core)        %8.1f MB/s  (%.2f s CPU, best of 3)", megabytes / lintTime,
            lintTime))
    print(
        String(
            format: "    preparation only (no rules)  %8.1f MB/s  (%.2f s CPU, best of 3)", megabytes / floorTime,
            floorTime))
    print(
        String(
            format: "    baseline rg -i -w -F -f -j1  %8.1f MB/s  (%.2f s CPU, whole process, best of 3)",
            megabytes / rgTime, rgTime))
    print(String(format: "    ratio rg / tactful           %8.1f×", lintTime / rgTime))
    return (corpus, megabytes / lintTime, megabytes / rgTime)
}

/// Times each rule alone over `replies` (best of three, CPU), minus the preparation floor, and prints the ten most
/// costly: where a slower lint comes from.
func measureEachRule(_ replies: [String], ruleSet: RuleSet, library: PackLibrary) throws {
    func time(_ keep: @escaping (RuleInfo) -> Bool) throws -> Double {
        let linter = Linter(ruleSet: try RuleSet(market: ruleSet.market, library: library, keep: keep))
        _ = try linter.lint(replies[0])
        return try (0..<3).map { _ in try cpuSeconds { for reply in replies { _ = try linter.lint(reply) } } }.min()!
    }
    let floor = try time { _ in false }
    let costs = try ruleSet.ruleInfos.map { info in (info.id, try time { $0.id == info.id } - floor) }
    print("    most costly rules alone (CPU s above the floor of \(String(format: "%.2f", floor)) s):")
    for (id, cost) in costs.sorted(by: { $0.1 > $1.1 }).prefix(10) {
        print(String(format: "      %6.3f  %@", cost, id))
    }
}
