/// Resolves plain YAML scalars by the YAML 1.2 core schema.
///
/// Only the core schema's spellings are special: `yes`, `no`, `on`, `off`, `y` and `n`
/// stay strings, as do sexagesimal numbers, dates and `0b` binaries, which YAML 1.1
/// resolved to other types.
enum ScalarResolver {
    enum Kind: Equatable {
        case string
        case null
        case bool(Bool)
        case integer
        case float
    }

    private static let nullWords: [StaticString] = ["null", "Null", "NULL", "~"]
    private static let trueWords: [StaticString] = ["true", "True", "TRUE"]
    private static let falseWords: [StaticString] = ["false", "False", "FALSE"]
    private static let infinityWords: [StaticString] = [".inf", ".Inf", ".INF"]
    private static let nanWords: [StaticString] = [".nan", ".NaN", ".NAN"]

    /// Returns the type of an untagged plain scalar with the given UTF-8 text.
    static func resolvePlain(_ text: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = text.first else {
            return .null
        }
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            return isAny(of: nullWords, text) ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return isAny(of: trueWords, text) ? .bool(true) : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return isAny(of: falseWords, text) ? .bool(false) : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return resolveNumber(text)
        default:
            return .string
        }
    }

    private static func resolveNumber(_ text: UnsafeBufferPointer<UInt8>) -> Kind {
        if text.count > 2, text[0] == UInt8(ascii: "0") {
            if text[1] == UInt8(ascii: "x") {
                return text.dropFirst(2).allSatisfy(isHexDigit) ? .integer : .string
            }
            if text[1] == UInt8(ascii: "o") {
                return text.dropFirst(2).allSatisfy(isOctalDigit) ? .integer : .string
            }
        }
        let unsigned = text[0] == UInt8(ascii: "+") || text[0] == UInt8(ascii: "-") ? 1 : 0
        let rest = UnsafeBufferPointer(rebasing: text[unsigned...])
        if isAny(of: infinityWords, rest) || (unsigned == 0 && isAny(of: nanWords, rest)) {
            return .float
        }
        return resolveDecimal(rest)
    }

    /// Matches `( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?` after the sign.
    private static func resolveDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Kind {
        var index = 0
        let integerDigits = skipDigits(text, &index)
        var fractionDigits = 0
        var isFloat = false
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            isFloat = true
            fractionDigits = skipDigits(text, &index)
        }
        guard integerDigits > 0 || fractionDigits > 0 else {
            return .string
        }
        if index < text.count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            isFloat = true
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard skipDigits(text, &index) > 0 else {
                return .string
            }
        }
        guard index == text.count else {
            return .string
        }
        return isFloat ? .float : .integer
    }

    private static func skipDigits(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int {
        let start = index
        while index < text.count, isDecimalDigit(text[index]) {
            index += 1
        }
        return index - start
    }

    static func isDecimalDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isOctalDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDecimalDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static func isAny(of words: [StaticString], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { word in
            word.utf8CodeUnitCount == text.count
                && UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).elementsEqual(text)
        }
    }
}
