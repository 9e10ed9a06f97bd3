/// Writes a node tree as canonical JSON, the same text for the same data.
///
/// The format is the one Python prints with `json.dumps(value, indent=2, sort_keys=True,
/// ensure_ascii=False)`, followed by a newline:
/// - keys sorted by Unicode scalar value (the same as UTF-8 byte order, and Python's
///   string order), not by Swift's `String` comparison, which normalizes first;
/// - two-space indentation, `", "`-free separators (`,` at line ends, `": "` after keys),
///   and `{}` / `[]` for empty collections;
/// - numbers as their `Scalar.decimalText`: the original digits, with hexadecimal and
///   octal converted to decimal. Infinities and NaN are written `Infinity`, `-Infinity`
///   and `NaN`. That is not JSON, but it is what Python writes and reads;
/// - strings escaped as JSON requires (`"`, `\`, and control characters below U+0020;
///   `\b \f \n \r \t` by name, others as lowercase `\u00xx`); other characters,
///   non-ASCII included, are written as UTF-8.
///
/// The writer recurses once per nesting level; loaded trees are bounded by `LoadLimits.maximumDepth`.
public struct CanonicalJSONWriter: Sendable {
    public init() {}

    /// Returns the canonical JSON text of `node`, ending with a newline.
    public func write(_ node: Node) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(node, indent: 0, into: &output)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private func write(_ node: Node, indent: Int, into output: inout [UInt8]) {
        switch node.content {
        case .scalar(let scalar):
            Self.write(scalar, into: &output)
        case .sequence(let elements):
            writeCollection(elements, open: "[", close: "]", indent: indent, into: &output) { element, output in
                write(element, indent: indent + 1, into: &output)
            }
        case .mapping(let entries):
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writeCollection(sorted, open: "{", close: "}", indent: indent, into: &output) { entry, output in
                Self.writeString(entry.key, into: &output)
                output.append(contentsOf: ": ".utf8)
                write(entry.value, indent: indent + 1, into: &output)
            }
        }
    }

    private func writeCollection<Item>(
        _ items: [Item], open: Unicode.Scalar, close: Unicode.Scalar, indent: Int, into output: inout [UInt8],
        _ writeItem: (Item, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: open))
        guard !items.isEmpty else {
            output.append(UInt8(ascii: close))
            return
        }
        for (index, item) in items.enumerated() {
            output.append(contentsOf: index == 0 ? "\n".utf8 : ",\n".utf8)
            Self.writeIndent(indent + 1, into: &output)
            writeItem(item, &output)
        }
        output.append(UInt8(ascii: "\n"))
        Self.writeIndent(indent, into: &output)
        output.append(UInt8(ascii: close))
    }

    private static func writeIndent(_ level: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
    }

    private static func write(_ scalar: Scalar, into output: inout [UInt8]) {
        switch scalar {
        case .string(let text):
            writeString(text, into: &output)
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer, .float:
            output.append(contentsOf: (scalar.decimalText ?? nonFiniteText(scalar)).utf8)
        }
    }

    private static func nonFiniteText(_ scalar: Scalar) -> String {
        guard let value = scalar.doubleValue, !value.isNaN else {
            return "NaN"
        }
        return value < 0 ? "-Infinity" : "Infinity"
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0..<0x20: output.append(contentsOf: "\\u00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16))".utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension Node {
    /// Returns this tree as canonical JSON text; see `CanonicalJSONWriter` for the format.
    public func canonicalJSON() -> String {
        CanonicalJSONWriter().write(self)
    }
}
