/// Finds the properties and `oneOf` cases that must be stored out of line so that no value type
/// contains itself.
///
/// Containment edges go from a struct to the type of each property held by value (optional and
/// nullable properties too, since `T?` stores `T` inline) and from a `oneOf` enum to each case's
/// payload; arrays and maps store their elements out of line and break no edge. Type aliases are
/// followed. A depth-first search visits types in name order and edges in declaration order;
/// every edge that reaches a type still on the search stack closes a cycle and is boxed, so the
/// result is the same on every run and recursion through arrays or maps is never boxed.
struct CycleBreaker {
    /// A property (`member` is its JSON name) or a oneOf case (its Swift name) of a type.
    struct Edge: Hashable {
        var owner: String
        var member: String
    }

    private var edges: [String: [(member: String, target: String)]] = [:]
    private var aliases: [String: TypeUsage] = [:]

    init(_ declarations: [TypeDeclaration]) {
        let all = DeclarationWalk.all(declarations)
        for case .typeAlias(let alias) in all {
            aliases[alias.qualifiedName] = alias.target
        }
        for declaration in all {
            record(declaration)
        }
    }

    /// Returns the edges to box.
    func edgesToBox() -> Set<Edge> {
        var boxed: Set<Edge> = []
        var finished: Set<String> = []
        var onStack: Set<String> = []
        for name in edges.keys.sorted() {
            search(name, boxed: &boxed, finished: &finished, onStack: &onStack)
        }
        return boxed
    }

    private func search(_ name: String, boxed: inout Set<Edge>, finished: inout Set<String>, onStack: inout Set<String>)
    {
        guard !finished.contains(name) else {
            return
        }
        onStack.insert(name)
        for edge in edges[name] ?? [] {
            if onStack.contains(edge.target) {
                boxed.insert(Edge(owner: name, member: edge.member))
            } else {
                search(edge.target, boxed: &boxed, finished: &finished, onStack: &onStack)
            }
        }
        onStack.remove(name)
        finished.insert(name)
    }

    private mutating func record(_ declaration: TypeDeclaration) {
        switch declaration {
        case .structure(let structure):
            edges[structure.qualifiedName] = structure.properties.compactMap { property in
                inlineTarget(property.type).map { (property.jsonName, $0) }
            }
        case .oneOf(let oneOf):
            edges[oneOf.qualifiedName] = oneOf.cases.compactMap { oneOfCase in
                inlineTarget(oneOfCase.payload).map { (oneOfCase.swiftName, $0) }
            }
        case .typeAlias, .enumeration:
            break
        }
    }

    /// Returns the generated type a value of this type stores inline, through aliases, or nil for collections.
    private func inlineTarget(_ type: TypeUsage) -> String? {
        Self.inlineTarget(type, aliases: aliases)
    }

    /// Returns the named type a value of `type` stores inline, following `aliases` and optionals; nil for
    /// built-in types and collections, which store their elements out of line.
    static func inlineTarget(_ type: TypeUsage, aliases: [String: TypeUsage]) -> String? {
        var current = type
        for _ in 0..<32 {
            switch current {
            case .named(let name):
                guard let target = aliases[name] else {
                    return name
                }
                current = target
            case .optional(let wrapped):
                current = wrapped
            case .builtin, .array, .dictionary:
                return nil
            }
        }
        return nil
    }
}
