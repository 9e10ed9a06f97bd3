import ForgeDiagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    private let source = "openapi: 3.0.3\npaths:\n\tbad: x\n  née: y\n"

    private var renderer: DiagnosticRenderer {
        let text = source
        return DiagnosticRenderer { $0 == "api.yaml" ? text : nil }
    }

    @Test func caretUnderColumn() {
        let location = SourceLocation(file: "api.yaml", line: 4, column: 6)
        let output = renderer.render(.error("unexpected value", at: location))
        #expect(output == "api.yaml:4:6: error: unexpected value\n      née: y\n         ^\n")
    }

    @Test func tabsKeptInCaretLine() {
        let location = SourceLocation(file: "api.yaml", line: 3, column: 2)
        let output = renderer.render(.error("found a tab", at: location))
        #expect(output == "api.yaml:3:2: error: found a tab\n    \tbad: x\n    \t^\n")
    }

    @Test func notesFollow() {
        let first = SourceLocation(file: "api.yaml", line: 1, column: 1)
        let second = SourceLocation(file: "api.yaml", line: 2, column: 1)
        let diagnostic = Diagnostic.error(
            "duplicate key 'paths'", at: second, notes: [.init("'paths' was first defined here", at: first)])
        let output = renderer.render(diagnostic)
        #expect(output.hasSuffix("api.yaml:1:1: note: 'paths' was first defined here\n"))
        #expect(output.hasPrefix("api.yaml:2:1: error: duplicate key 'paths'\n    paths:\n    ^\n"))
    }

    @Test func byteOrderMarkNotCounted() {
        let renderer = DiagnosticRenderer { _ in "\u{FEFF}key: [\n" }
        let output = renderer.render(.error("bad", at: SourceLocation(file: "b.yaml", line: 1, column: 6)))
        #expect(output == "b.yaml:1:6: error: bad\n    key: [\n         ^\n")
    }

    @Test func missingLineLeavesExcerptOut() {
        let output = renderer.render(.error("late", at: SourceLocation(file: "api.yaml", line: 99, column: 1)))
        #expect(output == "api.yaml:99:1: error: late\n")
    }
}
