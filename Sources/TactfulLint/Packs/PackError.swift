import TactfulYAML

/// A problem in a pack or config file, pointing into it as `path:line:col: error: message`: the error type of every
/// positioned data file (TactfulYAML's), under the name TactfulLint's API has always used.
public typealias PackError = PositionedError
