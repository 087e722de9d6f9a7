// libFuzzer harnesses for the parsers and the linter. Built by Scripts/fuzz.sh with
//   -sanitize=fuzzer,address -D FUZZING
// where libFuzzer supplies `main`; the target is chosen by TACTFUL_FUZZ_TARGET (lint, packs, schedule, drafts).
// Without FUZZING this is a replay tool: `tactful-fuzz TARGET FILE...` runs saved inputs (crash reproducers).
import Foundation
import TactfulConvert
import TactfulLint
import TactfulMarkets
import TactfulTime

enum Harness {
    static let markets = ["en-US", "de-DE", "ja-JP", "zh-TW", "ko-KR", "ar-SA", "th-TH", "fr-FR"]

    /// Linters compiled once per process; the fuzzer calls `run` millions of times.
    static let linters: [Linter] = {
        guard let library = try? PackLibrary() else { return [] }
        let resolver = MarketResolver(packs: library.names)
        return markets.compactMap { tag in
            (try? resolver.resolve(tag)).flatMap { try? RuleSet(market: $0, library: library) }.map { Linter(ruleSet: $0) }
        }
    }()

    /// Feeds one input to one target; every error is an expected outcome, only crashes and hangs are findings.
    static func run(_ target: String, _ bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        switch target {
        case "lint":
            guard !linters.isEmpty else { return }
            let linter = linters[Int(first) % linters.count]
            let findings = (try? linter.lint(text, channel: Channel.allCases[Int(first) % Channel.allCases.count])) ?? []
            let units = text.utf16.count
            for finding in findings { precondition(finding.span.upperBound <= units && finding.line >= 1, "bad span") }
            _ = FixApplier.apply(findings, to: text, mode: .unsafe)
        case "packs":
            _ = try? PackLibrary.parse(yaml: text, path: "fuzz.yml")
        case "schedule":
            if let schedule = try? Schedule(yaml: text, path: "fuzz.yml") {
                let clock = BusinessClock(schedule: schedule)
                _ = try? clock.due(from: Date(timeIntervalSince1970: 1_780_000_000), target: Double(first) * 3600)
            }
        case "drafts":
            _ = try? QuantityParser.parse(text)
            _ = DraftConverter(locale: linters.first?.ruleSet.market.locale ?? .root, currency: "EUR", rates: nil).convert(text)
        default:
            fatalError("unknown fuzz target '\(target)' (lint, packs, schedule, drafts)")
        }
    }
}

#if FUZZING
private let target = ProcessInfo.processInfo.environment["TACTFUL_FUZZ_TARGET"] ?? "lint"

/// libFuzzer's entry for driving the fuzzing loop from our own `main` (SwiftPM names the executable's entry point).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The callback libFuzzer calls with each input (also exported under the name libFuzzer's own `main` expects).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Harness.run(target, UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, fuzzOne))
    }
}
#else
@main
struct Replay {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first else {
            print("usage: tactful-fuzz TARGET FILE...   (targets: lint, packs, schedule, drafts)")
            return
        }
        for path in arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            data.withUnsafeBytes { Harness.run(target, $0) }
            print("ok \(path)")
        }
    }
}
#endif
