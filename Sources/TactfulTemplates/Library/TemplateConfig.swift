import TactfulLint
import TactfulYAML

/// The `templates:` section of `.tactful.yml`, for `tactful check`.
///
/// ```yaml
/// templates:
///   reference: en-US                   # the locale every other locale is compared with
///   syntax: [mustache, liquid]         # placeholder syntaxes: mustache, liquid, brace, printf, bracket, dollar
///   variables: [first_name, order.id, "ticket.*"]   # known variables ("*" ends a prefix); empty = any
///   csv: {key: key, locale: locale, body: body}      # column names of CSV libraries
/// ```
public struct TemplateConfig: Sendable {
    /// Placeholder syntaxes a library may use.
    public enum Syntax: String, CaseIterable, Sendable {
        case mustache, liquid, brace, printf, bracket, dollar
    }

    /// The reference locale (default en-US).
    public var reference = "en-US"
    /// The syntaxes in use (default mustache and Liquid).
    public var syntaxes: [Syntax] = [.mustache, .liquid]
    /// Known variable names; a trailing `*` makes a prefix. Empty: every well-formed variable is accepted.
    public var variables: [String] = []
    /// CSV column names.
    public var csvKey = "key", csvLocale = "locale", csvBody = "body"

    /// The defaults.
    public init() {}

    /// The `templates:` section of `config`'s file; the defaults when there is no file or no such section.
    public init(config: LintConfig) throws(PackError) {
        guard let path = config.path else {
            self.init()
            return
        }
        try self.init(configYAML: try ConfigFile.text(at: path), path: path)
    }

    /// The `templates:` section of a config file's text; the defaults when there is none. The file's other sections
    /// belong to other features (`LintConfig` rejects unknown top-level keys).
    public init(configYAML text: String, path: String) throws(PackError) {
        guard let section = try YAMLMap(yaml: text, path: path).map("templates") else {
            self.init()
            return
        }
        try self.init(section)
    }

    init(_ map: YAMLMap) throws(PackError) {
        reference = try map.optionalString("reference") ?? reference
        let names = try map.strings("syntax")
        if !names.isEmpty {
            var syntaxes: [Syntax] = []
            for name in names {
                guard let syntax = Syntax(rawValue: name) else {
                    throw map.error(
                        map.node("syntax") ?? map.node,
                        "unknown syntax '\(name)' (expected \(Syntax.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                syntaxes.append(syntax)
            }
            self.syntaxes = syntaxes
        }
        variables = try map.strings("variables")
        if let csv = try map.map("csv") {
            csvKey = try csv.optionalString("key") ?? csvKey
            csvLocale = try csv.optionalString("locale") ?? csvLocale
            csvBody = try csv.optionalString("body") ?? csvBody
            try csv.rejectUnknownKeys()
        }
        try map.rejectUnknownKeys()
    }

    /// True when `name` is a known variable (or no list was given).
    public func knows(_ name: String) -> Bool {
        variables.isEmpty || variables.contains { $0.hasSuffix("*") ? name.hasPrefix($0.dropLast()) : $0 == name }
    }
}
