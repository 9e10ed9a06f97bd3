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
        var lines = LineCache(sourceText: sourceText)
        return diagnostics.map { render($0, lines: &lines) }.joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = LineCache(sourceText: sourceText)
        return render(diagnostic, lines: &lines)
    }

    private func render(_ diagnostic: Diagnostic, lines: inout LineCache) -> String {
        var output = diagnostic.description + "\n"
        if let location = diagnostic.location, let line = lines.line(location.line, of: location.file) {
            output += Self.excerpt(line, column: location.column)
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

    /// The width of the widest line printed whole. A longer line, such as minified JSON, is cut to a window around the column.
    static let excerptWidth = 160

    /// Returns the source line and a caret under `column`, both indented by four spaces.
    static func excerpt(_ line: String, column: Int) -> String {
        var scalars = Array(line.unicodeScalars)
        var offset = max(column - 1, 0)
        var prefix = ""
        var suffix = ""
        if scalars.count > excerptWidth {
            let half = excerptWidth / 2
            let start = min(max(offset - half, 0), scalars.count - excerptWidth)
            let end = start + excerptWidth
            prefix = start > 0 ? "..." : ""
            suffix = end < scalars.count ? "..." : ""
            scalars = Array(scalars[start..<end])
            offset = offset - start + prefix.count
        }
        let text = prefix + String(String.UnicodeScalarView(scalars)) + suffix
        // Tabs stay tabs in the caret line, so the caret lines up in any terminal.
        let lead = text.unicodeScalars.prefix(offset).map { $0 == "\t" ? "\t" : " " }
        return "    \(text)\n    \(lead.joined())^\n"
    }
}

/// The indexed lines of each file one `render` call has printed from, so every file is read and scanned once.
private struct LineCache {
    let sourceText: (String) -> String?
    private var files: [String: SourceLines?] = [:]

    init(sourceText: @escaping (String) -> String?) {
        self.sourceText = sourceText
    }

    mutating func line(_ number: Int, of file: String) -> String? {
        if files[file] == nil {
            files[file] = .some(sourceText(file).map(SourceLines.init))
        }
        return files[file]??.line(number)
    }
}
