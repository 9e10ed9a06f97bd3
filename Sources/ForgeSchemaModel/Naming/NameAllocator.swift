/// Gives each of a group of sibling names a distinct identifier, deterministically.
///
/// Candidates claim names in a fixed order that depends only on their own texts: first those
/// whose identifier is exactly their original text (so `on` keeps `on` before `On` is
/// considered), then the rest by original text in Unicode scalar order. A candidate takes its
/// preferred name when free, else its alternate, else the preferred name with `_` and the hash
/// of its own original text. Adding or removing one candidate can only change the names of
/// candidates that wanted the same identifier.
struct NameAllocator {
    struct Candidate {
        /// The text from the document.
        var original: String
        var preferred: String
        /// A second choice, such as the verbatim spelling of an enum value.
        var alternate: String?
        /// The name as the document writes it, when `original` adds context such as an operation's
        /// method and path. A candidate whose identifier is exactly this text claims its name first.
        var written: String? = nil
    }

    /// Names claimed through this allocator, compared without backticks.
    private var claimed: Set<String> = []
    /// Sets of names that are never free, shared with other allocators instead of copied into each.
    private let reserved: [Set<String>]

    init(reserved: Set<String> = []) {
        self.reserved = reserved.isEmpty ? [] : [reserved]
    }

    /// Creates an allocator that avoids the names of every set in `reserved`.
    init(reserving reserved: [Set<String>]) {
        self.reserved = reserved.filter { !$0.isEmpty }
    }

    /// The names claimed through this allocator so far, without backticks.
    var claimedNames: Set<String> {
        claimed
    }

    /// Returns whether `name` (without backticks) is reserved or already claimed.
    func isTaken(_ name: String) -> Bool {
        claimed.contains(name) || reserved.contains { $0.contains(name) }
    }

    /// Returns one distinct name per candidate, in the order given.
    mutating func allocate(_ candidates: [Candidate]) -> [String] {
        var names = [String](repeating: "", count: candidates.count)
        for index in Self.claimOrder(candidates) {
            names[index] = claim(candidates[index])
        }
        return names
    }

    /// Returns the first free choice for one candidate and marks it taken.
    mutating func claim(_ candidate: Candidate) -> String {
        var choices = [candidate.preferred]
        if let alternate = candidate.alternate {
            choices.append(alternate)
        }
        if let free = choices.first(where: { !isTaken(SwiftNaming.unescaped($0)) }) {
            return take(free)
        }
        var salt = candidate.original
        while true {
            let name = SwiftNaming.suffixed(candidate.preferred, original: salt)
            if !isTaken(name) {
                return take(name)
            }
            salt += "#"
        }
    }

    /// Returns the name once free, adding `_` until no name in use equals it.
    mutating func claimPlain(_ name: String) -> String {
        var result = name
        while isTaken(SwiftNaming.unescaped(result)) {
            result = SwiftNaming.unescaped(result) + "_"
        }
        return take(result)
    }

    private mutating func take(_ name: String) -> String {
        claimed.insert(SwiftNaming.unescaped(name))
        return name
    }

    private static func claimOrder(_ candidates: [Candidate]) -> [Int] {
        let exact = candidates.map { SwiftNaming.unescaped($0.preferred) == ($0.written ?? $0.original) }
        let scalars = candidates.map { $0.original.unicodeScalars.map(\.value) }
        return candidates.indices.sorted { left, right in
            if exact[left] != exact[right] {
                return exact[left]
            }
            if scalars[left] != scalars[right] {
                return scalars[left].lexicographicallyPrecedes(scalars[right])
            }
            return left < right
        }
    }
}
