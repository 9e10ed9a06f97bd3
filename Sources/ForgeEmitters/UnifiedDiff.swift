/// Renders the difference between two texts in the unified diff format that `diff -u` and `git diff` print.
public enum UnifiedDiff {
    /// The number of unchanged lines shown around each change.
    public static let contextLines: Int = 3

    /// Renders the changes from `old` to `new`, or returns an empty string when they are equal.
    ///
    /// A nil text stands for a file that does not exist, shown as `/dev/null`. The headers are
    /// `--- a/PATH` and `+++ b/PATH`; a last line without a newline is marked the way `diff` marks it.
    public static func render(old: String?, new: String?, path: String) -> String {
        if old == new {
            return ""
        }
        let oldLines: TextLines = TextLines(old ?? "")
        let newLines: TextLines = TextLines(new ?? "")
        let edits: [LineEdit] = LineDiff.edits(old: oldLines.lines, new: newLines.lines)

        var output: String = old == nil ? "--- /dev/null\n" : "--- a/\(path)\n"
        output += new == nil ? "+++ /dev/null\n" : "+++ b/\(path)\n"
        for hunk in hunks(of: edits) {
            output += render(hunk: hunk, edits: edits, oldLines: oldLines, newLines: newLines)
        }
        return output
    }

    /// Groups the edit script into ranges of edits, each a change with its surrounding context.
    private static func hunks(of edits: [LineEdit]) -> [Range<Int>] {
        let changed: [Int] = edits.indices.filter { edits[$0].isChange }
        var hunks: [Range<Int>] = []
        for index in changed {
            let start: Int = max(0, index - contextLines)
            let end: Int = min(edits.count, index + contextLines + 1)
            if let last = hunks.last, start <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<end
            } else {
                hunks.append(start..<end)
            }
        }
        return hunks
    }

    private static func render(hunk: Range<Int>, edits: [LineEdit], oldLines: TextLines, newLines: TextLines)
        -> String
    {
        var body: String = ""
        var oldCount: Int = 0
        var newCount: Int = 0
        for edit in edits[hunk] {
            switch edit {
            case .keep(let old, _):
                body += oldLines.rendered(old, prefix: " ")
                oldCount += 1
                newCount += 1
            case .delete(let old):
                body += oldLines.rendered(old, prefix: "-")
                oldCount += 1
            case .insert(let new):
                body += newLines.rendered(new, prefix: "+")
                newCount += 1
            }
        }
        let oldStart: Int = firstLine(of: edits, in: hunk, old: true)
        let newStart: Int = firstLine(of: edits, in: hunk, old: false)
        let header: String = "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
        return header + body
    }

    /// The 1-based number of the hunk's first line on one side, counting lines before it when the side is empty.
    private static func firstLine(of edits: [LineEdit], in hunk: Range<Int>, old: Bool) -> Int {
        var linesBefore: Int = 0
        for edit in edits[..<hunk.lowerBound] where edit.touches(old: old) {
            linesBefore += 1
        }
        return linesBefore + 1
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        if count == 1 {
            return "\(start)"
        }
        return "\(count == 0 ? start - 1 : start),\(count)"
    }
}

extension LineEdit {
    fileprivate var isChange: Bool {
        if case .keep = self {
            return false
        }
        return true
    }

    /// True when the edit consumes a line of the old text (`old`) or of the new text.
    fileprivate func touches(old: Bool) -> Bool {
        switch self {
        case .keep: return true
        case .delete: return old
        case .insert: return !old
        }
    }
}

/// A text split into lines, each keeping its newline so a last line without one compares unequal.
///
/// Lines end at every `\n` byte, so a `\r\n` line keeps its `\r` as part of its text.
private struct TextLines {
    let lines: [String]

    init(_ text: String) {
        var lines: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            current.append(byte)
            if byte == UInt8(ascii: "\n") {
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty {
            lines.append(String(decoding: current, as: UTF8.self))
        }
        self.lines = lines
    }

    func rendered(_ index: Int, prefix: String) -> String {
        let line: String = lines[index]
        if line.utf8.last == UInt8(ascii: "\n") {
            return prefix + line
        }
        return prefix + line + "\n\\ No newline at end of file\n"
    }
}
