/// Exact arithmetic on number text, so no value is rounded before a caller asks for a machine number.
enum NumberText {
    /// Splits core-schema `0x` and `0o` integers into radix and digits; returns nil for decimal text.
    static func radixDigits(_ text: String) -> (radix: Int, digits: Substring)? {
        if text.hasPrefix("0x") {
            return (16, text.dropFirst(2))
        }
        if text.hasPrefix("0o") {
            return (8, text.dropFirst(2))
        }
        return nil
    }

    /// Converts digits in `radix` to decimal digits of any length.
    static func decimal(fromDigits digits: Substring, radix: Int) -> String {
        // Little-endian limbs of nine decimal digits each.
        var limbs: [UInt64] = [0]
        let base: UInt64 = 1_000_000_000
        for character in digits {
            var carry = UInt64(character.hexDigitValue ?? 0)
            for index in limbs.indices {
                let value = limbs[index] * UInt64(radix) + carry
                limbs[index] = value % base
                carry = value / base
            }
            if carry > 0 {
                limbs.append(carry)
            }
        }
        var text = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    /// Rewrites decimal number text in JSON's grammar: no `+` sign, no leading zeros,
    /// a digit on both sides of the point (`.5` → `0.5`, `1.` → `1.0`). Exponents stay as written.
    static func jsonDecimal(_ text: String) -> String {
        var rest = Substring(text)
        var result = ""
        if let sign = rest.first, sign == "+" || sign == "-" {
            rest.removeFirst()
            if sign == "-" {
                result = "-"
            }
        }
        let integerPart = rest.prefix { $0.isASCII && $0.isNumber }
        rest.removeFirst(integerPart.count)
        let significant = integerPart.drop { $0 == "0" }
        result += significant.isEmpty ? "0" : String(significant)
        if rest.first == "." {
            rest.removeFirst()
            let fraction = rest.prefix { $0.isASCII && $0.isNumber }
            rest.removeFirst(fraction.count)
            result += "." + (fraction.isEmpty ? "0" : String(fraction))
        }
        return result + rest
    }
}

/// A decimal number as sign, significant digits and a power of ten, parsed without rounding.
struct DecimalNumber {
    var isNegative: Bool
    /// Digits without leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`; clamped far beyond any Int, so huge exponents stay huge.
    var exponent: Int

    /// Parses text in the YAML core or JSON grammar, such as `-1.50e3`; nil for other text.
    init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        isNegative = bytes.first == UInt8(ascii: "-")
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            bytes.removeFirst()
        }
        let integer = bytes.prefix(while: ScalarResolver.isDecimalDigit)
        bytes.removeFirst(integer.count)
        var fraction: ArraySlice<UInt8> = []
        if bytes.first == UInt8(ascii: ".") {
            bytes.removeFirst()
            fraction = bytes.prefix(while: ScalarResolver.isDecimalDigit)
            bytes.removeFirst(fraction.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty, let power = Self.exponent(bytes) else {
            return nil
        }
        let all = Array(integer) + Array(fraction)
        let leading = all.prefix { $0 == UInt8(ascii: "0") }.count
        let trailing = all.reversed().prefix { $0 == UInt8(ascii: "0") }.count
        digits = leading == all.count ? [] : Array(all[leading..<(all.count - trailing)])
        exponent = power - fraction.count + trailing
    }

    /// Parses `[eE][+-]?[0-9]+` or nothing; clamps the value to ±10^15.
    private static func exponent(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = bytes.first else {
            return 0
        }
        guard first | 0x20 == UInt8(ascii: "e") else {
            return nil
        }
        var rest = bytes.dropFirst()
        let negative = rest.first == UInt8(ascii: "-")
        if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") {
            rest.removeFirst()
        }
        guard !rest.isEmpty, rest.allSatisfy(ScalarResolver.isDecimalDigit) else {
            return nil
        }
        var value = 0
        for digit in rest {
            value = min(value * 10 + Int(digit - UInt8(ascii: "0")), 1_000_000_000_000_000)
        }
        return negative ? -value : value
    }

    var isZero: Bool { digits.isEmpty }

    /// True when the value has no fractional part.
    var isIntegral: Bool { isZero || exponent >= 0 }

    /// The exact value as an Int, or nil when it has a fraction or does not fit.
    var exactInt: Int? {
        guard !isZero else {
            return 0
        }
        guard exponent >= 0, digits.count + exponent <= 19 else {
            return nil
        }
        var magnitude: UInt64 = 0
        for digit in digits + [UInt8](repeating: UInt8(ascii: "0"), count: exponent) {
            let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflow, !carry else {
                return nil
            }
            magnitude = sum
        }
        if isNegative {
            return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }
}
