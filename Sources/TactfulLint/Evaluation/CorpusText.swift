import Foundation
import Yams

/// One labelled text of an evaluation corpus (`Tests/Corpus/README.md`): a reply, its market and channel, and what a
/// support lead marked in it.
public struct CorpusText: Sendable {
    /// The path relative to the corpus root, e.g. `real/de-DE/003-refund.yml`; it decides the split.
    public let path: String
    /// `real` or `blind` (the first folder of `path`).
    public let corpus: String
    /// The market tag the reply is for.
    public let market: String
    /// Where the reply is sent.
    public let channel: Channel
    /// The reply.
    public let text: String
    /// True for a template meant to be filled in.
    public let isTemplate: Bool
    /// The problems a lead marked, with their UTF-16 spans in `text`.
    public let problems: [LabelledProblem]
    /// Every unfilled placeholder's UTF-16 span in `text` (each occurrence).
    public let placeholders: [Range<Int>]
    /// `dev` or `held-out`, fixed by the path (see `CorpusSplit`).
    public var split: CorpusSplit { CorpusSplit(path: path) }
    /// A text with nothing to mark.
    public var isClean: Bool { problems.isEmpty && placeholders.isEmpty }
}

/// A problem a support lead marked: its category and the UTF-16 span of the text that holds it.
public struct LabelledProblem: Sendable, Hashable {
    /// The category of the problem.
    public let category: Category
    /// Where it is, in UTF-16 units of the text.
    public let span: Range<Int>
}

/// The half of a corpus a text belongs to, once and for all: FNV-1a (64-bit) of `tactful-corpus-v1:` + its relative
/// path, even → `dev`, odd → `held-out`; a file named `dev-*.yml` is in `dev` whatever its hash (texts added to tune
/// on, which leave the held-out half as it was). Tune on `dev`; report `held-out`.
public enum CorpusSplit: String, Sendable, CaseIterable, Codable {
    case dev, heldOut = "held-out"

    /// The split of the text at `path` (relative to the corpus root, `/`-separated).
    public init(path: String) {
        if path.split(separator: "/").last?.hasPrefix("dev-") == true {
            self = .dev
            return
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "tactful-corpus-v1:\(path)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self = hash & 1 == 0 ? .dev : .heldOut
    }
}

/// A corpus file that does not follow the format.
public struct CorpusError: Error, CustomStringConvertible {
    /// `path: what is wrong`.
    public let description: String
}

extension CorpusText {
    /// Every `*.yml` text under `root` (the folder holding `real/` and `blind/`), sorted by path.
    public static func load(root: URL) throws -> [CorpusText] {
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "yml" } ?? []
        let rootPath = root.standardizedFileURL.path
        return try files.map { url -> CorpusText in
            let full = url.standardizedFileURL.path
            let relative =
                full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            return try parse(String(contentsOf: url, encoding: .utf8), path: relative)
        }.sorted { $0.path < $1.path }
    }

    /// Parses one corpus file; `path` is relative to the corpus root.
    public static func parse(_ yaml: String, path: String) throws -> CorpusText {
        func fail(_ message: String) -> CorpusError { CorpusError(description: "\(path): \(message)") }
        let loaded: Any?
        do { loaded = try Yams.load(yaml: yaml) } catch { throw fail("does not parse: \(error)") }
        guard let root = loaded as? [String: Any] else { throw fail("not a mapping") }
        guard let text = root["text"] as? String, !text.isEmpty else { throw fail("no text") }
        guard let market = root["market"] as? String else { throw fail("no market") }
        guard let channel = Channel(rawValue: root["channel"] as? String ?? "") else { throw fail("unknown channel") }
        var problems: [LabelledProblem] = []
        for entry in root["problems"] as? [[String: Any]] ?? [] {
            guard let category = Category(rawValue: entry["category"] as? String ?? "") else {
                throw fail("unknown category \(entry["category"] ?? "nil")")
            }
            guard let match = entry["match"] as? String,
                let span = occurrences(of: match, in: text).dropFirst(max((entry["occurrence"] as? Int ?? 1) - 1, 0))
                    .first
            else { throw fail("match not in text: \(entry["match"] ?? "nil")") }
            problems.append(LabelledProblem(category: category, span: span))
        }
        var placeholders: [Range<Int>] = []
        for placeholder in root["placeholders"] as? [String] ?? [] {
            let found = occurrences(of: placeholder, in: text)
            guard !found.isEmpty else { throw fail("placeholder not in text: \(placeholder)") }
            placeholders += found
        }
        return CorpusText(
            path: path, corpus: String(path.split(separator: "/").first ?? ""), market: market,
            channel: channel, text: text, isTemplate: root["template"] as? Bool ?? false,
            problems: problems, placeholders: Array(Set(placeholders)).sorted { $0.lowerBound < $1.lowerBound })
    }

    /// The UTF-16 ranges of every occurrence of `needle` in `text`.
    static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        Array(text.utf16).ranges(of: Array(needle.utf16))
    }
}
