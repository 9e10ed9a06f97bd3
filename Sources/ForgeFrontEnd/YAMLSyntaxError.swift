import CYAML
import ForgeDiagnostics

/// Turns libyaml's error state into a located diagnostic in clearer words.
///
/// The position is libyaml's problem mark made 1-based. libyaml counts characters, so
/// columns count Unicode scalars. Reader errors (such as a control character) carry a
/// byte offset instead, which is converted to the same form. Obscure libyaml messages
/// are rewritten, and the context ("while scanning a quoted scalar") becomes a note.
enum YAMLSyntaxError {
    static func diagnostic(
        for parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String
    ) -> DiagnosticError {
        let problem = parser.problem.map { String(cString: $0) } ?? "libyaml reported an unknown error"
        let location: SourceLocation
        if parser.error == YAML_READER_ERROR {
            let (line, column) = UTF8Validation.position(of: parser.problem_offset, in: bytes)
            location = SourceLocation(file: file, line: line, column: column)
        } else {
            location = self.location(of: parser.problem_mark, file: file)
        }

        let character = character(atLine: location.line, column: location.column, in: bytes)
        let message = rewrite(problem, character: character)
        return DiagnosticError(.error(message, at: location, notes: contextNotes(for: parser, file: file)))
    }

    private static func location(of mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    /// Returns a note for libyaml's context, such as where an unclosed quoted scalar started.
    private static func contextNotes(for parser: yaml_parser_t, file: String) -> [Diagnostic.Note] {
        let mark = parser.context_mark
        guard let context = parser.context,
            mark.line != parser.problem_mark.line || mark.column != parser.problem_mark.column
        else {
            return []
        }
        return [Diagnostic.Note("\(String(cString: context)) that starts here", at: location(of: mark, file: file))]
    }

    /// Rewords a libyaml problem; `character` is the character at the problem position, if any.
    static func rewrite(_ problem: String, character: Unicode.Scalar?) -> String {
        switch problem {
        case "found character that cannot start any token":
            if character == "\t" {
                return "found a tab character where indentation was expected (tabs cannot start a token)"
            }
            if let character, character.properties.generalCategory != .control {
                return "found '\(character)', which cannot start a plain value (quote the value)"
            }
            return "found a character that cannot start any token"
        case "found a tab character that violates indentation", "found a tab character that violate indentation":
            return "found a tab character where indentation was expected (tabs cannot start a token)"
        case "mapping values are not allowed in this context":
            return "found ':' where a mapping value is not allowed (quote the value if the ':' is part of it)"
        case "did not find expected key":
            return "expected a mapping key at this indentation (check the indentation of this line)"
        case "did not find expected '-' indicator":
            return "expected a '-' sequence entry at this indentation (check the indentation of this line)"
        case "control characters are not allowed":
            let code = character.map { "U+" + $0.value.paddedHex } ?? "a control character"
            return "found a control character (\(code)); YAML allows it only escaped in a double-quoted string"
        case "could not find expected ':'":
            return "expected ':' after a mapping key"
        default:
            return problem
        }
    }

    /// Returns the Unicode scalar at a 1-based line and column, where lines end at LF.
    static func character(atLine line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var currentLine = 1
        var offset = 0
        while currentLine < line, offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\n") {
                currentLine += 1
            }
            offset += 1
        }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset...]), as: UTF8.self)
        return rest.unicodeScalars.dropFirst(column - 1).first
    }
}
