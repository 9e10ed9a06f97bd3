/// Picks the closest of `candidates` to a misspelled `word`, or nil when none is close enough to help.
///
/// A candidate that starts with `word` wins when it is the only one, so `gen` suggests `generate`.
/// Otherwise the candidate with the smallest edit distance wins, counting a swap of two neighbouring
/// letters as one edit, as long as the distance is at most a third of the word's length (at least 1,
/// at most 3). Ties go to the candidate listed first.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let prefixed = candidates.filter { $0.hasPrefix(word) }
    if !word.isEmpty, prefixed.count == 1 {
        return prefixed[0]
    }

    let limit = min(max(word.count / 3, 1), 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(word, candidate)
        if distance <= limit, distance < best?.distance ?? Int.max {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// Counts the insertions, deletions, substitutions and swaps of adjacent characters that turn `a` into `b`.
///
/// This is the optimal string alignment distance, which allows no further edit inside a swapped pair.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty {
        return max(a.count, b.count)
    }

    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count {
        table[i][0] = i
    }
    for j in 0...b.count {
        table[0][j] = j
    }

    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var distance = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                distance = min(distance, table[i - 2][j - 2] + 1)
            }
            table[i][j] = distance
        }
    }
    return table[a.count][b.count]
}
