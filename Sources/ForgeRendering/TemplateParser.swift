/// Compiles template source into nodes: scans it, removes standalone lines, then nests sections.
struct TemplateParser {
    /// A section whose closing tag has not been read yet.
    private struct OpenSection {
        let name: TagName
        let isInverted: Bool
        let offset: Int
        var body: [TemplateNode] = []
    }

    private let source: SourceText
    private var root: [TemplateNode] = []
    private var open: [OpenSection] = []

    init(source: SourceText) {
        self.source = source
    }

    /// Compiles `text`, throwing the first syntax error with its location in the template named `name`.
    static func compile(name: String, text: String) throws(TemplateError) -> CompiledTemplate {
        let source = SourceText(name: name, text: text)
        var scanner = TemplateScanner(source: source)
        let tokens = StandaloneLines.apply(to: try scanner.scan(), in: source)

        var parser = TemplateParser(source: source)
        let nodes = try parser.parse(tokens)
        return CompiledTemplate(displayName: name, nodes: nodes, sourceSize: source.bytes.count)
    }

    private mutating func parse(_ tokens: [Token]) throws(TemplateError) -> [TemplateNode] {
        for token in tokens {
            switch token.kind {
            case .text, .newline:
                appendText(source.string(token.range))
            case .lineStart:
                append(.lineStart)
            case .tag(let kind):
                try parseTag(kind, token)
            }
        }

        if let unclosed = open.last {
            throw source.error(at: unclosed.offset, "unclosed section '\(unclosed.name.text)': no closing tag")
        }
        return root
    }

    private mutating func parseTag(_ kind: TagKind, _ token: Token) throws(TemplateError) {
        let offset = token.range.lowerBound
        switch kind {
        case .variable:
            append(.variable(try name(of: token), source.location(of: offset)))
        case .section, .invertedSection:
            open.append(OpenSection(name: try name(of: token), isInverted: kind == .invertedSection, offset: offset))
        case .closing:
            try close(try name(of: token), at: offset)
        case .partial:
            guard !token.content.isEmpty else {
                throw source.error(at: offset, "empty tag: a partial tag needs the name of a template")
            }
            let partial = source.string(token.content)
            append(.partial(partial, indentation: token.indentation, source.location(of: offset)))
        case .comment, .setDelimiters:
            break
        }
    }

    /// Ends the innermost open section, which must have the same name as the closing tag.
    private mutating func close(_ name: TagName, at offset: Int) throws(TemplateError) {
        guard let section = open.popLast() else {
            throw source.error(at: offset, "closing tag '\(name.text)' has no open section")
        }
        guard section.name == name else {
            let opened = source.location(of: section.offset)
            throw source.error(
                at: offset,
                "closing tag '\(name.text)' does not match section '\(section.name.text)' "
                    + "opened at line \(opened.line), column \(opened.column)"
            )
        }
        let location = source.location(of: section.offset)
        append(.section(section.name, isInverted: section.isInverted, body: section.body, location))
    }

    private func name(of token: Token) throws(TemplateError) -> TagName {
        let text = source.string(token.content)
        guard !text.isEmpty else {
            throw source.error(at: token.range.lowerBound, "empty tag: a tag needs a name")
        }
        guard let name = TagName(text) else {
            throw source.error(at: token.range.lowerBound, "invalid name '\(text)'")
        }
        return name
    }

    /// Appends text, joining it to the text just before so a line renders with one write.
    private mutating func appendText(_ text: String) {
        withCurrentNodes { nodes in
            if case .text(let previous) = nodes.last {
                nodes[nodes.count - 1] = .text(previous + text)
            } else {
                nodes.append(.text(text))
            }
        }
    }

    private mutating func append(_ node: TemplateNode) {
        withCurrentNodes { $0.append(node) }
    }

    /// Edits in place the nodes of the innermost open section, or the top level when no section is open.
    private mutating func withCurrentNodes(_ edit: (inout [TemplateNode]) -> Void) {
        if open.isEmpty {
            edit(&root)
        } else {
            edit(&open[open.count - 1].body)
        }
    }
}
