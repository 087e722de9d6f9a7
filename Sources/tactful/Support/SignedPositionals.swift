import ArgumentParser

/// Positional arguments that may start with a minus sign: a refund of `-42`, a temperature of `"-5 °C"`.
///
/// ArgumentParser reads every input that starts with `-` as an option, so `-42` never reaches an `@Argument`
/// (swift-argument-parser issue #31), and `--` would also swallow the options that follow it. The commands that
/// take such a number collect their positionals with `@Argument(parsing: .allUnrecognized)` — every input left
/// once the known options and flags are parsed, in order — and sort them here in `validate()`: a dash-prefixed
/// input that reads as a negative number is a value; any other is an unknown option, reported as ArgumentParser
/// reports one. `--` still makes every later input a value.
enum SignedPositionals {
    /// The values of the positionals called `names`, in order; an error for an unknown option, a missing or an
    /// extra value.
    static func values(in inputs: [String], names: [String]) throws -> [String] {
        var values: [String] = []
        var afterTerminator = false
        for input in inputs {
            if afterTerminator || input == "-" || !input.hasPrefix("-") || isNegativeNumber(input) {
                values.append(input)
            } else if input == "--" {
                afterTerminator = true
            } else {
                throw ValidationError("Unknown option '\(input)'.")
            }
        }
        if values.count < names.count { throw ValidationError("Missing expected argument '<\(names[values.count])>'.") }
        if values.count > names.count { throw ValidationError("Unexpected argument '\(values[names.count])'.") }
        return values
    }

    /// True for a minus sign followed by a digit, or by a decimal separator and a digit: `-42`, `-1,5`, `-.5`,
    /// `-5 °C`. No Tactful option is named with a digit, so none is mistaken for one.
    static func isNegativeNumber(_ input: String) -> Bool {
        let rest = input.utf8.dropFirst()
        guard input.utf8.first == UInt8(ascii: "-"), let first = rest.first else { return false }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
        return isDigit(first)
            || (first == UInt8(ascii: ".") || first == UInt8(ascii: ",")) && isDigit(rest.dropFirst().first)
    }
}
