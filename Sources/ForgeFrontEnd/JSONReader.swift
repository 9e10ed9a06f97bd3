import ForgeDiagnostics

/// Reads JSON (RFC 8259) into a located node tree.
///
/// JSON does not go through libyaml, which limits implicit keys to 1024 characters and
/// rejects surrogate-pair escapes and raw C1 control characters that JSON allows. The
/// reader works on bytes already checked to be valid UTF-8, keeps its own stack (depth
/// is bounded by `LoadLimits.maximumDepth`), and keeps every number's text. Lines end
/// at LF; columns count Unicode scalars.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let limits: LoadLimits
    private var builder: NodeTreeBuilder
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `index`, so columns count scalars.
    private var continuationBytes = 0
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        self.builder = NodeTreeBuilder(limits: limits)
    }

    /// Reads one JSON value filling all of `bytes`, which must be valid UTF-8 without a BOM.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits
    ) throws(DiagnosticError) -> Node {
        var reader = JSONReader(bytes: bytes, file: file, limits: limits)
        return try reader.readDocument()
    }

    private mutating func readDocument() throws(DiagnosticError) -> Node {
        try readValue()
        while builder.depth > 0 {
            try readAfterValue()
        }
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describe(at: index)) after the end of the JSON value", at: index)
        }
        return builder.root!
    }

    /// Reads what follows a value inside an object or array: a comma and the next item, or the closing bracket.
    private mutating func readAfterValue() throws(DiagnosticError) {
        skipWhitespace()
        let isObject = builder.topIsMapping
        let byte = index < bytes.count ? bytes[index] : 0
        if byte == UInt8(ascii: ",") {
            index += 1
            if isObject {
                try readKey()
            }
            try readValue()
        } else if byte == UInt8(ascii: isObject ? "}" : "]") {
            index += 1
            try builder.endCollection()
        } else {
            let expected = isObject ? "',' or '}' after an object member" : "',' or ']' after an array element"
            throw error("expected \(expected), found \(describe(at: index))", at: index)
        }
    }

    /// Reads one value; an opened object or array is left on the builder's stack, so nothing recurses.
    private mutating func readValue() throws(DiagnosticError) {
        while true {
            skipWhitespace()
            let location = currentLocation
            guard index < bytes.count else {
                throw error("expected a JSON value, found the end of the file", at: index)
            }
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[index] == UInt8(ascii: "{")
                index += 1
                try builder.beginCollection(isMapping: isObject, at: location)
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: isObject ? "}" : "]") {
                    index += 1
                    try builder.endCollection()
                    return
                }
                if isObject {
                    try readKey()
                }
            case UInt8(ascii: "\""):
                try builder.addScalar(Node(.scalar(.string(try readString())), at: location))
                return
            default:
                try builder.addScalar(Node(.scalar(try readBareScalar()), at: location))
                return
            }
        }
    }

    private mutating func readKey() throws(DiagnosticError) {
        skipWhitespace()
        let location = currentLocation
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw error("expected a string key, found \(describe(at: index))", at: index)
        }
        let key = try readString()
        try builder.setKey(key, at: location)
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw error("expected ':' after an object key, found \(describe(at: index))", at: index)
        }
        index += 1
    }

    private var currentLocation: SourceLocation {
        SourceLocation(file: file, line: line, column: index - lineStart - continuationBytes + 1)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
                continuationBytes = 0
            default:
                return
            }
        }
    }

    /// Reads a string starting at its opening quote; strings without escapes are decoded in one step.
    private mutating func readString() throws(DiagnosticError) -> String {
        let start = index + 1
        var position = start
        var continuation = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                try finishString(from: start, to: position, continuation: continuation)
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 {
                break
            }
            if byte & 0xC0 == 0x80 {
                continuation += 1
            }
            position += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        let end = try readEscapedRest(from: position, stringStart: start, continuation: &continuation)
        try finishString(from: start, to: end, continuation: continuation)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Moves past the closing quote at `end`; `continuation` counts the string's UTF-8 continuation bytes.
    private mutating func finishString(from start: Int, to end: Int, continuation: Int) throws(DiagnosticError) {
        guard end - start <= limits.maximumScalarLength else {
            let message =
                "a string is longer than \(limits.maximumScalarLength) bytes (LoadLimits.maximumScalarLength)"
            throw error(message, at: start - 1)
        }
        continuationBytes += continuation
        index = end + 1
    }

    /// Decodes the rest of a string into `scratch`; returns the offset of the closing quote.
    private mutating func readEscapedRest(
        from offset: Int, stringStart: Int, continuation: inout Int
    ) throws(DiagnosticError) -> Int {
        var position = offset
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                return position
            }
            if byte == UInt8(ascii: "\\") {
                position = try readEscape(at: position)
            } else if byte < 0x20 {
                let message = "a control character (U+\(UInt32(byte).paddedHex)) must be escaped inside a string"
                throw error(message, at: position)
            } else {
                if byte & 0xC0 == 0x80 {
                    continuation += 1
                }
                scratch.append(byte)
                position += 1
            }
        }
        throw error("a string is not closed before the end of the file", at: stringStart - 1)
    }

    /// Decodes the escape at `offset` (its backslash) into `scratch`; returns the offset after it.
    private mutating func readEscape(at offset: Int) throws(DiagnosticError) -> Int {
        guard offset + 1 < bytes.count else {
            throw error("a string is not closed before the end of the file", at: offset)
        }
        let simple: UInt8
        switch bytes[offset + 1] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): return try readUnicodeEscape(at: offset)
        default:
            throw error("invalid escape '\\\(describeCharacter(at: offset + 1))' in a string", at: offset)
        }
        scratch.append(simple)
        return offset + 2
    }

    /// Decodes `\uXXXX`, joining a surrogate pair; a lone surrogate is an error.
    private mutating func readUnicodeEscape(at offset: Int) throws(DiagnosticError) -> Int {
        let first = try hexQuad(at: offset)
        var value = first
        var end = offset + 6
        if (0xDC00...0xDFFF).contains(first) {
            throw error("a low surrogate (\\u\(first.paddedHex)) has no high surrogate before it", at: offset)
        }
        if (0xD800...0xDBFF).contains(first) {
            let hasPair =
                end + 1 < bytes.count && bytes[end] == UInt8(ascii: "\\") && bytes[end + 1] == UInt8(ascii: "u")
            let second = hasPair ? try hexQuad(at: end) : 0
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("a high surrogate (\\u\(first.paddedHex)) is not followed by a low surrogate", at: offset)
            }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            end += 6
        }
        scratch.append(contentsOf: String(Unicode.Scalar(value)!).utf8)
        return end
    }

    private func hexQuad(at offset: Int) throws(DiagnosticError) -> UInt32 {
        var value: UInt32 = 0
        for position in (offset + 2)..<(offset + 6) {
            guard position < bytes.count, let digit = Self.hexDigit(bytes[position]) else {
                throw error("a \\u escape needs four hexadecimal digits", at: offset)
            }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Reads a number or `true`, `false`, `null` at the current offset.
    private mutating func readBareScalar() throws(DiagnosticError) -> Scalar {
        if let (length, scalar) = literal() {
            index += length
            return scalar
        }
        let start = index
        let isFloat = try scanNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return isFloat ? .float(text) : .integer(text)
    }

    private func literal() -> (Int, Scalar)? {
        switch bytes[index] {
        case UInt8(ascii: "t") where matches("true"): return (4, .bool(true))
        case UInt8(ascii: "f") where matches("false"): return (5, .bool(false))
        case UInt8(ascii: "n") where matches("null"): return (4, .null)
        default: return nil
        }
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else {
            return false
        }
        return (0..<count).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
    }

    /// Moves past a number by the JSON grammar; returns true when it has a fraction or an exponent.
    private mutating func scanNumber() throws(DiagnosticError) -> Bool {
        let start = index
        if peek(UInt8(ascii: "-")) {
            index += 1
        }
        if peek(UInt8(ascii: "0")) {
            index += 1
        } else if skipDigits() == 0 {
            let what = index == start ? "a JSON value" : "a digit after '-'"
            throw error("expected \(what), found \(describe(at: index))", at: index)
        }
        var isFloat = false
        if peek(UInt8(ascii: ".")) {
            index += 1
            isFloat = true
            guard skipDigits() > 0 else {
                throw error("expected a digit after the decimal point, found \(describe(at: index))", at: index)
            }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            isFloat = true
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) {
                index += 1
            }
            guard skipDigits() > 0 else {
                throw error("expected a digit in the exponent, found \(describe(at: index))", at: index)
            }
        }
        return isFloat
    }

    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        return index - start
    }

    private func error(_ message: String, at offset: Int) -> DiagnosticError {
        let (line, column) = UTF8Validation.position(of: offset, in: bytes)
        return DiagnosticError(.error(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    /// Describes the character at `offset` for a message: a quoted character or "the end of the file".
    private func describe(at offset: Int) -> String {
        offset < bytes.count ? "'\(describeCharacter(at: offset))'" : "the end of the file"
    }

    private func describeCharacter(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 {
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        let scalar = text.unicodeScalars.first!
        return scalar.properties.generalCategory == .control ? "U+\(scalar.value.paddedHex)" : text
    }
}
