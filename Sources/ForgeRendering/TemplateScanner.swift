/// Splits a template into text, line breaks and tags, applying set-delimiter tags as it meets them.
///
/// Whitespace before the type character is allowed (`{{ #name }}`), and so is whitespace around the name.
/// Every tag but a comment must close on the line it opens on.
struct TemplateScanner {
    private let source: SourceText
    private var opening = Array("{{".utf8)
    private var closing = Array("}}".utf8)
    private var tokens: [Token] = []

    init(source: SourceText) {
        self.source = source
    }

    mutating func scan() throws(TemplateError) -> [Token] {
        let bytes = source.bytes
        var index = 0
        var textStart = 0
        while index < bytes.count {
            if bytes[index] == ASCII.newline {
                let hasCarriageReturn = index > textStart && bytes[index - 1] == ASCII.carriageReturn
                let breakStart = hasCarriageReturn ? index - 1 : index
                appendText(textStart..<breakStart)
                tokens.append(Token(.newline, range: breakStart..<(index + 1)))
                index += 1
                textStart = index
            } else if bytes[index] == opening[0], matches(opening, at: index) {
                appendText(textStart..<index)
                index = try scanTag(at: index)
                textStart = index
            } else {
                index += 1
            }
        }
        appendText(textStart..<bytes.count)
        return tokens
    }

    private mutating func appendText(_ range: Range<Int>) {
        if !range.isEmpty {
            tokens.append(Token(.text, range: range))
        }
    }

    /// Reads the tag whose opening delimiter starts at `start` and returns the offset just after it.
    private mutating func scanTag(at start: Int) throws(TemplateError) -> Int {
        var cursor = start + opening.count
        while cursor < source.bytes.count, ASCII.isBlank(source.bytes[cursor]) {
            cursor += 1
        }

        var kind = TagKind.variable
        var terminator = closing
        if let typed = typedTag(at: cursor) {
            (kind, terminator) = typed
            cursor += 1
        }

        guard let end = find(terminator, from: cursor, acrossLines: kind == .comment) else {
            let what = kind == .comment ? "comment" : "tag"
            let place = kind == .comment ? "the end of the template" : "the end of the line"
            throw source.error(at: start, "unclosed \(what): no '\(string(terminator))' before \(place)")
        }

        let content = source.trimmingBlanks(cursor..<end)
        tokens.append(Token(.tag(kind), range: start..<(end + terminator.count), content: content))
        if kind == .setDelimiters {
            try setDelimiters(source.string(content), at: start)
        }
        return end + terminator.count
    }

    /// Tells the tag kind from the type character at `offset`, with the sequence that ends such a tag.
    ///
    /// Returns nil when there is no type character, which makes a plain variable tag.
    private func typedTag(at offset: Int) -> (TagKind, [UInt8])? {
        guard offset < source.bytes.count else {
            return nil
        }
        switch source.bytes[offset] {
        case UInt8(ascii: "#"): return (.section, closing)
        case UInt8(ascii: "^"): return (.invertedSection, closing)
        case UInt8(ascii: "/"): return (.closing, closing)
        case UInt8(ascii: "!"): return (.comment, closing)
        case UInt8(ascii: ">"): return (.partial, closing)
        case UInt8(ascii: "&"): return (.variable, closing)
        case UInt8(ascii: "{"): return (.variable, Array("}".utf8) + closing)
        case UInt8(ascii: "="): return (.setDelimiters, Array("=".utf8) + closing)
        default: return nil
        }
    }

    /// Replaces the delimiters with the two words of a set-delimiter tag, such as `<% %>`.
    private mutating func setDelimiters(_ content: String, at start: Int) throws(TemplateError) {
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, !words.contains(where: { $0.contains("=") }) else {
            throw source.error(
                at: start, "invalid delimiters '\(content)': expected two words without '=', such as '<% %>'")
        }
        opening = Array(words[0].utf8)
        closing = Array(words[1].utf8)
    }

    /// Finds where `sequence` next starts, stopping at a line break unless `acrossLines` is true.
    private func find(_ sequence: [UInt8], from start: Int, acrossLines: Bool) -> Int? {
        let bytes = source.bytes
        var index = start
        while index + sequence.count <= bytes.count {
            if bytes[index] == sequence[0], matches(sequence, at: index) {
                return index
            }
            if !acrossLines, bytes[index] == ASCII.newline {
                return nil
            }
            index += 1
        }
        return nil
    }

    private func matches(_ sequence: [UInt8], at offset: Int) -> Bool {
        guard offset + sequence.count <= source.bytes.count else {
            return false
        }
        for (position, byte) in sequence.enumerated() where source.bytes[offset + position] != byte {
            return false
        }
        return true
    }

    private func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
