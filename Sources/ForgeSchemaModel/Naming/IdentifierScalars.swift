/// The classification of Unicode scalars for Swift identifiers, by the ranges of the Swift grammar.
///
/// Only letters are kept from outside ASCII: a scalar must be alphabetic and inside the grammar's
/// identifier-head ranges, so `ï` and `日` stay while emoji, symbols and punctuation, which the
/// grammar partly allows, become word separators and names stay readable.
enum IdentifierScalars {
    /// Returns whether the scalar can be part of a word of a generated name.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isASCIILetter(scalar) || isASCIIDigit(scalar)
        }
        return (scalar.properties.isAlphabetic && isIdentifierHead(scalar)) || isCombiningMark(scalar)
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Combining marks the grammar allows after the first character of an identifier.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        combiningRanges.contains { $0.contains(scalar.value) }
    }

    private static func isIdentifierHead(_ scalar: Unicode.Scalar) -> Bool {
        headRanges.contains { $0.contains(scalar.value) }
    }

    private static let combiningRanges: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
    ]

    private static let headRanges: [ClosedRange<UInt32>] = [
        0x00A8...0x00A8, 0x00AA...0x00AA, 0x00AD...0x00AD, 0x00AF...0x00AF, 0x00B2...0x00B5,
        0x00B7...0x00BA, 0x00BC...0x00BE, 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF,
        0x0100...0x02FF, 0x0370...0x167F, 0x1681...0x180D, 0x180F...0x1DBF, 0x1E00...0x1FFF,
        0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF,
        0x2E80...0x2FFF, 0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF,
        0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE1F, 0xFE30...0xFE44, 0xFE47...0xFFFD,
        0x10000...0x1FFFD, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD,
        0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD, 0x80000...0x8FFFD,
        0x90000...0x9FFFD, 0xA0000...0xAFFFD, 0xB0000...0xBFFFD, 0xC0000...0xCFFFD,
        0xD0000...0xDFFFD, 0xE0000...0xEFFFD,
    ]
}

/// A 32-bit FNV-1a hash of UTF-8 text, the same on every machine and every run.
enum StableHash {
    /// Returns the hash as eight lower-case hexadecimal digits.
    static func hex(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
