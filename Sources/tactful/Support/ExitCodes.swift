import ArgumentParser
import TactfulMarkets
import TactfulTime

extension ExitCode {
    /// Findings at or above the failure level.
    static let findings = ExitCode(1)
    /// A usage or input error: bad flag, bad tag, unreadable file.
    static let inputError = ExitCode(2)
}

/// An error caused by what the user gave us; reported on one line, exit code 2.
protocol InputProblem: Error, CustomStringConvertible {}

extension MarketError: InputProblem {}
extension TimeError: InputProblem {}

/// A plain input error with its one-line message.
struct InputError: InputProblem {
    let description: String
    init(_ description: String) { self.description = description }
}
