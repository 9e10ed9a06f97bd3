import ForgeDiagnostics

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
        let distance = Suggestion.editDistance(word, candidate)
        if distance <= limit, distance < best?.distance ?? Int.max {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}
