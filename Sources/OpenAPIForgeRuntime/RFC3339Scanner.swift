/// A forward-only reader over the UTF-8 bytes of an RFC 3339 timestamp.
struct RFC3339Scanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Runs `body` with a scanner over the UTF-8 bytes of `text`, copying only when the string is not contiguous.
    static func scan<Result>(_ text: String, _ body: (inout RFC3339Scanner) -> Result) -> Result {
        let direct: Result? = text.utf8.withContiguousStorageIfAvailable { buffer in
            var scanner: RFC3339Scanner = RFC3339Scanner(bytes: buffer)
            return body(&scanner)
        }
        if let direct {
            return direct
        }
        let copy: [UInt8] = Array(text.utf8)
        return copy.withUnsafeBufferPointer { buffer in
            var scanner: RFC3339Scanner = RFC3339Scanner(bytes: buffer)
            return body(&scanner)
        }
    }

    var isAtEnd: Bool {
        index == bytes.count
    }

    /// Consumes exactly `count` ASCII digits and returns their value, or `nil` without a full run of digits.
    mutating func digits(_ count: Int) -> Int? {
        guard bytes.count - index >= count else {
            return nil
        }
        var value: Int = 0
        for offset in 0..<count {
            let byte: UInt8 = bytes[index + offset]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return nil
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += count
        return value
    }

    /// Consumes one byte when it equals `first` or `second`, and returns whether it did.
    mutating func consume(_ first: UInt8, or second: UInt8? = nil) -> Bool {
        guard index < bytes.count, bytes[index] == first || bytes[index] == second else {
            return false
        }
        index += 1
        return true
    }

    /// Consumes a run of one or more digits as a fraction of a second, kept to nanoseconds (later digits truncate).
    mutating func fractionNanoseconds() -> Int? {
        var nanoseconds: Int = 0
        var count: Int = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            if count < 9 {
                nanoseconds = nanoseconds * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            count += 1
            index += 1
        }
        guard count > 0 else {
            return nil
        }
        for _ in min(count, 9)..<9 {
            nanoseconds *= 10
        }
        return nanoseconds
    }

    /// Consumes `YYYY-MM-DD` and returns the date when it exists in the Gregorian calendar.
    mutating func fullDate() -> (year: Int, month: Int, day: Int)? {
        guard let year = digits(4), consume(UInt8(ascii: "-")),
            let month = digits(2), consume(UInt8(ascii: "-")),
            let day = digits(2),
            CivilCalendar.isValidDate(year: year, month: month, day: day)
        else {
            return nil
        }
        return (year, month, day)
    }
}
