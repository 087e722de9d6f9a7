import Testing
@testable import TactfulLint

/// A register rule whose norm for a channel is `either`: both registers are fine, only a mix is reported.
@Suite struct RegisterEitherTests {
    static let pack = """
        pack: de-DE
        rules:
          - id: test.register
            kind: register
            category: formality
            norm: {email: formal, chat: either}
            formal: [Sie, Ihnen]
            informal: [du, dich, dir]
            formal-case-sensitive: true
            formal-ambiguous-sentence-initial: true
            rewrites: {dir: Ihnen}
            message: Wrong register.
            source: test
            examples:
              channel: chat
              trigger: ["Kannst du mir helfen? Ich schicke ↓Ihnen den Link.", "Können Sie mir helfen? Ich schicke ↓dir den Link."]
              clean: ["Kannst du mir helfen? Ich schicke dir den Link.", "Können Sie mir helfen? Ich schicke Ihnen den Link.",
                      "Sie hat den Link."]
        """

    @Test func examplesBehave() throws {
        let failures = try TestPack(Self.pack).exampleFailures
        #expect(failures == [], "\(failures.joined(separator: "\n"))")
    }

    @Test func theOpeningRegisterIsKeptAndAMixIsReported() throws {
        let test = try TestPack(Self.pack)
        let mixed = try test.findings(
            "test.register", in: "Können Sie mir helfen? Ich schicke dir den Link.", channel: .chat)
        #expect(mixed.map(\.match) == ["dir"])
        #expect(mixed.first?.category == .registerMix)
        #expect(mixed.first?.message.contains("opens in the formal register") == true)
        #expect(mixed.first?.fixes.first?.replacement == "Ihnen")
        let informal = try test.findings(
            "test.register", in: "Kannst du mir helfen? Ich schicke dir den Link.", channel: .chat)
        #expect(informal.isEmpty)
    }

    @Test func otherChannelsKeepTheirNorm() throws {
        let test = try TestPack(Self.pack)
        // The markers of one paragraph are one finding, whose fix rewrites them all.
        let email = try test.findings("test.register", in: "Kannst du mir helfen? Ich schicke dir den Link.")
        #expect(email.map(\.match) == ["du mir helfen? Ich schicke dir"])
        #expect(email.allSatisfy { $0.category == .formality })
        let paragraphs = try test.findings("test.register", in: "Kannst du mir helfen?\n\nIch schicke dir den Link.")
        #expect(paragraphs.map(\.match) == ["du", "dir"])
    }

    @Test func aMixIsOneWarningAtTheFirstSwitchNamingBothRegisters() throws {
        // An info-level rule (a brand may pick either register) still warns when a reply uses both.
        let quiet = Self.pack.replacingOccurrences(
            of: "category: formality", with: "category: formality\n    severity: info")
        let test = try TestPack(quiet)
        let text = "Können Sie mir helfen? Ich schicke dir den Link.\n\nDanke dir!"
        let findings = try test.findings("test.register", in: text)
        #expect(findings.map(\.match) == ["dir", "dir"])
        #expect(findings.map(\.category) == [.registerMix, .formality])
        #expect(findings.map(\.severity) == [.warning, .info])
        #expect(
            findings.first?.message.contains("(“Sie”)") == true && findings.first?.message.contains("(“dir”)") == true)
    }

    @Test func aSingleNormMayBeEither() throws {
        let everywhere = Self.pack.replacingOccurrences(of: "norm: {email: formal, chat: either}", with: "norm: either")
        let email = try TestPack(everywhere).findings(
            "test.register", in: "Kannst du mir helfen? Ich schicke dir den Link.")
        #expect(email.isEmpty)
        let unknown = Self.pack.replacingOccurrences(of: "chat: either", with: "chat: whichever")
        #expect(throws: PackError.self) { try TestPack(unknown) }
    }

    @Test func aFormalSalutationSetsTheRegisterOnAChannelThatAcceptsEither() throws {
        let mix = try builtInFindings(
            "Guten Tag Herr Brunner, die Schuhe sind da. Wenn du zwischen zwei Grössen bist, nimm die grössere.",
            "de-CH", channel: .sms
        ) { $0.rule == "de.formality.du" }
        #expect(mix.first?.category == .registerMix)
        #expect(
            try builtInFindings(
                "Hallo Reto, wenn du zwischen zwei Grössen bist, nimm die grössere.", "de-CH", channel: .sms
            ) {
                $0.rule == "de.formality.du"
            }.isEmpty)
        #expect(
            try builtInFindings("Estimado Sr. García, si quieres, te enviamos otra talla.", "es-MX", channel: .chat) {
                $0.rule == "es.formality.tu"
            }.first?.category == .registerMix)
    }

    @Test func thaiParticlesOfBothGendersAreOneRegisterMix() throws {
        let found = try builtInFindings("ขอบคุณค่ะ สินค้าจะจัดส่งพรุ่งนี้ค่ะ\nไม่ใช่ความผิดของร้านครับ", "th-TH") {
            $0.rule == "th.register-mix.gendered-particles"
        }
        #expect(found.map(\.match) == ["ครับ"])
        #expect(found.first?.category == .registerMix)
        #expect(found.first?.message.contains("female register (“ค่ะ”)") == true)
        // One writer, one particle; คะ inside คะแนน (score) is no particle.
        #expect(
            try builtInFindings("ลูกค้าได้คะแนนสะสมแล้วครับ ขอบคุณครับ", "th-TH") {
                $0.rule == "th.register-mix.gendered-particles"
            }.isEmpty)
    }
}
