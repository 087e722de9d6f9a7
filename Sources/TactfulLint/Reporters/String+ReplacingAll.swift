extension String {
    /// Replaces each Unicode scalar found in `table` by its replacement, in one pass. Scalars rather than
    /// characters: CRLF is one `Character`, which a table of `\r` and `\n` would never match.
    func replacingAll(_ table: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if let replacement = table[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
