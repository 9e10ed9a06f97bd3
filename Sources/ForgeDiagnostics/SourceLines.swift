/// The lines of one source text, indexed once so that any line is found without rescanning the text.
struct SourceLines {
    private let text: String
    /// Where each line starts; line `n` (1-based) starts at `starts[n - 1]`.
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts: [String.Index] = [text.startIndex]
        let bytes = text.utf8
        var index = bytes.startIndex
        while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = bytes.index(after: newline)
            starts.append(index)
        }
        self.starts = starts
    }

    /// Returns line `number` (1-based) without its line break and without a byte-order mark, or nil past the end.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else {
            return nil
        }
        let start = starts[number - 1]
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        var line = Substring(text.unicodeScalars[start..<end])
        if line.hasSuffix("\r") {
            line.removeLast()
        }
        if line.unicodeScalars.first == "\u{FEFF}" {
            line.unicodeScalars.removeFirst()
        }
        return String(line)
    }
}
