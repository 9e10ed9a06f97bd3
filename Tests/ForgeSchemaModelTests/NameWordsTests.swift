import Testing

@testable import ForgeSchemaModel

struct NameWordsTests {
    @Test(arguments: [
        ("pet_store-v2", ["pet", "store", "v2"]),
        ("__private name", ["private", "name"]),
        ("café au lait", ["café", "au", "lait"]),
        ("e\u{301}t\u{E9}", ["e\u{301}t\u{E9}"]),
        ("\u{301}mark", ["mark"]),
        ("--", []),
    ])
    func words(input: String, expected: [String]) {
        #expect(NameWords(input).words == expected)
    }

    @Test func leadingUnderscores() {
        #expect(NameWords("__id").leadingUnderscores == 2)
        #expect(NameWords("__id").words == ["id"])
    }
}
