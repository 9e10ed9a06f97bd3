import ForgeFrontEnd

/// Writes loaded values as compact JSON text for doc comments and the model dump.
enum CompactJSON {
    /// Returns `node` as one line of JSON with keys in document order.
    static func text(_ node: Node) -> String {
        switch node.content {
        case .scalar(let scalar):
            return text(scalar)
        case .sequence(let elements):
            return "[" + elements.map(text).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.map { string($0.key) + ":" + text($0.value) }.joined(separator: ",") + "}"
        }
    }

    private static func text(_ scalar: Scalar) -> String {
        switch scalar {
        case .string(let value): return string(value)
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer, .float: return scalar.decimalText ?? "null"
        }
    }

    /// Returns `value` as a JSON string literal.
    ///
    /// Only ASCII bytes are ever escaped, and every byte of a multi-byte UTF-8 sequence is 0x80 or
    /// more, so the text is escaped byte by byte.
    static func string(_ value: String) -> String {
        guard value.utf8.contains(where: needsEscape) else {
            return "\"" + value + "\""
        }
        var output: [UInt8] = [UInt8(ascii: "\"")]
        output.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case UInt8(ascii: "\n"): output += "\\n".utf8
            case UInt8(ascii: "\r"): output += "\\r".utf8
            case UInt8(ascii: "\t"): output += "\\t".utf8
            case _ where byte < 0x20:
                let hex = String(byte, radix: 16)
                output += "\\u".utf8
                output += (String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
        return String(decoding: output, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
