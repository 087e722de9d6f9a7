/// SMS segmentation per 3GPP TS 23.038: GSM 7-bit text is 160 characters in one segment (153 each when
/// concatenated, escaped characters counting twice); anything else is UCS-2, 70 (67 each when concatenated).
enum SMS {
    private static let basic = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
            .unicodeScalars)
    private static let extended = Set("^{}\\[~]|€\u{0C}".unicodeScalars)

    /// How many SMS segments the text needs.
    static func segments(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        if scalars.allSatisfy({ basic.contains($0) || extended.contains($0) }) {
            let septets = scalars.reduce(0) { $0 + (extended.contains($1) ? 2 : 1) }
            return septets <= 160 ? 1 : (septets + 152) / 153
        }
        let units = text.utf16.count
        return units <= 70 ? 1 : (units + 66) / 67
    }

    static func message(_ segments: Int, _ text: String, _ language: UILanguage) -> String {
        let gsm = text.unicodeScalars.allSatisfy { basic.contains($0) || extended.contains($0) }
        return language == .zhHans
            ? "这条短信会被拆成 \(segments) 段发送（\(gsm ? "GSM-7 每段 160/153 字符" : "UCS-2 每段 70/67 字符")）。"
            : "This SMS will be sent as \(segments) segments (\(gsm ? "GSM-7: 160 characters, 153 per part" : "UCS-2: 70 characters, 67 per part")); shorten it."
    }
}
