import ForgeDiagnostics
import ForgeRendering
import ForgeSchemaModel

/// Builds the lines of `///` doc comments from the documentation the schema model carries.
///
/// A comment has the title, the description, then a list of the default, the examples and the
/// place in the document (`- Source: training-routine.yaml:42:7`). Source paths are shown relative
/// to the document's folder, never as absolute machine paths.
struct DocComment {
    let documentPath: String
    let includesSourceLocations: Bool
    /// The folder of the document, which source paths are shown relative to.
    private let documentFolder: String

    init(options: EmitterOptions) {
        documentPath = options.documentPath
        includesSourceLocations = options.includesSourceLocations
        documentFolder = SourcePath.directory(of: options.documentPath)
    }

    /// Returns the comment's lines without the `///` prefix; an empty string is a blank comment line.
    ///
    /// `facts` are list items (`- Status: 201`) placed after the default and examples, before the source.
    func lines(_ documentation: Documentation, summary: String? = nil, facts extraFacts: [String] = []) -> [String] {
        var paragraphs: [[String]] = []
        for text in [summary, documentation.title, documentation.description] {
            if let text, let paragraph = Self.paragraph(text), !paragraphs.contains(paragraph) {
                paragraphs.append(paragraph)
            }
        }

        var facts: [String] = []
        if let defaultValue = documentation.defaultValue {
            facts.append("- Default: " + Self.codeSpan(defaultValue))
        }
        for example in documentation.examples {
            facts.append("- Example: " + Self.codeSpan(example))
        }
        facts += extraFacts
        if let source = sourceText(documentation.location) {
            facts.append("- Source: " + source)
        }
        if !facts.isEmpty {
            paragraphs.append(facts)
        }
        return Array(paragraphs.joined(separator: [""]))
    }

    /// Returns the template value for a comment: a list of `{text, hasText}` objects, one per line.
    func value(_ documentation: Documentation, summary: String? = nil, facts: [String] = []) -> TemplateValue {
        Self.value(lines: lines(documentation, summary: summary, facts: facts))
    }

    /// Returns the template value for comment lines already built.
    static func value(lines: [String]) -> TemplateValue {
        .list(lines.map { ["text": .string($0), "hasText": .bool(!$0.isEmpty)] })
    }

    /// `file:line:column` with the file relative to the document's folder, or nil when locations are off.
    func sourceText(_ location: SourceLocation?) -> String? {
        guard includesSourceLocations, let location else {
            return nil
        }
        return "\(SourcePath.display(location.file, inFolder: documentFolder)):\(location.line):\(location.column)"
    }

    /// Splits text into comment lines with trailing blanks removed; nil for text with no visible characters.
    ///
    /// Every line break ends a line: `\n`, `\r\n`, a lone `\r` (which Swift also reads as the end of a
    /// `///` comment), and the Unicode line and paragraph separators.
    private static func paragraph(_ text: String) -> [String]? {
        let scalars: String.UnicodeScalarView = text.unicodeScalars
        var lines: [String] = []
        var start: String.Index = scalars.startIndex
        var index: String.Index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar: Unicode.Scalar = scalars[index]
            guard isLineBreak(scalar) else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(trimmedEnd(scalars[start..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
                index = scalars.index(after: index)
            }
            start = index
        }
        lines.append(trimmedEnd(scalars[start..<scalars.endIndex]))
        let firstText: Int? = lines.firstIndex { !$0.isEmpty }
        let lastText: Int? = lines.lastIndex { !$0.isEmpty }
        guard let firstText, let lastText else {
            return nil
        }
        return Array(lines[firstText...lastText])
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    /// Returns the line without trailing white space, as a string.
    private static func trimmedEnd(_ line: Substring.UnicodeScalarView) -> String {
        var end: String.Index = line.endIndex
        while end > line.startIndex {
            let last: Unicode.Scalar = line[line.index(before: end)]
            let isBlank: Bool = last.isASCII ? (last == " " || last == "\t") : last.properties.isWhitespace
            guard isBlank else {
                break
            }
            end = line.index(before: end)
        }
        return String(Substring(line[..<end]))
    }

    /// Wraps text in a Markdown code span long enough that backticks inside cannot end it.
    private static func codeSpan(_ text: String) -> String {
        let flat: String = text.replacingNewlines()
        var fence: String = "`"
        while flat.contains(fence) {
            fence += "`"
        }
        return fence.count == 1 ? fence + flat + fence : fence + " " + flat + " " + fence
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}

/// Shows document paths without machine-specific folders.
enum SourcePath {
    /// Returns `file` relative to the folder of `documentPath`, or only its file name when it lies elsewhere.
    static func display(_ file: String, relativeTo documentPath: String) -> String {
        display(file, inFolder: directory(of: documentPath))
    }

    /// Returns `file` relative to `folder` (a document's folder, as `directory(of:)` gives it).
    static func display(_ file: String, inFolder folder: String) -> String {
        let normalizedFile: String = stripCurrentDirectory(file)
        if !folder.isEmpty, normalizedFile.hasPrefix(folder + "/") {
            return String(normalizedFile.dropFirst(folder.count + 1))
        }
        if folder.isEmpty, !normalizedFile.hasPrefix("/"), !normalizedFile.hasPrefix("../") {
            return normalizedFile
        }
        return fileName(of: normalizedFile)
    }

    /// Returns the last component of a path.
    static func fileName(of path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    /// Returns the folder part of a path without `./` prefixes, or an empty string for a bare file name.
    static func directory(of path: String) -> String {
        let normalized: String = stripCurrentDirectory(path)
        guard let slash = normalized.lastIndex(of: "/") else {
            return ""
        }
        return String(normalized[..<slash])
    }

    private static func stripCurrentDirectory(_ path: String) -> String {
        var result: Substring = Substring(path)
        while result.hasPrefix("./") {
            result = result.dropFirst(2)
        }
        return String(result)
    }
}
