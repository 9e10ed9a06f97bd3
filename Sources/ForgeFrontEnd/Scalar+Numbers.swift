extension Scalar {
    /// Returns the exact integer value of a number, or nil.
    ///
    /// Integer text converts in any of its radixes; float text converts when its value is
    /// integral (`10.0`, `1e3`). Nil when the value has a fraction, does not fit in Int,
    /// or the scalar is not a number. Never rounds.
    public var integerValue: Int? {
        switch self {
        case .integer(let text):
            if let (radix, digits) = NumberText.radixDigits(text) {
                return Int(digits, radix: radix)
            }
            return Int(text)
        case .float(let text):
            return DecimalNumber(text)?.exactInt
        default:
            return nil
        }
    }

    /// Returns the nearest Double to a number; `.inf`, `-.inf` and `.nan` give infinities and NaN.
    ///
    /// Text beyond Double's range gives an infinity. Nil for scalars that are not numbers.
    public var doubleValue: Double? {
        switch self {
        case .integer, .float:
            if let special = specialFloat {
                return special
            }
            return decimalText.flatMap(Double.init)
        default:
            return nil
        }
    }

    /// Returns true for integers and for floats whose value is a whole number, such as `1.0`.
    public var isIntegral: Bool {
        switch self {
        case .integer:
            return true
        case .float(let text):
            return specialFloat == nil && DecimalNumber(text)?.isIntegral == true
        default:
            return false
        }
    }

    /// Returns the number as JSON number text, with its digits otherwise as written.
    ///
    /// Hexadecimal and octal become decimal, a `+` sign and leading zeros are dropped, and
    /// `.5` becomes `0.5`. Nil for infinities, NaN and scalars that are not numbers.
    public var decimalText: String? {
        switch self {
        case .integer(let text):
            if let (radix, digits) = NumberText.radixDigits(text) {
                return NumberText.decimal(fromDigits: digits, radix: radix)
            }
            return NumberText.jsonDecimal(text)
        case .float(let text):
            return specialFloat == nil ? NumberText.jsonDecimal(text) : nil
        default:
            return nil
        }
    }

    /// Returns the scalar as text: a string's contents, `true`/`false`, `null`, or a number as written.
    ///
    /// Useful where a string is expected but a value such as an enum case was written unquoted.
    public var textValue: String? {
        switch self {
        case .string(let text), .integer(let text), .float(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    /// The value of `.inf`, `-.inf`, `+.inf` or `.nan` in any of their core-schema spellings.
    private var specialFloat: Double? {
        guard case .float(let text) = self else {
            return nil
        }
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return nil
        }
    }
}
