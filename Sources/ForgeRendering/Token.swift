/// The kinds of tag, distinguished by the character after the opening delimiter.
enum TagKind: Equatable {
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`; all three insert the value as it is.
    case variable
    case section
    case invertedSection
    case closing
    case comment
    case partial
    case setDelimiters

    /// Whether a line holding only this tag and blanks is removed from the output, newline included.
    var canStandAlone: Bool {
        self != .variable
    }
}

/// A piece of a template found by the scanner, located by its byte range.
struct Token {
    enum Kind: Equatable {
        /// Literal text that contains no line break.
        case text
        /// A line break: `\n` or `\r\n`.
        case newline
        case tag(TagKind)
        /// The start of an output line, where a partial's indentation goes; added after standalone lines are removed.
        case lineStart
    }

    var kind: Kind
    /// For a tag, the whole tag from its opening delimiter to the end of its closing one.
    var range: Range<Int>
    /// For a tag other than a comment, the text between the delimiters without the type character or blanks.
    var content: Range<Int>
    /// For a standalone partial tag, the blanks before it, which go before every line of the partial.
    var indentation: String?

    init(_ kind: Kind, range: Range<Int>, content: Range<Int>? = nil) {
        self.kind = kind
        self.range = range
        self.content = content ?? range
    }
}
