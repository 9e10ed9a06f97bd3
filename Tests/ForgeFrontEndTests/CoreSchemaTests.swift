import ForgeFrontEnd
import Testing

@Suite struct CoreSchemaTests {
    private func scalar(_ text: String) throws -> Scalar? {
        try load("value: \(text)\n")["value"]?.scalar
    }

    @Test(arguments: ["yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF", "Y", "N", "yEs"])
    func yaml11BooleanWordsStayStrings(word: String) throws {
        #expect(try scalar(word) == .string(word))
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false)])
    func booleans(text: String, value: Bool) throws {
        #expect(try scalar(text) == .bool(value))
    }

    @Test(arguments: ["tRUE", "FaLsE", "truee"])
    func otherCasingsAreStrings(text: String) throws {
        #expect(try scalar(text) == .string(text))
    }

    @Test(arguments: ["null", "Null", "NULL", "~", ""])
    func nulls(text: String) throws {
        #expect(try scalar(text) == .null)
    }

    @Test(arguments: ["0", "-12", "+7", "0123", "0x1F", "0o17", "123456789012345678901234567890"])
    func integers(text: String) throws {
        #expect(try scalar(text) == .integer(text))
    }

    @Test(arguments: ["3.10", "1e400", "1e3", "-.5", "+1.", ".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN", "1E-7"])
    func floats(text: String) throws {
        #expect(try scalar(text) == .float(text))
    }

    @Test(arguments: [
        "0b101", "1_000", "12:30:00", "2001-12-14", "0x", "0o8", "0xG", "-.nan", ".", "+", "1e", "1.2.3", "=", "<<",
        "nil", "NaN", "inf", "-0x1",
    ])
    func yaml11AndNonCoreFormsAreStrings(text: String) throws {
        #expect(try scalar(text) == .string(text))
    }

    @Test(arguments: ["'true'", "\"12\"", "'null'", "\"~\""])
    func quotedAreStrings(text: String) throws {
        #expect(try scalar(text) == .string(String(text.dropFirst().dropLast())))
    }

    @Test func blockScalarsAreStrings() throws {
        let root = try load("a: |\n  12\nb: >\n  true\n")
        #expect(root["a"]?.scalar == .string("12\n"))
        #expect(root["b"]?.scalar == .string("true\n"))
    }

    @Test func tags() throws {
        let root = try load(
            "a: !!str 12\nb: !!str true\nc: !!int \"7\"\nd: !!float 1\ne: !!null ''\nf: ! 12\ng: !x 5\n")
        #expect(root["a"]?.scalar == .string("12"))
        #expect(root["b"]?.scalar == .string("true"))
        #expect(root["c"]?.scalar == .integer("7"))
        #expect(root["d"]?.scalar == .float("1"))
        #expect(root["e"]?.scalar == .null)
        #expect(root["f"]?.scalar == .string("12"))
        #expect(root["g"]?.scalar == .integer("5"))
    }

    @Test func mismatchedTagIsAnError() {
        let failure = loadFailure("a: 1\nb: !!int twelve\n")
        #expect(failure?.message == "'twelve' is not a valid value for the tag !!int")
        #expect(position(failure?.location) == "2:4")
    }

    @Test func keysKeepTheirText() throws {
        let root = try load("200: a\ntrue: b\n~: c\n0x1F: d\n1.50: e\nyes: f\n")
        #expect(root.entries?.map(\.key) == ["200", "true", "~", "0x1F", "1.50", "yes"])
    }

    @Test func norwayEnum() throws {
        let root = try load("enum: [SE, NO, DK, FI, IS]\n")
        #expect(root["enum"]?.elements?.map(\.string) == ["SE", "NO", "DK", "FI", "IS"])
    }
}
