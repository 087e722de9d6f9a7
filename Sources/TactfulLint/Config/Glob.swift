/// Shell-style globs for config paths: `**` matches across folders, `*` and `?` within one, `{a,b}` either.
enum Glob {
    static func matches(_ glob: String, _ path: String) -> Bool {
        match(Array(glob), 0, Array(path), 0)
    }

    private static func match(_ glob: [Character], _ g: Int, _ path: [Character], _ p: Int) -> Bool {
        if g == glob.count { return p == path.count }
        switch glob[g] {
        case "*" where g + 1 < glob.count && glob[g + 1] == "*":
            var next = g + 2
            if next < glob.count, glob[next] == "/" { next += 1 }
            return (p...path.count).contains { match(glob, next, path, $0) }
        case "*":
            var end = p
            while true {
                if match(glob, g + 1, path, end) { return true }
                if end == path.count || path[end] == "/" { return false }
                end += 1
            }
        case "?":
            return p < path.count && path[p] != "/" && match(glob, g + 1, path, p + 1)
        case "{":
            guard let close = glob[g...].firstIndex(of: "}") else { fallthrough }
            let options = String(glob[(g + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
            let rest = Array(glob[(close + 1)...])
            return options.contains { match(Array($0) + rest, 0, path, p) }
        default:
            return p < path.count && glob[g] == path[p] && match(glob, g + 1, path, p + 1)
        }
    }
}
