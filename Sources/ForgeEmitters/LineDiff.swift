/// One step of an edit script that turns an old list of lines into a new one.
enum LineEdit: Equatable {
    /// The line is in both lists: its index in the old list and in the new list.
    case keep(old: Int, new: Int)
    case delete(old: Int)
    case insert(new: Int)
}

/// Computes a shortest edit script between two lists of lines with Myers' algorithm.
///
/// Common leading and trailing lines are matched first, so a small change in a large file
/// costs little. When the remaining middle needs more than `maximumEditDistance` edits, the
/// middle is replaced wholesale: the script stays correct, only longer than the shortest.
enum LineDiff {
    static let maximumEditDistance: Int = 4_000

    static func edits(old: [String], new: [String]) -> [LineEdit] {
        var prefix: Int = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] {
            prefix += 1
        }
        var suffix: Int = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }

        var script: [LineEdit] = (0..<prefix).map { LineEdit.keep(old: $0, new: $0) }
        let oldMiddle: ArraySlice<String> = old[prefix..<(old.count - suffix)]
        let newMiddle: ArraySlice<String> = new[prefix..<(new.count - suffix)]
        script += middleEdits(old: oldMiddle, new: newMiddle)
        for distanceFromEnd in stride(from: suffix, to: 0, by: -1) {
            script.append(.keep(old: old.count - distanceFromEnd, new: new.count - distanceFromEnd))
        }
        return script
    }

    private static func middleEdits(old: ArraySlice<String>, new: ArraySlice<String>) -> [LineEdit] {
        guard let trace = forwardTrace(a: old, b: new) else {
            return old.indices.map { LineEdit.delete(old: $0) } + new.indices.map { LineEdit.insert(new: $0) }
        }
        return backtrack(trace: trace, a: old, b: new)
    }

    /// Returns, for each edit count d, the furthest x reached on every diagonal before step d;
    /// the last entry belongs to the shortest distance. Returns nil beyond the distance limit.
    private static func forwardTrace(a: ArraySlice<String>, b: ArraySlice<String>) -> [[Int]]? {
        let n: Int = a.count
        let m: Int = b.count
        let offset: Int = n + m + 1
        var frontier: [Int] = Array(repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        for distance in 0...min(n + m, maximumEditDistance) {
            trace.append(frontier)
            for diagonal in stride(from: -distance, through: distance, by: 2) {
                let movesDown: Bool = stepsDown(frontier, offset, diagonal, distance)
                var x: Int = movesDown ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
                var y: Int = x - diagonal
                while x < n, y < m, a[a.startIndex + x] == b[b.startIndex + y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n, y >= m {
                    return trace
                }
            }
        }
        return nil
    }

    /// True when the best path to `diagonal` comes from the diagonal above (an insertion).
    private static func stepsDown(_ frontier: [Int], _ offset: Int, _ diagonal: Int, _ distance: Int) -> Bool {
        if diagonal == -distance {
            return true
        }
        if diagonal == distance {
            return false
        }
        return frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1]
    }

    private static func backtrack(trace: [[Int]], a: ArraySlice<String>, b: ArraySlice<String>) -> [LineEdit] {
        let offset: Int = a.count + b.count + 1
        var x: Int = a.count
        var y: Int = b.count
        var reversed: [LineEdit] = []
        for distance in stride(from: trace.count - 1, to: 0, by: -1) {
            let frontier: [Int] = trace[distance]
            let diagonal: Int = x - y
            let movedDown: Bool = stepsDown(frontier, offset, diagonal, distance)
            let previousDiagonal: Int = movedDown ? diagonal + 1 : diagonal - 1
            let previousX: Int = frontier[offset + previousDiagonal]
            let previousY: Int = previousX - previousDiagonal
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                reversed.append(.keep(old: a.startIndex + x, new: b.startIndex + y))
            }
            if movedDown {
                reversed.append(.insert(new: b.startIndex + previousY))
            } else {
                reversed.append(.delete(old: a.startIndex + previousX))
            }
            x = previousX
            y = previousY
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            reversed.append(.keep(old: a.startIndex + x, new: b.startIndex + y))
        }
        return reversed.reversed()
    }
}
