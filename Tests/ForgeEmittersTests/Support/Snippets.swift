import ForgeEmitters
import Testing

/// Checks that generated code contains a snippet, printing the files when it does not.
enum Snippets {
    /// Records an issue unless one of the files contains `snippet`, given with its own indentation.
    static func expect(
        _ files: [GeneratedFile], contains snippet: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard !files.allContents.contains(snippet) else {
            return
        }
        let listing: String = files.filter { $0.contents.contains("\n") }.map { "== \($0.path)\n\($0.contents)" }
            .joined(separator: "\n")
        Issue.record(
            Comment(rawValue: "missing snippet:\n\(snippet)\n-- in --\n\(listing)"), sourceLocation: sourceLocation)
    }

    /// A document with the given component schemas, each line indented under `schemas:`.
    static func document(schemas: String, paths: String = "{}") -> String {
        let indented: String = schemas.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }.joined(separator: "\n")
        return """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: \(paths)
            components:
              schemas:
            \(indented)
            """
    }
}
