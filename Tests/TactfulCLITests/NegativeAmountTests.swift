import ArgumentParser
import Foundation
import Testing

@testable import tactful
import TactfulTestSupport

/// Refunds, credit notes and frost: a negative number as the first positional argument, anywhere among the options.
@Suite struct NegativeAmountTests {
    @Test func moneyFormatTakesANegativeAmountBeforeItsOptions() throws {
        let format = try MoneyFormat.parse(["-42", "USD", "--market", "en-US"])
        #expect(format.amount == "-42")
        #expect(format.currency == "USD")
        #expect(format.market == "en-US")
        let reordered = try MoneyFormat.parse(["--market", "en-US", "-1.234,50", "EUR", "--cash", "--format", "json"])
        #expect(reordered.amount == "-1.234,50")
        #expect(reordered.currency == "EUR")
        #expect(reordered.cash && reordered.output.format == .json)
        // The terminator still works as before.
        let terminated = try MoneyFormat.parse(["--market", "en-US", "--", "-42", "USD"])
        #expect(terminated.amount == "-42" && terminated.currency == "USD")
    }

    @Test func moneyConvertTakesANegativeAmount() throws {
        let convert = try MoneyConvert.parse(["-10", "USD", "--to", "EUR", "--rates", "rates.csv"])
        #expect(convert.amount == "-10")
        #expect(convert.currency == "USD")
        #expect(convert.to == "EUR")
        #expect(convert.rates.rates == "rates.csv")
    }

    @Test func unitsTakeANegativeQuantity() throws {
        let units = try UnitsCommand.parse(["-5 °C", "--to", "fahrenheit"])
        #expect(units.quantity == "-5 °C")
        #expect(units.to == "fahrenheit")
        #expect(try UnitsCommand.parse(["--to", "fahrenheit", "--", "-5 °C"]).quantity == "-5 °C")
    }

    @Test func otherDashedInputsAreStillUnknownOptionsAndCountsAreChecked() {
        let cases: [([String], String)] = [
            (["42", "USD", "--market", "en-US", "--cahs"], "Unknown option '--cahs'."),
            (["-42", "--market", "en-US"], "Missing expected argument '<currency>'."),
            (["--market", "en-US"], "Missing expected argument '<amount>'."),
            (["-42", "USD", "EUR", "--market", "en-US"], "Unexpected argument 'EUR'."),
            (["-x", "USD", "--market", "en-US"], "Unknown option '-x'."),
        ]
        for (arguments, message) in cases {
            #expect(
                performing: { try MoneyFormat.parse(arguments) }, throws: { MoneyFormat.message(for: $0) == message })
        }
        #expect(throws: (any Error).self) { try MoneyFormat.parse(["-42", "USD"]) }  // --market is still required
    }

    @Test func helpStillNamesTheArgumentsAndEveryOption() throws {
        let help = MoneyFormat.helpMessage()
        #expect(help.contains("USAGE: tactful money format <amount> <currency> --market <market> [--cash]"))
        for option in ["--market", "--cash", "--format"] { #expect(help.contains(option), "\(option)") }
        let result = try CLI.run(["money", "convert", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("-10 USD --to EUR"))
        #expect(result.stdout.contains("USAGE: tactful money convert <amount> <currency> --to <to>"))
        for option in ["--to", "--market", "--rates", "--rates-url", "--cash"] {
            #expect(result.stdout.contains(option))
        }
    }

    @Test func theBinaryFormatsAndConvertsRefunds() throws {
        let formatted = try CLI.run(["money", "format", "-42", "USD", "--market", "en-US"])
        #expect(formatted.status == 0, "\(formatted.stderr)")
        #expect(formatted.stdout == "-$42.00\n")
        let rates = Scratch.root.appendingPathComponent(
            "tactful-rates-\(UUID().uuidString).csv")
        try "currency,rate\ndate,2026-03-13\nUSD,1.0818\n".write(to: rates, atomically: true, encoding: .utf8)
        let json = try CLI.json([
            "money", "convert", "-10", "USD", "--to", "EUR", "--market", "de-DE", "--rates", rates.path, "--format",
            "json",
        ])
        #expect(json["amount"] as? String == "-9.24")
        #expect(json["formatted"] as? String == "-9,24\u{a0}€")
        let frost = try CLI.run(["units", "-5 °C", "--to", "fahrenheit"])
        #expect(frost.status == 0, "\(frost.stderr)")
        #expect(frost.stdout == "23°F\n")
    }

    @Test func accountingParenthesesAreRefusedInOneLine() throws {
        let result = try CLI.run(["money", "format", "(42)", "USD", "--market", "en-US"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "tactful: error: '(42)' is accounting notation, which is not read as an amount; write -42 for a negative amount\n"
        )
    }
}
