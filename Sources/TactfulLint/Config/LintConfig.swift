import Foundation
import TactfulTime
import TactfulYAML

/// A `.tactful.yml` config: which market and channel apply to which paths, rules switched off or re-levelled,
/// extra pack folders and terms never to flag. Unknown keys are errors, reported as `path:line:col`.
///
/// ```yaml
/// version: 1
/// market: en-US                 # default market
/// channel: email                # default channel
/// markets:                      # first matching glob wins; globs are relative to the config's folder
///   - {glob: "replies/de/**", market: de-DE, channel: email}
/// rules: {en.formality.slang: off, root.readability.all-caps: warning}
/// packs: [my-packs]             # folders of extra packs, relative to the config
/// ignore: [ASICS, OnePlus]      # brand and product names never flagged
/// team: {timezone: Asia/Shanghai}   # the support team's zone: times without a zone to customers elsewhere are flagged
/// ```
///
/// The same file may hold `sla:` (SLA policies, read by TactfulTime), `serve:` (the HTTP service's settings) and
/// `templates:` (template libraries, read by TactfulTemplates' `TemplateConfig`).
public struct LintConfig: Sendable {
    /// One glob → market/channel mapping.
    public struct Mapping: Sendable {
        /// The glob, relative to the config's folder (`**` crosses folders, `*` does not).
        public let glob: String
        /// The market tag for matching paths.
        public let market: String?
        /// The channel for matching paths.
        public let channel: Channel?
    }

    /// The config file, if one was read.
    public let path: String?
    /// Default market tag.
    public let market: String?
    /// Default channel.
    public let channel: Channel?
    /// Path mappings, first match wins.
    public let mappings: [Mapping]
    /// Severity overrides and ignored terms.
    public let settings: LintSettings
    /// Extra pack folders, as absolute paths.
    public let packFolders: [String]

    /// An empty config.
    public init() {
        path = nil
        market = nil
        channel = nil
        mappings = []
        settings = LintSettings()
        packFolders = []
    }

    /// Reads a config file.
    public init(contentsOf path: String) throws(PackError) {
        let map = try YAMLMap.parse(try ConfigFile.text(at: path), path: path)
        if let version = try map.int("version"), version != 1 {
            throw map.error(
                map.node("version") ?? map.node, "unsupported config version \(version) (this Tactful reads version 1)")
        }
        self.path = path
        market = try map.optionalString("market")
        channel = try map.choice("channel", Channel.self)
        var mappings: [Mapping] = []
        for item in try map.maps("markets") {
            mappings.append(
                Mapping(
                    glob: try item.string("glob"), market: try item.optionalString("market"),
                    channel: try item.choice("channel", Channel.self)))
            try item.rejectUnknownKeys()
        }
        self.mappings = mappings
        var levels: [String: Severity?] = [:]
        for (id, value) in try map.map("rules")?.entries ?? [] {
            let level = value.string ?? ""
            if level == "off" { levels[id] = .some(nil); continue }
            guard let severity = Severity(rawValue: level) else {
                throw map.error(value, "rule level '\(level)' is not off, error, warning or info")
            }
            levels[id] = severity
        }
        let folder = (path as NSString).deletingLastPathComponent
        packFolders = try map.strings("packs").map {
            ($0 as NSString).isAbsolutePath ? $0 : (folder as NSString).appendingPathComponent($0)
        }
        var teamZone: String?
        if let team = try map.map("team") {
            teamZone = try team.optionalString("timezone")
            if let zone = teamZone, (try? ZoneRules(identifier: zone)) == nil {
                throw team.error(
                    team.node("timezone") ?? team.node,
                    "unknown time zone '\(zone)' (an IANA name such as Asia/Shanghai)")
            }
            try team.rejectUnknownKeys()
        }
        settings = LintSettings(ruleLevels: levels, ignoredTerms: try map.strings("ignore"), teamTimeZone: teamZone)
        // Sections read by other features of the same file: `sla:` (SLA policies, TactfulTime), `serve:` (the HTTP
        // service, TactfulServer), `templates:` (template libraries, TactfulTemplates' `TemplateConfig`).
        _ = (map.node("sla"), map.node("serve"), map.node("templates"))
        try map.rejectUnknownKeys()
    }

    /// The nearest `.tactful.yml` in `directory` or above it.
    public static func find(from directory: String) -> String? {
        if let plain = plainAbsolutePath(directory) { return find(walkingUpFrom: plain) }
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(".tactful.yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// `directory` as an absolute path whose components are all plain names (none empty, `.` or `..`), which needs
    /// no standardizing: the current directory for `.`, else the path itself; nil for any other path. The first URL
    /// made from a path cost 0.8M instructions, a twentieth of linting one short draft.
    static func plainAbsolutePath(_ directory: String) -> String? {
        let path = directory == "." ? FileManager.default.currentDirectoryPath : directory
        guard path.hasPrefix("/") else { return nil }
        guard path != "/" else { return path }
        let components = path.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let isPlain = components.allSatisfy { name in
            !name.isEmpty && !name.elementsEqual(".".utf8) && !name.elementsEqual("..".utf8)
        }
        return isPlain ? path : nil
    }

    /// The nearest `.tactful.yml` in the plain absolute `directory` (``plainAbsolutePath(_:)``) or above it, found
    /// by cutting the path's last component: the paths URL's walk gives for such a directory.
    private static func find(walkingUpFrom directory: String) -> String? {
        var current = Substring(directory)
        while true {
            let candidate = (current == "/" ? "" : String(current)) + "/.tactful.yml"
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : current[..<slash]
        }
    }

    /// The market and channel for a file: the first matching glob, else the defaults.
    public func assignment(for filePath: String) -> (market: String?, channel: Channel?) {
        guard !mappings.isEmpty else { return (market, channel) }
        let base =
            path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path + "/" } ?? ""
        let absolute = URL(fileURLWithPath: filePath).standardizedFileURL.path
        let relative = absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : filePath
        for mapping in mappings where Glob.matches(mapping.glob, relative) {
            return (mapping.market ?? market, mapping.channel ?? channel)
        }
        return (market, channel)
    }
}
