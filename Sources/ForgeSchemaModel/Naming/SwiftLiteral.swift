/// Swift source text for literal values.
public enum SwiftLiteral {
    /// Returns `text` as a one-line Swift string literal, quotes included.
    ///
    /// Backslashes, quotes, line breaks, tabs and every other control or invisible scalar are
    /// escaped (`\u{7F}`), so the literal is safe in any generated file and reads back as `text`.
    public static func string(_ text: String) -> String {
        if text.utf8.allSatisfy(isPlainASCII) {
            return "\"" + text + "\""
        }
        var output = "\""
        for scalar in text.unicodeScalars {
            output += escaped(scalar)
        }
        return output + "\""
    }

    /// Returns whether a UTF-8 byte is a printable ASCII character that needs no escape in a literal.
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "\"")
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\0": return "\\0"
        default:
            return isInvisible(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse:
            return true
        default:
            return false
        }
    }
}
