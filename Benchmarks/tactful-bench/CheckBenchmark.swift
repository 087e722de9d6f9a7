import Foundation

/// `tactful check` on a generated library of N templates × 5 locales: wall time and peak memory of the process,
/// beside the same process checking an empty folder (start-up and pack loading only).
func benchmarkCheck(_ arguments: Arguments) throws -> Row {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-check-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let bodies = [
        "en-US":
            "Hi {{first_name}},\n\nYour order {{order_id}} has shipped. Track it here: {{tracking_url}}\n\nBest regards,\nSupport\n",
        "de-DE":
            "Hallo {{first_name}},\n\nIhre Bestellung {{order_id}} wurde versandt: {{tracking_url}}\n\nMit freundlichen Grüßen\nSupport\n",
        "fr-FR":
            "Bonjour {{first_name}},\n\nVotre commande {{order_id}} a été expédiée : {{tracking_url}}\n\nBien cordialement,\nSupport\n",
        "ja-JP": "{{first_name}}様\n\nご注文 {{order_id}} を発送いたしました。{{tracking_url}}\n\nカスタマーサポート\n",
        "es-ES":
            "Hola {{first_name}}:\n\nSu pedido {{order_id}} ha sido enviado: {{tracking_url}}\n\nUn saludo,\nSoporte\n",
    ]
    for (locale, body) in bodies {
        let directory = folder.appendingPathComponent(locale)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for index in 0..<arguments.templates {
            // Every 50th template in a locale drops a placeholder, so the cross-locale check has work to report.
            let text =
                index % 50 == 7 && locale != "en-US"
                ? body.replacingOccurrences(of: "{{tracking_url}}", with: "") : body
            try text.write(
                to: directory.appendingPathComponent("macro-\(index).md"), atomically: false, encoding: .utf8)
        }
    }
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let binary = tactfulBinary()
    let baseline = try measureProcess(binary, ["check", empty.path, "--format", "json"])
    let run = try measureProcess(binary, ["check", folder.path, "--format", "json"])
    let files = arguments.templates * bodies.count
    print(
        "tactful check on \(arguments.templates) templates × \(bodies.count) locales (\(files) files), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    )
    print(
        String(
            format: "  tactful check               %7.2f s   peak RSS %6.1f MB   exit %d", run.seconds,
            Double(run.peakBytes) / 1e6, run.status))
    print(
        String(
            format: "  baseline: empty library     %7.2f s   peak RSS %6.1f MB", baseline.seconds,
            Double(baseline.peakBytes) / 1e6))
    print(String(format: "  throughput                  %7.0f templates/s", Double(files) / run.seconds))
    return Row(
        benchmark: "check",
        figure: String(format: "%.2f s, %.0f MB peak (%d files)", run.seconds, Double(run.peakBytes) / 1e6, files),
        baseline: String(format: "empty library: %.2f s, %.0f MB", baseline.seconds, Double(baseline.peakBytes) / 1e6),
        target: "< 10 s for 10,000 × 5")
}
