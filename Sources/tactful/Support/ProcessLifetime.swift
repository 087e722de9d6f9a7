/// Objects a command keeps until the process exits. The exit returns their memory at once; releasing a compiled
/// linter's packs, rules and automaton object by object cost more than linting a short draft.
enum ProcessLifetime {
    /// Keeps `object` alive until the process exits: it is retained once more and never released.
    static func keep(_ object: AnyObject) {
        _ = Unmanaged.passRetained(object)
    }
}
