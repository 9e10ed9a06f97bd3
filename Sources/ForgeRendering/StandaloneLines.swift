/// Applies the Mustache standalone rule and marks where output lines start.
///
/// A line is standalone when its one tag is a section, inverted section, closing, comment, partial or
/// set-delimiter tag and its other characters are spaces and tabs. Only the tag of such a line is kept, so
/// its blanks and line break leave no trace in the output. The rule applies to the first line too, which
/// has no line break before it, and to a last line without a line break. A standalone partial tag keeps the
/// blanks before it as its indentation. Every other line is kept whole after a `.lineStart` token.
enum StandaloneLines {
    static func apply(to tokens: [Token], in source: SourceText) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count + tokens.count / 2)

        var lineStart = 0
        for (index, token) in tokens.enumerated() where token.kind == .newline {
            appendLine(tokens[lineStart...index], in: source, to: &result)
            lineStart = index + 1
        }
        if lineStart < tokens.count {
            appendLine(tokens[lineStart...], in: source, to: &result)
        }
        return result
    }

    private static func appendLine(_ line: ArraySlice<Token>, in source: SourceText, to result: inout [Token]) {
        guard let tagIndex = standaloneTag(in: line, source: source) else {
            let start = line[line.startIndex].range.lowerBound
            result.append(Token(.lineStart, range: start..<start))
            result += line
            return
        }

        var tag = line[tagIndex]
        if tag.kind == .tag(.partial) {
            let blanks = line[..<tagIndex].first { $0.kind == .text }
            tag.indentation = blanks.map { source.string($0.range) } ?? ""
        }
        result.append(tag)
    }

    /// Finds the one tag of a standalone line, or returns nil when the line is not standalone.
    private static func standaloneTag(in line: ArraySlice<Token>, source: SourceText) -> Int? {
        var found: Int?
        for index in line.indices {
            switch line[index].kind {
            case .tag(let kind):
                guard found == nil, kind.canStandAlone else {
                    return nil
                }
                found = index
            case .text:
                guard source.isBlank(line[index].range) else {
                    return nil
                }
            case .newline, .lineStart:
                break
            }
        }
        return found
    }
}
