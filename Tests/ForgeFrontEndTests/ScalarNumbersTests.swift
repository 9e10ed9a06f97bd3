import ForgeFrontEnd
import Testing

@Suite struct ScalarNumbersTests {
    @Test(arguments: [
        (Scalar.integer("42"), 42), (.integer("-7"), -7), (.integer("+7"), 7), (.integer("0012"), 12),
        (.integer("0x1F"), 31), (.integer("0o17"), 15), (.float("10.0"), 10), (.float("1e3"), 1000),
        (.float("-2.50e1"), -25), (.float("0.0e-999"), 0), (.integer("9223372036854775807"), Int.max),
        (.integer("-9223372036854775808"), Int.min), (.float("-9.223372036854775808e18"), Int.min),
    ])
    func integerValue(scalar: Scalar, expected: Int) {
        #expect(scalar.integerValue == expected)
    }

    @Test(arguments: [
        Scalar.integer("9223372036854775808"), .float("1.5"), .float("1e400"), .float("9223372036854776000.0"),
        .float(".inf"), .float(".nan"), .string("12"), .bool(true), .null, .integer("0x10000000000000000"),
        .float("1e-3"),
    ])
    func integerValueIsNil(scalar: Scalar) {
        #expect(scalar.integerValue == nil)
    }

    @Test(arguments: [
        (Scalar.integer("3"), 3.0), (.float("3.10"), 3.1), (.float(".5"), 0.5), (.float("1e400"), .infinity),
        (.float("-.inf"), -.infinity), (.float(".Inf"), .infinity), (.integer("0x10"), 16), (.integer("0o10"), 8),
        (.integer("123456789012345678901234567890"), 1.2345678901234568e29),
    ])
    func doubleValue(scalar: Scalar, expected: Double) {
        #expect(scalar.doubleValue == expected)
    }

    @Test func nanAndNonNumbers() {
        #expect(Scalar.float(".NaN").doubleValue?.isNaN == true)
        #expect(Scalar.string("1").doubleValue == nil)
        #expect(Scalar.bool(false).doubleValue == nil)
    }

    @Test(arguments: [
        (Scalar.integer("5"), true), (.float("1.0"), true), (.float("9223372036854776000"), true),
        (.float("1e400"), true), (.float("1.5"), false), (.float("1e-1"), false), (.float(".inf"), false),
        (.float(".nan"), false), (.string("1"), false), (.float("0.000"), true), (.float("12.5e1"), true),
    ])
    func isIntegral(scalar: Scalar, expected: Bool) {
        #expect(scalar.isIntegral == expected)
    }

    @Test(arguments: [
        (Scalar.integer("0x1F"), "31"), (.integer("0o777"), "511"), (.integer("+12"), "12"), (.integer("007"), "7"),
        (.integer("-0"), "-0"), (.float(".5"), "0.5"), (.float("-.5e3"), "-0.5e3"), (.float("1."), "1.0"),
        (.float("+1.50E+07"), "1.50E+07"), (.float("3.10"), "3.10"), (.float("1e400"), "1e400"),
        (.integer("0xFFFFFFFFFFFFFFFFFFFF"), "1208925819614629174706175"),
        (.integer("123456789012345678901234567890"), "123456789012345678901234567890"),
    ])
    func decimalText(scalar: Scalar, expected: String) {
        #expect(scalar.decimalText == expected)
    }

    @Test func decimalTextNilForNonFinite() {
        #expect(Scalar.float(".inf").decimalText == nil)
        #expect(Scalar.float("-.INF").decimalText == nil)
        #expect(Scalar.float(".nan").decimalText == nil)
        #expect(Scalar.string("1").decimalText == nil)
    }

    @Test(arguments: [
        (Scalar.string("yes"), "yes"), (.bool(true), "true"), (.bool(false), "false"), (.null, "null"),
        (.integer("0x1F"), "0x1F"), (.float("3.10"), "3.10"),
    ])
    func textValue(scalar: Scalar, expected: String) {
        #expect(scalar.textValue == expected)
    }
}
