import ArgumentParser
import TactfulLint

extension Channel: CaseArgument {}
extension UILanguage: CaseArgument {}
extension Severity: CaseArgument {}

/// Options shared by the commands that lint (`lint`, and later `check`).
struct LintOptions: ParsableArguments {
    @Option(
        help:
            "The customer's market: a BCP-47 tag (de-AT), ICU ID (pt_BR) or region (JP). Optional when the config maps the path."
    )
    var market: String?

    @Option(help: "Where the reply goes; sets readability limits: email, chat, sms or social.")
    var channel: Channel?

    @Option(help: "Config file (default: the nearest .tactful.yml at or above the first path).")
    var config: String?

    @Option(name: .customLong("ui-language"), help: "Language of the messages: en or zh-Hans (简体中文).")
    var uiLanguage: UILanguage = .en

    @Option(help: "Exit 1 when a finding is at or above this level: error, warning or info.")
    var failOn: Severity = .error

    @Option(
        name: .customLong("team-zone"),
        help:
            "Your support team's IANA time zone (e.g. Asia/Shanghai): flags clock times without a zone in replies to customers on another clock. Overrides team.timezone in the config."
    )
    var teamZone: String?
}
