/// Breaks cycles among type aliases, which Swift rejects (`typealias A = [A]`, or `A = B` and `B = A`).
///
/// Such cycles come from schemas that only wrap each other: an array of itself, a map of itself,
/// or `allOf` entries that point back. They carry no structure to generate, so on each cycle the
/// alias that sorts first keeps its shape but uses `JSONValue` where it referred back into the cycle.
struct AliasCycleBreaker {
    private var targets: [String: TypeUsage]

    init(_ declarations: [TypeDeclaration]) {
        var targets: [String: TypeUsage] = [:]
        for case .typeAlias(let alias) in declarations {
            targets[alias.qualifiedName] = alias.target
        }
        self.targets = targets
    }

    /// Returns the declarations with every alias cycle broken, and the names of the aliases changed.
    mutating func broken(_ declarations: [TypeDeclaration]) -> (declarations: [TypeDeclaration], changed: [String]) {
        var changed: [String] = []
        while let cycle = firstCycle() {
            let chosen: String = cycle.min()!
            let members: Set<String> = Set(cycle)
            targets[chosen] = Self.replacing(members, in: targets[chosen]!)
            changed.append(chosen)
        }
        guard !changed.isEmpty else {
            return (declarations, [])
        }
        let result: [TypeDeclaration] = declarations.map { declaration in
            guard case .typeAlias(var alias) = declaration, let target = targets[alias.qualifiedName] else {
                return declaration
            }
            alias.target = target
            return .typeAlias(alias)
        }
        return (result, changed.sorted())
    }

    /// Returns the aliases of one cycle, found by a depth-first walk in name order, or nil when there is none.
    private func firstCycle() -> [String]? {
        var finished: Set<String> = []
        for start in targets.keys.sorted() where !finished.contains(start) {
            var path: [String] = []
            if let cycle = cycle(from: start, path: &path, finished: &finished) {
                return cycle
            }
        }
        return nil
    }

    private func cycle(from name: String, path: inout [String], finished: inout Set<String>) -> [String]? {
        if let index = path.firstIndex(of: name) {
            return Array(path[index...])
        }
        guard !finished.contains(name), let target = targets[name] else {
            return nil
        }
        path.append(name)
        for next in Self.namedTypes(in: target).sorted() {
            if let found = cycle(from: next, path: &path, finished: &finished) {
                return found
            }
        }
        path.removeLast()
        finished.insert(name)
        return nil
    }

    private static func namedTypes(in type: TypeUsage) -> Set<String> {
        switch type {
        case .named(let name): return [name]
        case .array(let inner), .dictionary(let inner), .optional(let inner): return namedTypes(in: inner)
        case .builtin: return []
        }
    }

    private static func replacing(_ members: Set<String>, in type: TypeUsage) -> TypeUsage {
        switch type {
        case .named(let name): return members.contains(name) ? .builtin(.jsonValue) : type
        case .array(let inner): return .array(replacing(members, in: inner))
        case .dictionary(let inner): return .dictionary(replacing(members, in: inner))
        case .optional(let inner): return .optional(replacing(members, in: inner))
        case .builtin: return type
        }
    }
}
