import Foundation

/// A config file (`.tactful.yml`) read as text, for each feature that reads its own section of it (lint settings,
/// `sla:`, `serve:`, `templates:`).
package enum ConfigFile {
    /// The text of the config file at `path`; unreadable or non-UTF-8 files are errors naming the file.
    package static func text(at path: String) throws(PositionedError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PositionedError(path: path, line: 0, column: 0, message: "cannot read the config file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PositionedError(path: path, line: 0, column: 0, message: "the config file is not valid UTF-8")
        }
        return text
    }
}
