import TactfulData
import TactfulStances

extension StanceAdvice {
    /// The advice of the families of `Glossaries/phrasing/stances.yml`, written when the binary was built
    /// (``StanceAdvice/encoded(_:)``); empty when the file was missing or invalid.
    static let builtIn: [StanceAdvice] = BuiltInData.stanceAdvice.flatMap(StanceAdvice.decode) ?? []

    func message(_ ui: UILanguage) -> String { message[ui.rawValue] ?? message["en"] ?? id }
}

extension StanceLiterals {
    /// The literals of the built-in families, compiled when the binary was built (``StanceLiterals/encoded``); nil
    /// when the file was missing or invalid.
    static let builtIn: StanceLiterals? = BuiltInData.stanceLiterals.flatMap(StanceLiterals.decode)
}
