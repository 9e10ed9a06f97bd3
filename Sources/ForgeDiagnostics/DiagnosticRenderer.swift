/// Formats diagnostics the way compilers print them, with the source line and a caret.
///
/// ```
/// openapi/api.yaml:12:5: error: unknown key 'tpye'; did you mean 'type'?
///     tpye: string
///     ^
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Returns the text of a file by path, used to print the offending line; nil leaves it out.
    public var sourceText: @Sendable (String) -> String?

    public init(sourceText: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.sourceText = sourceText
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var output = diagnostic.description + "\n"
        if let location = diagnostic.location, let excerpt = excerpt(at: location) {
            output += excerpt
        }
        for note in diagnostic.notes {
            if let location = note.location {
                output += "\(location): note: \(note.message)\n"
            } else {
                output += "note: \(note.message)\n"
            }
        }
        return output
    }

    /// The source line at `location` followed by a caret under its column.
    func excerpt(at location: SourceLocation) -> String? {
        guard let text = sourceText(location.file), location.line >= 1 else {
            return nil
        }
        guard let line = Self.line(location.line, of: text) else {
            return nil
        }
        // Tabs stay tabs in the caret line, so the caret lines up in any terminal.
        let lead = line.unicodeScalars.prefix(max(location.column - 1, 0)).map { $0 == "\t" ? "\t" : " " }
        return "    \(line)\n    \(lead.joined())^\n"
    }

    static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        var start = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "\n" {
                if current == number {
                    return trimmed(String(scalars[start..<index]))
                }
                current += 1
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        return current == number ? trimmed(String(scalars[start..<scalars.endIndex])) : nil
    }

    private static func trimmed(_ line: String) -> String {
        var result = line
        if result.hasSuffix("\r") {
            result.removeLast()
        }
        if result.hasPrefix("\u{FEFF}") {
            result.removeFirst()
        }
        return result
    }
}
