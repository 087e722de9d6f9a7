import TactfulData
import TactfulStances

extension StanceFamily {
    /// The families of `Glossaries/phrasing/stances.yml`, read when the binary was built
    /// (``StanceFamily/encoded(_:)``); empty when the file was missing or invalid.
    static let builtIn: [StanceFamily] = BuiltInData.stances.flatMap(StanceFamily.decode) ?? []

    func message(_ ui: UILanguage) -> String { message[ui.rawValue] ?? message["en"] ?? id }
}

extension StanceLiterals {
    /// The literals of the built-in families, compiled when the binary was built (``StanceLiterals/encoded``); nil
    /// when the file was missing or invalid.
    static let builtIn: StanceLiterals? = BuiltInData.stanceLiterals.flatMap(StanceLiterals.decode)
}
