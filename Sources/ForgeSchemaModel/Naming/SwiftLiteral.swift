/// Swift source text for literal values.
public enum SwiftLiteral {
    /// Returns `text` as a one-line Swift string literal, quotes included.
    ///
    /// Backslashes, quotes, line breaks, tabs and every other control or invisible scalar are
    /// escaped (`\u{7F}`), so the literal is safe in any generated file and reads back as `text`.
    public static func string(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            output += escaped(scalar)
        }
        return output + "\""
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
