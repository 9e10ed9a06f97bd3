import ForgeDiagnostics
import ForgeFrontEnd
import Testing

@Suite struct JSONReaderTests {
    @Test func structure() throws {
        let root = try load(#"{"b": [1, "x", true, null], "a": {"c": false}}"#, file: "doc.json")
        #expect(root.entries?.map(\.key) == ["b", "a"])
        #expect(root["b"]?.elements?.map(\.scalar) == [.integer("1"), .string("x"), .bool(true), .null])
        #expect(root["a"]?["c"]?.scalar == .bool(false))
    }

    @Test func locations() throws {
        let text = """
            {
              "name": "pets",
              "tags": [
                {"id": 7}
              ]
            }
            """
        let root = try load(text, file: "api.json")
        let entry = try #require(root.entry("name"))
        #expect(position(entry.keyLocation) == "2:3")
        #expect(position(entry.value.location) == "2:11")
        #expect(entry.value.location.file == "api.json")
        #expect(position(root["tags"]?.location) == "3:11")
        #expect(position(node(root, ["tags", 0])?.location) == "4:5")
        #expect(position(node(root, ["tags", 0, "id"])?.location) == "4:12")
    }

    @Test func columnsCountScalars() throws {
        let root = try load(#"{"é€😀": "ü", "k": 1}"#, file: "doc.json")
        #expect(position(root.entry("k")?.keyLocation) == "1:14")
        #expect(position(root["k"]?.location) == "1:19")
    }

    @Test func numbersKeepText() throws {
        let root = try load(#"[3.10, 123456789012345678901234567890, 1e400, -0, 2E-3]"#, file: "n.json")
        let expected: [Scalar] = [
            .float("3.10"), .integer("123456789012345678901234567890"), .float("1e400"), .integer("-0"),
            .float("2E-3"),
        ]
        #expect(root.elements?.map(\.scalar) == expected)
    }

    @Test func escapes() throws {
        let root = try load(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\udc4d"]"#, file: "e.json")
        #expect(root.elements?.map(\.string) == ["a\"b\\c/d\u{8}\u{C}\n\r\t", "é€", "👍"])
    }

    @Test func loneHighSurrogate() {
        let failure = loadFailure("{\n  \"a\": \"x\\ud83d\"\n}", file: "s.json")
        #expect(position(failure?.location) == "2:10")
        #expect(failure?.message.contains("high surrogate") == true)
    }

    @Test func loneLowSurrogate() {
        let failure = loadFailure(#"["\udc4d"]"#, file: "s.json")
        #expect(position(failure?.location) == "1:3")
        #expect(failure?.message.contains("low surrogate") == true)
    }

    @Test func rawC1Characters() throws {
        let root = try load("[\"a\u{85}b\u{9F}\"]", file: "c1.json")
        #expect(root.elements?.first?.string == "a\u{85}b\u{9F}")
    }

    @Test func longKeys() throws {
        let key = "/" + String(repeating: "segment/", count: 200)
        let root = try load(#"{"\#(key)": {"x": 1}}"#, file: "long.json")
        #expect(root.entries?.first?.key == key)
        #expect(key.count > 1024)
    }

    @Test func duplicateKey() {
        let failure = loadFailure("{\n  \"a\": 1,\n  \"a\": 2\n}", file: "d.json")
        #expect(failure?.message == "duplicate key 'a'")
        #expect(position(failure?.location) == "3:3")
        #expect(position(failure?.notes.first?.location) == "2:3")
    }

    @Test func duplicateKeyInLargeObject() {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let failure = loadFailure("{\(members), \"k7\": 0}", file: "d.json")
        #expect(failure?.message == "duplicate key 'k7'")
        #expect(failure?.notes.first?.location?.column == 65)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "1:9", "expected a string key, found '}'"),
        ("[1 2]", "1:4", "expected ',' or ']' after an array element, found '2'"),
        ("{\"a\" 1}", "1:6", "expected ':' after an object key, found '1'"),
        ("[01]", "1:3", "expected ',' or ']' after an array element, found '1'"),
        ("[1.]", "1:4", "expected a digit after the decimal point, found ']'"),
        ("[\"a\tb\"]", "1:4", "a control character (U+0009) must be escaped inside a string"),
        ("[\"abc", "1:2", "a string is not closed before the end of the file"),
        ("[tru]", "1:2", "expected a JSON value, found 't'"),
        ("{} x", "1:4", "unexpected 'x' after the end of the JSON value"),
        ("[\"\\x\"]", "1:3", "invalid escape '\\x' in a string"),
        ("", "1:1", "expected a JSON value, found the end of the file"),
    ])
    func syntaxErrors(text: String, expectedPosition: String, message: String) {
        let failure = loadFailure(text, file: "bad.json")
        #expect(failure?.message == message)
        #expect(position(failure?.location) == expectedPosition)
    }

    @Test func errorOnLine40Column7() {
        let lines = (1...39).map { "  \"k\($0)\": \($0)," } + ["      nope"]
        let failure = loadFailure("{\n" + lines.dropFirst().joined(separator: "\n") + "\n}", file: "f.json")
        #expect(position(failure?.location) == "40:7")
        #expect(failure?.location?.file == "f.json")
    }

    @Test func detectedByFirstCharacter() throws {
        let root = try load("  \n[1, {\"a\": \"\\ud83d\\udc4d\"}]", file: "noext")
        #expect(node(root, [1, "a"])?.string == "👍")
    }

    @Test func yamlFlowFallsBackToYAML() throws {
        let root = try load("{a: yes, b: [x]}", file: "flow.yaml")
        #expect(root["a"]?.string == "yes")
    }

    @Test func jsonNamedFileDoesNotFallBack() {
        let failure = loadFailure("{a: 1}", file: "flow.json")
        #expect(failure?.message == "expected a string key, found 'a'")
    }
}
