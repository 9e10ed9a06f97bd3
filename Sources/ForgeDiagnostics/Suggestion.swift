/// Finds the known word a misspelled one was probably meant to be.
public enum Suggestion {
    /// Returns the closest of `candidates` to `word` within the allowed edit distance, or nil.
    ///
    /// Short words allow one edit and longer words two, so `tpye` suggests `type` while an
    /// unrelated short key such as `foo` suggests nothing. Case differences count as edits,
    /// except that a word equal to a candidate ignoring case always matches.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let limit = word.count <= 4 ? 1 : 2
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            if candidate.lowercased() == lowered {
                return candidate
            }
            guard abs(candidate.count - word.count) <= limit else {
                continue
            }
            let distance = editDistance(word, candidate, limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Computes the optimal string alignment distance (insertions, deletions, substitutions and
    /// transpositions of neighbours), stopping early once it exceeds `limit`.
    public static func editDistance(_ left: String, _ right: String, limit: Int = .max) -> Int {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        guard !a.isEmpty else {
            return b.count
        }
        var previousRow: [Int] = []
        var row = Array(0...b.count)
        for i in 1...a.count {
            var next = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    next[j] = min(next[j], previousRow[j - 2] + 1)
                }
            }
            if next.min() ?? 0 > limit {
                return limit + 1
            }
            previousRow = row
            row = next
        }
        return row[b.count]
    }
}
