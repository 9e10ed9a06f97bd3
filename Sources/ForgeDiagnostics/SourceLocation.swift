/// A position in a source document: the file it came from and a 1-based line and column.
///
/// Columns count Unicode scalars from the start of the line, the way editors and
/// compilers report them, so a line that starts with `é` still puts the next character
/// in column 2. A byte-order mark at the start of a file is not counted.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path of the file as the user named it, or a label such as `<stdin>`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the prefix that editors and terminals turn into a link.
    public var description: String {
        "\(file):\(line):\(column)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file {
            return lhs.file < rhs.file
        }
        if lhs.line != rhs.line {
            return lhs.line < rhs.line
        }
        return lhs.column < rhs.column
    }
}
