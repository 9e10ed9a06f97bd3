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
    static func string(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
