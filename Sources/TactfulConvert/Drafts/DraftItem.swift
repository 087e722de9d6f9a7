import Foundation

/// Something convertible found in a draft, with where it is.
enum DraftItem {
    /// A price: an amount and the ISO 4217 currency it was read as; `assumption` says how an ambiguous symbol was read.
    case price(Decimal, currency: String, assumption: String?)
    /// A size named with its system (`EU 42`).
    case size(String, system: String)
    /// A length, weight, volume, temperature or speed.
    case measurement(WrittenQuantity)
    /// A calendar date; `hasYear` false for "March 15".
    case date(year: Int, month: Int, day: Int, hasYear: Bool)
    /// A clock time without a zone.
    case time(hour: Int, minute: Int)

    /// The kind's name in JSON: `price`, `measurement`, `date`, `time`.
    var kind: String {
        switch self {
        case .price: "price"
        case .size: "size"
        case .measurement: "measurement"
        case .date: "date"
        case .time: "time"
        }
    }
}

/// A found item and its place in the text.
struct DraftMatch {
    let item: DraftItem
    let range: Range<String.Index>
}
