import ForgeEmitters
import Testing

@Suite("Doc comments")
struct DocCommentTests {
    private func models(_ schemas: String) throws -> [GeneratedFile] {
        try Pipeline.files(yaml: Snippets.document(schemas: schemas)) { options in
            options.includesSourceLocations = false
            options.outputs = [.models]
        }
    }

    @Test func carriageReturnsBreakLines() throws {
        let description: String = #""First\r\nsecond\rthird\u2028fourth  ""#
        let files: [GeneratedFile] = try models(
            "Pet: {type: object, description: \(description), properties: {a: {type: string}}}")
        Snippets.expect(
            files,
            contains: """
                /// First
                /// second
                /// third
                /// fourth
                public struct Pet
                """)
        for file in files {
            #expect(!file.contents.contains("\r"))
            #expect(!file.contents.contains("\u{2028}"))
        }
    }

    @Test func blankLinesKeptInside() throws {
        let files: [GeneratedFile] = try models(
            #"Pet: {type: object, description: "\n\nOne\n\n\nTwo\t\n\n", properties: {a: {type: string}}}"#)
        Snippets.expect(files, contains: "/// One\n///\n///\n/// Two\npublic struct Pet")
    }
}
