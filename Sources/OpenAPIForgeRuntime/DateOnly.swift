/// A calendar day for OpenAPI's `format: date` (RFC 3339 `full-date`), such as `1990-02-28`.
///
/// The value is three integers and never passes through `Date`, `Calendar` or `TimeZone`, so
/// decoding and re-encoding cannot shift the day whatever the process time zone is.
public struct DateOnly: Codable, Hashable, Sendable, Comparable, CustomStringConvertible,
    LosslessStringConvertible
{
    /// The year, 0–9999.
    public let year: Int

    /// The month, 1–12.
    public let month: Int

    /// The day of the month, 1–31 depending on month and year.
    public let day: Int

    /// Creates a date when it exists in the proleptic Gregorian calendar, and returns `nil` otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilCalendar.isValidDate(year: year, month: month, day: day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; returns `nil` for other shapes and for dates such as `2023-02-29`.
    public init?(_ description: String) {
        let parsed: (year: Int, month: Int, day: Int)? = RFC3339Scanner.scan(description) { scanner in
            let date: (year: Int, month: Int, day: Int)? = scanner.fullDate()
            return scanner.isAtEnd ? date : nil
        }
        guard let parsed else {
            return nil
        }
        self.year = parsed.year
        self.month = parsed.month
        self.day = parsed.day
    }

    /// Decodes a JSON string in `YYYY-MM-DD` form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the text when it is not a valid full-date.
    public init(from decoder: any Decoder) throws {
        let container: any SingleValueDecodingContainer = try decoder.singleValueContainer()
        let text: String = try container.decode(String.self)
        guard let value = DateOnly(text) else {
            let message: String = "invalid date '\(text)': expected RFC 3339 full-date, e.g. 1990-02-28"
            throw DecodingError.dataCorruptedError(in: container, debugDescription: message)
        }
        self = value
    }

    /// Encodes the date as a JSON string in `YYYY-MM-DD` form.
    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The date as `YYYY-MM-DD`, the form used in JSON, query strings and paths.
    public var description: String {
        DateCoding.formatDate(year: year, month: month, day: day)
    }

    /// Orders dates chronologically.
    public static func < (lhs: DateOnly, rhs: DateOnly) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
