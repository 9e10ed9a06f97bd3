/// Finds malformed UTF-8 and turns byte offsets into line and column positions.
enum UTF8Validation {
    /// Returns the offset of the first byte of the first malformed sequence, or nil when all are valid.
    ///
    /// Overlong forms, surrogate code points (ED A0–BF) and values above U+10FFFF are malformed.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Eight ASCII bytes at a time: most of a document is ASCII.
            if index + 8 <= count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let width = sequenceWidth(in: bytes, at: index)
            if width == 0 {
                return index
            }
            index += width
        }
        return nil
    }

    /// Returns the length of the well-formed multi-byte sequence at `index`, or 0 when it is malformed.
    private static func sequenceWidth(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let (width, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (width, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (width, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (width, low, high) = (3, 0x80, 0xBF)
        case 0xED: (width, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (width, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (width, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (width, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + width <= bytes.count, (low...high).contains(bytes[index + 1]) else {
            return 0
        }
        for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return width
    }

    /// Returns the 1-based line and column of the byte at `offset`; columns count Unicode scalars.
    ///
    /// Lines end at LF. Scans from the start, so it is meant for error positions only.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

extension UInt32 {
    /// Uppercase hexadecimal with at least four digits, as in `U+00E9` and `\u00E9`.
    var paddedHex: String {
        let digits = String(self, radix: 16, uppercase: true)
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
