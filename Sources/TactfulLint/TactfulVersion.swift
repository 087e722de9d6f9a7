/// Tactful's release version, in one place: `tactful --version`, `tactful serve`/`mcp` (the MCP server's
/// `serverInfo`) and the SARIF driver all print this.
public enum TactfulVersion {
    /// The semantic version of this build, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
