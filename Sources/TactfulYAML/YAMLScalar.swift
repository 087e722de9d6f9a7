/// A YAML scalar: its text, how it was written, and what its tag tells a reader.
package struct YAMLScalar: Equatable, Sendable {
    /// How a scalar was written (the raw values are Yams' and libyaml's).
    package enum Style: UInt8, Sendable {
        /// Unquoted.
        case plain = 1
        /// In single quotes.
        case singleQuoted
        /// In double quotes.
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    /// What a scalar's tag tells a reader, which is all the readers ask of tags.
    package enum Tag: UInt8, Sendable {
        /// No tag that fixes its type: a plain, untagged scalar, or a tag other than `!!str` and `!!null`.
        case untyped
        /// A string whatever it reads like: quoted, or tagged `!!str`.
        case string
        /// Tagged `!!null`.
        case null

        /// The tag named `name` as composed (`""` when the scalar was untagged).
        package init(name: String) {
            switch name {
            case "tag:yaml.org,2002:str": self = .string
            case "tag:yaml.org,2002:null": self = .null
            default: self = .untyped
            }
        }
    }

    /// The text, with quotes and escapes resolved.
    package let text: String
    /// How it was written.
    package let style: Style
    /// What its tag says.
    package let tag: Tag

    /// A scalar of `text` written in `style` and tagged `tag`.
    package init(_ text: String, style: Style, tag: Tag) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// `true`, `yes`, `on` (any case) as true and `false`, `no`, `off` as false; nil for other text and for a
    /// scalar tagged as a string (`"yes"` is text).
    package var bool: Bool? {
        guard tag != .string else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// True for the null scalar: tagged `!!null`, or written empty, `~`, `null`, `Null` or `NULL` (quoted or not).
    package var isNull: Bool {
        tag == .null || ["", "~", "null", "Null", "NULL"].contains(text)
    }
}
