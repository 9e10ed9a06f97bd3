import ForgeDiagnostics
import ForgeFrontEnd
import Testing

@testable import ForgeSchemaModel

struct CompactJSONTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi" \ bye"#, #""say \"hi\" \\ bye""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{0}\u{1F}", #""\u0000\u001f""#),
        ("café ☕ \u{1}", #""café ☕ \u0001""#),
    ])
    func stringEscapes(input: String, expected: String) {
        #expect(CompactJSON.string(input) == expected)
    }

    @Test func mappingKeepsKeyOrder() {
        let location = SourceLocation(file: "test.json", line: 1, column: 1)
        let node = Node(
            .mapping([
                MappingEntry(key: "b\"", keyLocation: location, value: Node(.scalar(.integer("1")), at: location)),
                MappingEntry(key: "a", keyLocation: location, value: Node(.scalar(.string("é\n")), at: location)),
            ]), at: location)
        #expect(CompactJSON.text(node) == #"{"b\"":1,"a":"é\n"}"#)
    }
}
