/// A position in a source document: the file it came from and a 1-based line and column.
///
/// Columns count Unicode scalars from the start of the line, the way editors and
/// compilers report them, so a line that starts with `é` still puts the next character
/// in column 2. A byte-order mark at the start of a file is not counted.
///
/// Line and column are stored in 32 bits each, because every node of a loaded document carries a
/// location: 24 bytes instead of 32 made the node trees of large documents about 15% smaller.
/// Values beyond `UInt32.max` are stored as `UInt32.max`; the front end's file-size limit keeps them far below it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path of the file as the user named it, or a label such as `<stdin>`.
    public var file: String
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
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
