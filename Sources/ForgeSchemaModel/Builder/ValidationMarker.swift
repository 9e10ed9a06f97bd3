/// Sets `validatesNestedType` wherever a value's type has constraints somewhere inside it.
///
/// A generated type validates when one of its properties has constraints, it has object
/// constraints, or it contains (directly, in a collection, or through an alias or `oneOf` case) a
/// type that validates. Marks spread from the constrained types to their holders, once each, so
/// recursive types are handled.
struct ValidationMarker {
    private(set) var validating: Set<String> = []
    private var aliases: [String: TypeUsage] = [:]

    init(_ declarations: [TypeDeclaration]) {
        let all = DeclarationWalk.all(declarations)
        for case .typeAlias(let alias) in all {
            aliases[alias.qualifiedName] = alias.target
        }
        var holders: [String: [String]] = [:]
        var pending: [String] = []
        for declaration in all {
            for held in heldTypes(declaration) {
                holders[held, default: []].append(declaration.qualifiedName)
            }
            if hasOwnConstraints(declaration) {
                pending.append(declaration.qualifiedName)
            }
        }
        while let name = pending.popLast() {
            guard validating.insert(name).inserted else {
                continue
            }
            pending += holders[name] ?? []
        }
    }

    /// Returns `constraints` with `validatesNestedType` set for `type` and for its elements.
    func marked(_ constraints: ValueConstraints, type: TypeUsage) -> ValueConstraints {
        var result = constraints
        switch unwrapped(type) {
        case .array(let element), .dictionary(let element):
            var elementConstraints = result.elementConstraints.first ?? ValueConstraints()
            elementConstraints = marked(elementConstraints, type: element)
            result.elementConstraints = elementConstraints.isEmpty ? [] : [elementConstraints]
        case .named(let name):
            result.validatesNestedType = validating.contains(name)
        case .builtin, .optional:
            break
        }
        return result
    }

    /// Returns the declaration with every property's constraints marked.
    func marked(_ declaration: TypeDeclaration) -> TypeDeclaration {
        guard case .structure(var structure) = declaration else {
            return declaration
        }
        structure.properties = structure.properties.map { property in
            var copy = property
            copy.constraints = marked(property.constraints, type: property.type)
            return copy
        }
        return .structure(structure)
    }

    private func hasOwnConstraints(_ declaration: TypeDeclaration) -> Bool {
        guard case .structure(let structure) = declaration else {
            return false
        }
        return structure.properties.contains { !$0.constraints.isEmpty } || structure.constraints != ObjectConstraints()
    }

    /// Returns the generated types a declaration contains, directly or in collections, through aliases.
    private func heldTypes(_ declaration: TypeDeclaration) -> [String] {
        switch declaration {
        case .structure(let structure): return structure.properties.compactMap { namedElement($0.type) }
        case .oneOf(let oneOf): return oneOf.cases.compactMap { namedElement($0.payload) }
        case .typeAlias(let alias): return [namedElement(alias.target)].compactMap { $0 }
        case .enumeration: return []
        }
    }

    private func namedElement(_ type: TypeUsage) -> String? {
        switch unwrapped(type) {
        case .array(let element), .dictionary(let element): return namedElement(element)
        case .named(let name): return name
        case .builtin, .optional: return nil
        }
    }

    /// Strips element optionality and follows aliases to a type that is not an alias.
    private func unwrapped(_ type: TypeUsage) -> TypeUsage {
        var current = type
        for _ in 0..<32 {
            switch current {
            case .optional(let wrapped): current = wrapped
            case .named(let name) where aliases[name] != nil: current = aliases[name]!
            default: return current
            }
        }
        return current
    }
}
