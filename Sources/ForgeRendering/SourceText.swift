/// A 1-based line and column in a template, the column counted in Unicode scalars.
struct TemplateLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// The UTF-8 bytes of one template with the offsets where its lines start, for turning offsets into locations.
struct SourceText {
    /// The name errors use for this template.
    let name: String
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(name: String, text: String) {
        self.name = name
        bytes = Array(text.utf8)

        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == ASCII.newline {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// Finds the line and column of the byte at `offset`.
    func location(of offset: Int) -> TemplateLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }

        let lineBytes = bytes[lineStarts[low]..<offset]
        let scalars = lineBytes.count { $0 & 0b1100_0000 != 0b1000_0000 }
        return TemplateLocation(line: low + 1, column: scalars + 1)
    }

    /// Builds an error located at the byte at `offset`.
    func error(at offset: Int, _ message: String) -> TemplateError {
        let location = location(of: offset)
        return TemplateError(template: name, line: location.line, column: location.column, message: message)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Returns `range` without the spaces and tabs at either end.
    func trimmingBlanks(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ASCII.isBlank(bytes[lower]) {
            lower += 1
        }
        while upper > lower, ASCII.isBlank(bytes[upper - 1]) {
            upper -= 1
        }
        return lower..<upper
    }

    func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy(ASCII.isBlank)
    }
}

/// The bytes the scanner looks for.
enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// Whether `byte` is a space or a tab, the only whitespace allowed around a standalone tag.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }
}
