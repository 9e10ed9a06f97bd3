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

@Suite struct LongSourceTests {
    @Test func longLineClipped() throws {
        let line = String(repeating: "a", count: 5000) + "X" + String(repeating: "b", count: 5000)
        let renderer = DiagnosticRenderer { _ in line }
        let output = renderer.render(.warning("here", at: SourceLocation(file: "m.json", line: 1, column: 5001)))
        let lines = output.split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        let excerpt = lines[1]
        let caret = lines[2]
        #expect(excerpt.count < 200)
        #expect(excerpt.hasPrefix("    ..."))
        #expect(excerpt.hasSuffix("..."))
        let marked = try #require(excerpt.firstIndex(of: "X"))
        #expect(caret.count == excerpt.distance(from: excerpt.startIndex, to: marked) + 1)
        #expect(caret.hasSuffix("^"))
    }

    @Test func shortLineKept() {
        let line = String(repeating: "a", count: 150)
        let renderer = DiagnosticRenderer { _ in line }
        let output = renderer.render(.warning("here", at: SourceLocation(file: "m.json", line: 1, column: 3)))
        #expect(output == "m.json:1:3: warning: here\n    \(line)\n      ^\n")
    }

    @Test func sourceReadOncePerFile() {
        let text = (1...3000).map { "key\($0): value" }.joined(separator: "\n")
        let reads = ReadCounter()
        let renderer = DiagnosticRenderer { file in
            reads.add(file)
            return text
        }
        let diagnostics: [Diagnostic] = (1...300).map {
            let file = $0.isMultiple(of: 2) ? "a.yaml" : "b.yaml"
            return .warning("w", at: SourceLocation(file: file, line: $0 * 10, column: 1))
        }
        let output = renderer.render(diagnostics)
        #expect(output.contains("b.yaml:2990:1: warning: w\n    key2990: value\n"))
        #expect(output.contains("a.yaml:3000:1: warning: w\n    key3000: value\n"))
        #expect(reads.files == ["a.yaml", "b.yaml"])
    }
}

/// Records which files a renderer asked for.
private final class ReadCounter: @unchecked Sendable {
    private(set) var files: [String] = []

    func add(_ file: String) {
        files.append(file)
        files.sort()
    }
}
