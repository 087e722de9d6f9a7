// swift-tools-version:6.1
import PackageDescription

/// Scripts/fuzz.sh sets TACTFUL_FUZZ: the fuzz harness then links libFuzzer (every module is built with
/// AddressSanitizer and coverage instrumentation by the script's -Xswiftc flags).
let fuzzing = Context.environment["TACTFUL_FUZZ"] != nil

let package = Package(
    name: "Tactful",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tactful", targets: ["tactful"]),
        .executable(name: "tactful-server", targets: ["tactful-server"]),
        .library(name: "TactfulICU", targets: ["TactfulICU"]),
        .library(name: "TactfulMarkets", targets: ["TactfulMarkets"]),
        .library(name: "TactfulLint", targets: ["TactfulLint"]),
        .library(name: "TactfulTemplates", targets: ["TactfulTemplates"]),
        .library(name: "TactfulTime", targets: ["TactfulTime"]),
        .library(name: "TactfulConvert", targets: ["TactfulConvert"]),
        .library(name: "TactfulAPI", targets: ["TactfulAPI"]),
        .library(name: "TactfulQA", targets: ["TactfulQA"]),
        .library(name: "TactfulServer", targets: ["TactfulServer"]),
        .library(name: "TactfulMCP", targets: ["TactfulMCP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The HTTP service (`tactful serve`); no traits: it needs neither swift-configuration nor full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        // HTTP parts of Hummingbird's channel pipeline (`tactful serve` answers unparseable requests with JSON).
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
        // The Model Context Protocol server (`tactful mcp`).
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.0"),
    ],
    targets: [
        // System ICU (libicu-dev). Internal to TactfulICU: never a product. Its module map names no library: the ICU
        // libraries come from pkg-config's flags, which follow the Swift runtime's on the link line (see CLoadOrder).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Only link options, for `tactful` on Linux: libstdc++ first of its shared libraries and lib_FoundationICU
        // among them (the Swift driver places it with the runtime's, before Foundation) instead of behind them all as
        // a dependency of a dependency. The dynamic loader looks every symbol up library by library in link order, and
        // these two look up thousands of their own symbols at each start (neither binds them to itself); with ICU
        // after the runtime as well, a one-draft `tactful lint` spends 2.2M fewer instructions in ld.so (17.1M ->
        // 14.9M, en-US, callgrind). The same libraries are loaded. Of the symbols two of them define, only ICU's
        // C++ internals UCaseMap and CollatorSpec bind differently: lib_FoundationICU's calls now find its own.
        .systemLibrary(name: "CLoadOrder"),
        // Safe Swift layer over ICU. Must not import Foundation (see DESIGN.md).
        // Built with library evolution so that its `internal import CICU` stays invisible to clients, which import
        // Foundation (whose own ICU headers clash with the system's); see DESIGN.md.
        .target(
            name: "TactfulICU",
            dependencies: ["CICU"],
            swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]
        ),
        // What each language calls the common currencies, read from ICU: a target of its own so that tactful-embed
        // reads the built-in markets' names with the same code when the binary is built.
        .target(name: "TactfulCurrencyNames", dependencies: ["TactfulICU"]),
        // The units Tactful knows, what each language calls them and how it writes numbers in words, read from ICU: a
        // target of its own so that tactful-embed reads the built-in markets' names with the same code when the
        // binary is built.
        .target(name: "TactfulUnits", dependencies: ["TactfulICU"]),
        // What ICU makes of a market tag (its maximal locale, its region's zones): a target of its own so that
        // tactful-embed checks the built-in packs' names with the same code when the binary is built.
        .target(name: "TactfulMarketTags", dependencies: ["TactfulICU"]),
        // The occasions of the holiday calendars (each distinctive holiday name): a target of its own so that
        // tactful-embed finds the built-in calendars' occasions with the same code when the binary is built.
        .target(
            name: "TactfulCalendarOccasions", dependencies: ["TactfulYAML"]),
        // The words the law kind combines (`Glossaries/law/cues.yml`): a target of its own so that tactful-embed reads
        // the built-in file with the same code when the binary is built.
        .target(name: "TactfulLawCues", dependencies: ["TactfulYAML"]),
        // The pairs substitution rules read from glossaries (CSV tables read, alternatives split, wrong forms folded):
        // a target of its own so that tactful-embed reads the built-in glossaries with the same code when the binary
        // is built.
        .target(name: "TactfulGlossaryPairs", dependencies: ["TactfulYAML"]),
        // Where a phrase must meet word boundaries (its script, its `*` stems): a target of its own so that
        // tactful-embed gives the built-in stance phrases and law words their boundaries with the same code when the
        // binary is built.
        .target(name: "TactfulLiteralBoundaries", dependencies: ["TactfulYAML"]),
        // The stance families (`Glossaries/phrasing/stances.yml`) and the stance kind's literals compiled from them:
        // a target of its own so that tactful-embed reads and compiles the built-in file with the same code when the
        // binary is built.
        .target(name: "TactfulStances", dependencies: ["TactfulYAML", "TactfulLiteralBoundaries"]),
        // The request kind's glossary (`Glossaries/privacy/requests.yml`) and the literals compiled from it: a target of
        // its own so that tactful-embed reads and compiles the built-in file with the same code when the binary is
        // built.
        .target(name: "TactfulRequests", dependencies: ["TactfulYAML", "TactfulLiteralBoundaries"]),
        // ICU's word segments and sentences of an ASCII text without ICU: a target of its own so that tactful-embed
        // checks the built-in markets' locales against ICU's word iterator with the same code when the binary is built.
        .target(name: "TactfulAsciiWordBreaks", dependencies: ["TactfulICU"]),
        // Text folded for matching (NFKC case folding, one space per run) and the pack phrases folded alike: a target
        // of its own so that tactful-embed folds the built-in phrases with the same code when the binary is built.
        .target(name: "TactfulPhraseFolding", dependencies: ["TactfulICU"]),
        // Packs and glossaries embedded into the binary at build time (YAML also pre-parsed, with Yams; the packs'
        // regexes compiled with ICU, their group counts kept; ICU transforms and currency names read; the packs' names
        // checked as market tags, their markets' conventions read and ASCII word breaks checked; the calendars'
        // occasions found; the law cues read; the request glossary compiled; the phrases folded).
        .executableTarget(
            name: "tactful-embed",
            dependencies: [
                "TactfulICU", "TactfulCurrencyNames", "TactfulMarketTags", "TactfulCalendarOccasions",
                "TactfulAsciiWordBreaks", "TactfulUnits", "TactfulLawCues", "TactfulStances", "TactfulPhraseFolding",
                "TactfulGlossaryPairs", "TactfulLiteralBoundaries", "TactfulRequests",
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Tools/tactful-embed"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["tactful-embed"]),
        .target(name: "TactfulData", plugins: ["EmbedData"]),
        // The positioned-YAML reader every data file (packs, glossaries, configs, schedules, SLA policies) is read
        // with: typed accessors, kebab-case keys with camelCase aliases, and one error type, `path:line:col`. Yams
        // parses text here only, into the light tree (`YAMLValue`) that every other module reads.
        .target(name: "TactfulYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Markets: locale tags → language, region, currency, clock, week, zones and pack chain.
        .target(
            name: "TactfulMarkets",
            dependencies: ["TactfulICU", "TactfulData", "TactfulMarketTags"]
        ),
        // The style linter: documents, rule kinds, packs, engine, reporters. (Yams: the evaluation corpus's files,
        // read with its default resolver.)
        .target(
            name: "TactfulLint",
            dependencies: [
                "TactfulICU", "TactfulMarkets", "TactfulData", "TactfulConvert", "TactfulTime", "TactfulYAML",
                "TactfulCalendarOccasions", "TactfulAsciiWordBreaks", "TactfulUnits", "TactfulLawCues",
                "TactfulStances", "TactfulPhraseFolding", "TactfulGlossaryPairs", "TactfulLiteralBoundaries",
                "TactfulRequests", .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Template (macro) libraries: readers, cross-locale checks, baselines.
        .target(
            name: "TactfulTemplates",
            dependencies: ["TactfulLint", "TactfulICU", "TactfulMarkets", "TactfulYAML"]
        ),
        // Holidays, schedules, the business clock, SLA policies and customer-facing due times.
        .target(
            name: "TactfulTime",
            dependencies: ["TactfulICU", "TactfulMarkets", "TactfulData", "TactfulYAML"]
        ),
        // Converters: sizes (charts in Glossaries/sizes), money (Decimal, ECB rates), units, and drafts.
        .target(
            name: "TactfulConvert",
            dependencies: [
                "TactfulICU", "TactfulData", "TactfulCurrencyNames", "TactfulUnits",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The operations the network doors expose (lint, markets, holidays, SLA due, converters) as JSON requests and
        // responses whose errors name the request field; one engine for the HTTP service and the MCP server.
        .target(
            name: "TactfulAPI",
            dependencies: ["TactfulICU", "TactfulLint", "TactfulMarkets", "TactfulTime", "TactfulConvert"]
        ),
        // QA reports for team leads (`tactful qa`): helpdesk export readers, per-reply evaluation with the linter and
        // the business clock, aggregation per agent/market/week, scorecards, the coaching sample, JSON/CSV/HTML.
        .target(name: "TactfulQA", dependencies: ["TactfulLint", "TactfulMarkets", "TactfulTime"]),
        // The HTTP service: routes, middleware, metrics and the embedded playground page.
        .target(
            name: "TactfulServer",
            dependencies: [
                "TactfulAPI", "TactfulConvert", "TactfulLint", "TactfulTime", "TactfulYAML",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        // The Model Context Protocol server over stdio: the same engine as tools for AI drafting assistants.
        .target(
            name: "TactfulMCP",
            dependencies: [
                "TactfulAPI", "TactfulConvert", "TactfulLint", "TactfulTime",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command-line tool: thin subcommand files over the library modules.
        .executableTarget(
            name: "tactful",
            dependencies: [
                "TactfulAPI",
                "TactfulICU",
                "TactfulMarkets",
                "TactfulLint",
                "TactfulTemplates",
                "TactfulTime",
                "TactfulConvert",
                "TactfulQA",
                .target(name: "CLoadOrder", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `tactful serve` and `tactful mcp` run here, git-style: `tactful` execs this binary for them, so the
        // HTTP stack and the MCP SDK (which links FoundationNetworking and libcurl) never slow `tactful`'s start.
        .executableTarget(
            name: "tactful-server",
            dependencies: [
                "TactfulAPI", "TactfulServer", "TactfulMCP", "TactfulLint", "TactfulConvert",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Release-built benchmark harness: `swift run -c release tactful-bench` (see README).
        .executableTarget(
            name: "tactful-bench",
            dependencies: ["TactfulLint", "TactfulMarkets", "TactfulTime"],
            path: "Benchmarks/tactful-bench"
        ),
        // libFuzzer harnesses (Scripts/fuzz.sh); without -D FUZZING a tool that replays saved inputs.
        .executableTarget(
            name: "tactful-fuzz",
            dependencies: ["TactfulLint", "TactfulMarkets", "TactfulTime", "TactfulConvert"],
            path: "Fuzz/tactful-fuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])] + (fuzzing ? [.define("FUZZING")] : []),
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        // Test-only helpers shared by the test targets (a scratch folder removed at exit).
        .target(name: "TactfulTestSupport", path: "Tests/TactfulTestSupport"),
        .testTarget(name: "TactfulICUTests", dependencies: ["TactfulICU"]),
        .testTarget(
            name: "TactfulMarketsTests", dependencies: ["TactfulMarkets", "TactfulMarketTags", "TactfulData"]),
        .testTarget(name: "TactfulYAMLTests", dependencies: ["TactfulYAML"]),
        .testTarget(
            name: "TactfulLintTests",
            dependencies: [
                "TactfulLint", "TactfulCalendarOccasions", "TactfulAsciiWordBreaks", "TactfulData", "TactfulUnits",
                "TactfulLawCues", "TactfulStances", "TactfulPhraseFolding", "TactfulGlossaryPairs",
                "TactfulLiteralBoundaries", "TactfulRequests", "TactfulTestSupport",
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "TactfulTemplatesTests", dependencies: ["TactfulTemplates", "TactfulTestSupport"]),
        .testTarget(
            name: "TactfulTimeTests", dependencies: ["TactfulTime", "TactfulData"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TactfulConvertTests", dependencies: ["TactfulConvert", "TactfulUnits", "TactfulTestSupport"]),
        .testTarget(
            name: "TactfulQATests", dependencies: ["TactfulQA", "TactfulLint", "TactfulTime", "TactfulTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TactfulCLITests", dependencies: ["tactful", "tactful-server", "TactfulAPI", "TactfulTestSupport"]),
        .testTarget(name: "TactfulServerTests", dependencies: ["TactfulServer", "TactfulAPI"]),
    ]
)

// Generic types are instantiated through their metadata accessors, not by mangled name: a mangled name is decoded at
// run time, and each generic requirement it carries (`Set<Rule.ID>`'s `Hashable`) is a protocol-conformance lookup
// that scans every conformance record of the process the first time (about 0.8M instructions each; dozens of them
// ran before the first rule of a one-draft `tactful lint`).
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings =
        (target.swiftSettings ?? [])
        + [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]
}
