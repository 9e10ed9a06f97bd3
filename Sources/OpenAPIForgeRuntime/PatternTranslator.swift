/// A single pass over an ECMA-262 pattern that writes the ICU equivalent; see ``ValidationPattern``.
struct PatternTranslator {
    private static let digit: String = "0-9"
    private static let word: String = "A-Za-z0-9_"
    private static let space: String =
        "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
    private static let lineTerminators: String = "\\n\\r\\x{2028}\\x{2029}"
    private static let wordBoundary: String =
        "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))"
    private static let nonWordBoundary: String =
        "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))"

    private let scalars: [Unicode.Scalar]
    private var index: Int = 0
    private var inClass: Bool = false
    private var output: String = ""

    init(_ pattern: String) {
        self.scalars = Array(pattern.unicodeScalars)
    }

    mutating func run() -> String {
        while index < scalars.count {
            let scalar: Unicode.Scalar = scalars[index]
            index += 1
            if scalar == "\\" {
                translateEscape()
            } else if inClass {
                translateInClass(scalar)
            } else {
                translateOutsideClass(scalar)
            }
        }
        return output
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func translateEscape() {
        guard let escaped = peek() else {
            output += "\\\\"
            return
        }
        index += 1
        switch escaped {
        case "d", "D", "w", "W", "s", "S":
            output += Self.characterSet(for: escaped, inClass: inClass)
        case "b":
            output += inClass ? "\\x{08}" : Self.wordBoundary
        case "B" where !inClass:
            output += Self.nonWordBoundary
        case "p", "P":
            output += "\\" + String(escaped) + copyBraced()
        case "u" where peek() == "{":
            output += "\\x" + copyBraced()
        case "0" where !(peek().map(Self.isDigit) ?? false):
            output += "\\x{0}"
        case "/":
            output += "/"
        default:
            output += "\\" + String(escaped)
        }
    }

    /// Returns the ICU set for `\d`, `\w`, `\s` or a negation, as class content inside a class.
    private static func characterSet(for escape: Unicode.Scalar, inClass: Bool) -> String {
        let members: String
        switch escape {
        case "d", "D":
            members = digit
        case "w", "W":
            members = word
        default:
            members = space
        }
        let negated: Bool = escape == "D" || escape == "W" || escape == "S"
        if negated {
            return "[^" + members + "]"
        }
        return inClass ? members : "[" + members + "]"
    }

    /// Copies `{…}` after `\p`, `\P` or `\u` verbatim, so its braces are not taken for a quantifier.
    private mutating func copyBraced() -> String {
        guard peek() == "{" else {
            return ""
        }
        index += 1
        return "{" + copyThroughClosingBrace()
    }

    /// Copies the text up to and including the next `}`, or to the end when there is none.
    private mutating func copyThroughClosingBrace() -> String {
        var text: String = ""
        while let scalar = peek() {
            text.unicodeScalars.append(scalar)
            index += 1
            if scalar == "}" {
                break
            }
        }
        return text
    }

    private mutating func translateInClass(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "]":
            inClass = false
            output += "]"
        case "[", "&", "$":
            output += "\\" + String(scalar)
        case "-" where peek() == "-":
            index += 1
            output += "-\\-"
        default:
            output.unicodeScalars.append(scalar)
        }
    }

    private mutating func translateOutsideClass(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "[":
            openClass()
        case ".":
            output += "[^" + Self.lineTerminators + "]"
        case "$":
            output += "\\z"
        case "{":
            output += startsQuantifier() ? "{" + copyThroughClosingBrace() : "\\{"
        case "}", "]":
            output += "\\" + String(scalar)
        default:
            output.unicodeScalars.append(scalar)
        }
    }

    /// Writes the start of a class; ECMA-262's `[]` never matches and `[^]` matches any character.
    private mutating func openClass() {
        if peek() == "]" {
            index += 1
            output += "(?!)"
        } else if peek() == "^", peek(1) == "]" {
            index += 2
            output += "[\\x{0}-\\x{10FFFF}]"
        } else {
            inClass = true
            output += "["
            if peek() == "^" {
                index += 1
                output += "^"
            }
        }
    }

    /// Reports whether the text after a `{` completes a quantifier: `{n}`, `{n,}` or `{n,m}`.
    private func startsQuantifier() -> Bool {
        var offset: Int = 0
        var digitsBeforeComma: Int = 0
        while let scalar = peek(offset), Self.isDigit(scalar) {
            digitsBeforeComma += 1
            offset += 1
        }
        guard digitsBeforeComma > 0 else {
            return false
        }
        if peek(offset) == "," {
            offset += 1
            while let scalar = peek(offset), Self.isDigit(scalar) {
                offset += 1
            }
        }
        return peek(offset) == "}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "0" && scalar <= "9"
    }
}
