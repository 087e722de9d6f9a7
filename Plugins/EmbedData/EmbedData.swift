import Foundation
import PackagePlugin

/// Embeds every file under `Locales/` and `Glossaries/` into the target as Swift string literals.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = ["Locales", "Glossaries"].flatMap { dataFiles(under: root.appending(path: $0)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) pack and glossary files",
                executable: try context.tool(named: "tactful-embed").url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func dataFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        let kept: Set<String> = ["yml", "yaml", "csv", "json", "txt"]
        return walker.compactMap { $0 as? URL }.filter { kept.contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }
}
