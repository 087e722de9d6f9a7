import TactfulData
import Testing

@testable import TactfulLint

/// A pack's name is its file's name without `.yml`, cut from the path's bytes.
@Suite struct PackNameTests {
    @Test func aPacksNameIsItsFileNameWithoutItsExtension() {
        #expect(PackLibrary.packName("Locales/de-AT.yml") == "de-AT")
        #expect(PackLibrary.packName("/a/b/zh-Hant.yml") == "zh-Hant")
        #expect(PackLibrary.packName("root.yml") == "root")
        let paths = BuiltInData.files(under: "Locales").map(\.path).filter { $0.hasSuffix(".yml") }
        #expect(paths.count > 40)
        for path in paths {
            #expect(PackLibrary.packName(path) == String(path.split(separator: "/").last!.dropLast(4)))
        }
    }
}
