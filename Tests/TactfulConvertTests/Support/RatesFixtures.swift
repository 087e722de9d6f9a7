import Foundation

/// Test fixtures in the ECB's euro reference rates format. The numbers are made up for tests (chosen so that
/// 49.99 USD is 46.21 EUR, as in the example); they are not real rates of any day.
enum RatesFixtures {
    static let ecbXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        \t<gesmes:subject>Reference rates</gesmes:subject>
        \t<gesmes:Sender>
        \t\t<gesmes:name>European Central Bank</gesmes:name>
        \t</gesmes:Sender>
        \t<Cube>
        \t\t<Cube time='2026-03-13'>
        \t\t\t<Cube currency='USD' rate='1.0818'/>
        \t\t\t<Cube currency='JPY' rate='161.50'/>
        \t\t\t<Cube currency='GBP' rate='0.8452'/>
        \t\t\t<Cube currency='CHF' rate='0.9561'/>
        \t\t\t<Cube currency='CNY' rate='7.8236'/>
        \t\t\t<Cube currency='KRW' rate='1450.25'/>
        \t\t</Cube>
        \t</Cube>
        </gesmes:Envelope>
        """

    /// The same file a day later, for "the server has a newer file" cases.
    static let ecbXMLNextDay = ecbXML.replacingOccurrences(of: "2026-03-13", with: "2026-03-16")
        .replacingOccurrences(of: "1.0818", with: "1.0900")
}
