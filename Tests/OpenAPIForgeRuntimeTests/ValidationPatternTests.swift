import OpenAPIForgeRuntime
import Testing

@Suite struct ValidationPatternTests {
    @Test(arguments: [
        ("\\d{3}", "ab123cd", true), ("\\d{3}", "12", false), ("[0-9]{3}", "ab123cd", true),
        ("^\\d+$", "123", true), ("^\\d+$", "١٢٣", false), ("^\\w+$", "naive", true), ("^\\w+$", "naïve", false),
        ("^[a-z]+$", "abc\n", false), ("^[a-z]+$", "abc", true), ("^\\p{L}+$", "Ünïcödé", true),
        ("^\\p{L}+$", "abc1", false), ("^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})$", "2024-01-15", true),
        ("^[^/]+$", "a/b", false), ("^[^/]+$", "ab", true),
    ])
    func ecmaSemantics(pattern: String, value: String, expected: Bool) throws {
        let compiled: ValidationPattern = try ValidationPattern.compile(pattern)
        #expect(compiled.matches(value) == expected)
    }

    @Test(arguments: [
        ("[\\d]", "٣", false), ("[\\D]", "a", true), ("[^\\W]", "_", true), ("[^\\W]", "é", false),
        ("^\\s$", "\u{FEFF}", true), ("^\\s$", "\u{85}", false), ("^.$", "\u{85}", true), ("^.$", "\n", false),
        ("\\bcat\\b", "a cat.", true), ("\\bcat\\b", "écat", true), ("\\Bcat", "scat", true), ("a{", "a{", true),
        ("x}", "x}", true), ("a{2}", "aa", true), ("a{2,}", "a", false), ("[]", "a", false), ("[^]", "\n", true),
        ("\\u{1F600}", "😀", true), ("[a[]", "[", true), ("[&]", "&", true), ("\\/", "/", true), ("^[$]$", "$", true),
        ("\\x41", "A", true), ("^a\\0$", "a\u{0}", true), ("(?<=a)b", "ab", true), ("(\\w)\\1", "xx", true),
    ])
    func translatedEscapes(pattern: String, value: String, expected: Bool) throws {
        let compiled: ValidationPattern = try ValidationPattern.compile(pattern)
        #expect(compiled.matches(value) == expected, "\(compiled.translated)")
    }

    @Test func translatesAnchorsAndClasses() {
        #expect(ValidationPattern.translate("^\\d+$") == "^[0-9]+\\z")
        #expect(ValidationPattern.translate("[\\w-]") == "[A-Za-z0-9_-]")
        #expect(ValidationPattern.translate("\\p{L}{2}") == "\\p{L}{2}")
    }

    @Test func rejectsInvalidPattern() {
        #expect(throws: ValidationPatternError.self) {
            try ValidationPattern.compile("(unclosed")
        }
        let pattern: ValidationPattern = ValidationPattern("a(")
        #expect(pattern.compileError?.pattern == "a(")
        #expect(!pattern.matches("a("))
    }

    @Test func reportsMismatchAndBadPattern() {
        var context: ValidationContext = ValidationContext()
        context.checkPattern("abc1", ValidationPattern("^[a-z]+$"), at: "/code")
        context.checkPattern("abc", ValidationPattern("(["), at: "/other")
        #expect(context.issues.first?.description == #"/code: value "abc1" does not match pattern ^[a-z]+$"#)
        #expect(context.issues.last?.message.hasPrefix("pattern cannot be evaluated: ") == true)
        #expect(context.issues.map(\.keyword) == ["pattern", "pattern"])
    }

    @Test func matchesFromManyTasks() async {
        let pattern: ValidationPattern = ValidationPattern("^[a-z]+-\\d+$")
        let results: [Bool] = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask { pattern.matches(index % 2 == 0 ? "abc-\(index)" : "ABC-\(index)") }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 100)
    }
}
