/// Why a conversion could not be made; each case reads as a one-line message for an agent.
public enum ConvertError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a quantity, price or size Tactful can read.
    case unparsable(String, hint: String)
    /// A unit, currency, size system or category Tactful does not know.
    case unknown(what: String, name: String, known: [String])
    /// Two things that cannot be converted into each other (a length into a mass).
    case incompatible(String)
    /// No exchange rates could be had; the message says how to provide them.
    case noRates(String)
    /// A data file (rates, a store's size chart) that could not be read.
    case badData(String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .unparsable(let text, let hint): "cannot read '\(text)': \(hint)"
        case .unknown(let what, let name, let known):
            known.isEmpty
                ? "unknown \(what) '\(name)'" : "unknown \(what) '\(name)' (known: \(known.joined(separator: ", ")))"
        case .incompatible(let message), .noRates(let message), .badData(let message): message
        }
    }
}
