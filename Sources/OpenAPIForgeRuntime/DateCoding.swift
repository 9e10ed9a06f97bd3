import Foundation

/// Conversions between `Date` and the RFC 3339 `date-time` text of OpenAPI's `format: date-time`.
///
/// Both directions are plain integer arithmetic on the proleptic Gregorian calendar: no formatter,
/// `Calendar` or `TimeZone` is involved, so the functions are cheap and safe to call from any thread.
public enum DateCoding {
    /// Parses an RFC 3339 `date-time` such as `2024-01-15T08:45:00Z` or `2024-01-15T09:45:00.123456+01:00`.
    ///
    /// Accepts `T`/`t` as the separator, `Z`/`z` or a `±HH:MM` offset, and a fraction of any length,
    /// of which the first nine digits are kept (`Date` itself resolves about 0.1 µs at present-day dates).
    /// Returns `nil` for anything else, including dates missing from the calendar (`2024-02-30`),
    /// hours above 23, minutes or seconds above 59, and offsets above 23:59. The leap second `:60`
    /// is rejected because `Date` cannot represent it.
    public static func decodeDateTime(_ text: String) -> Date? {
        RFC3339Scanner.scan(text) { scanner in
            parseDateTime(&scanner)
        }
    }

    /// Formats `date` as RFC 3339 in UTC with exactly three fraction digits, e.g. `2024-01-15T08:45:00.123Z`.
    ///
    /// Rounds to the nearest millisecond. Years outside 0000–9999 have no RFC 3339 form; they are written
    /// with as many digits as needed and a leading `-` when negative.
    public static func encodeDateTime(_ date: Date) -> String {
        let milliseconds: Int64 = millisecondsSinceEpoch(date)
        let days: Int64 = floorDivide(milliseconds, 86_400_000)
        let millisecondOfDay: Int = Int(milliseconds - days * 86_400_000)
        let (year, month, day) = CivilCalendar.date(daysSinceEpoch: days)

        var text: String = formatDate(year: year, month: month, day: day)
        text += "T"
        text += pad(millisecondOfDay / 3_600_000, width: 2) + ":"
        text += pad(millisecondOfDay / 60_000 % 60, width: 2) + ":"
        text += pad(millisecondOfDay / 1000 % 60, width: 2) + "."
        text += pad(millisecondOfDay % 1000, width: 3) + "Z"
        return text
    }

    /// Formats a calendar date as `YYYY-MM-DD`, padding the year to four digits.
    static func formatDate(year: Int, month: Int, day: Int) -> String {
        let yearText: String = year < 0 ? "-" + pad(-year, width: 4) : pad(year, width: 4)
        return yearText + "-" + pad(month, width: 2) + "-" + pad(day, width: 2)
    }

    private static func parseDateTime(_ scanner: inout RFC3339Scanner) -> Date? {
        guard let date = scanner.fullDate(), scanner.consume(UInt8(ascii: "T"), or: UInt8(ascii: "t")),
            let hour = scanner.digits(2), hour <= 23, scanner.consume(UInt8(ascii: ":")),
            let minute = scanner.digits(2), minute <= 59, scanner.consume(UInt8(ascii: ":")),
            let second = scanner.digits(2), second <= 59
        else {
            return nil
        }

        var nanoseconds: Int = 0
        if scanner.consume(UInt8(ascii: ".")) {
            guard let fraction = scanner.fractionNanoseconds() else {
                return nil
            }
            nanoseconds = fraction
        }

        guard let offsetSeconds = parseOffset(&scanner), scanner.isAtEnd else {
            return nil
        }

        let days: Int64 = CivilCalendar.daysSinceEpoch(year: date.year, month: date.month, day: date.day)
        let secondOfDay: Int64 = Int64(hour * 3600 + minute * 60 + second)
        let unixSeconds: Int64 = days * 86_400 + secondOfDay - Int64(offsetSeconds)
        let referenceSeconds: Int64 = unixSeconds - CivilCalendar.unixToReferenceSeconds
        return Date(timeIntervalSinceReferenceDate: Double(referenceSeconds) + Double(nanoseconds) / 1e9)
    }

    /// Parses `Z`, `z` or `±HH:MM` and returns the offset east of UTC in seconds.
    private static func parseOffset(_ scanner: inout RFC3339Scanner) -> Int? {
        if scanner.consume(UInt8(ascii: "Z"), or: UInt8(ascii: "z")) {
            return 0
        }

        let sign: Int
        if scanner.consume(UInt8(ascii: "+")) {
            sign = 1
        } else if scanner.consume(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }

        guard let hours = scanner.digits(2), hours <= 23, scanner.consume(UInt8(ascii: ":")),
            let minutes = scanner.digits(2), minutes <= 59
        else {
            return nil
        }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// Rounds `date` to whole milliseconds since 1970, clamping instants too far away for `Int64`.
    private static func millisecondsSinceEpoch(_ date: Date) -> Int64 {
        let referenceMilliseconds: Double = (date.timeIntervalSinceReferenceDate * 1000).rounded()
        let limit: Double = 9.0e15
        let clamped: Double = referenceMilliseconds.isNaN ? 0 : max(-limit, min(limit, referenceMilliseconds))
        return Int64(clamped) + CivilCalendar.unixToReferenceSeconds * 1000
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient: Int64 = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func pad(_ value: Int, width: Int) -> String {
        let digits: String = String(value)
        guard digits.count < width else {
            return digits
        }
        return String(repeating: "0", count: width - digits.count) + digits
    }
}
