import TactfulData
import Testing

/// The embedded files of a folder are the paths under it, sorted, each with its text, however the folder is named.
@Suite struct BuiltInFilesTests {
    @Test(arguments: ["Locales", "Locales/", "Glossaries/holidays", "Glossaries", "NoSuchFolder"])
    func filesUnderAFolderAreItsSortedPaths(folder: String) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let expected = BuiltInData.paths.filter { $0.hasPrefix(prefix) }
        let files = BuiltInData.files(under: folder)
        #expect(files.map(\.path) == expected)
        #expect(files.allSatisfy { BuiltInData.text(at: $0.path) == $0.text })
        #expect(folder == "NoSuchFolder" || !files.isEmpty)
    }
}
