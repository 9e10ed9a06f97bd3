/// Sets `validatesNestedType` wherever a value's type has constraints somewhere inside it.
///
/// A generated type validates when one of its properties has constraints, it has object
/// constraints, or it holds (directly, in a collection, or through an alias or `oneOf` case) a
/// type that validates; this is computed to a fixed point, so recursive types are handled.
struct ValidationMarker {
    private(set) var validating: Set<String> = []
    private var aliases: [String: TypeUsage] = [:]

    init(_ declarations: [TypeDeclaration]) {
        let all = DeclarationWalk.all(declarations)
        for case .typeAlias(let alias) in all {
            aliases[alias.qualifiedName] = alias.target
        }
        var changed = true
        while changed {
            changed = false
            for declaration in all where !validating.contains(declaration.qualifiedName) {
                if needsValidation(declaration) {
                    validating.insert(declaration.qualifiedName)
                    changed = true
                }
            }
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

    private func needsValidation(_ declaration: TypeDeclaration) -> Bool {
        switch declaration {
        case .structure(let structure):
            let hasOwn =
                structure.properties.contains { !$0.constraints.isEmpty }
                || structure.constraints != ObjectConstraints()
            return hasOwn || structure.properties.contains { holdsValidating($0.type) }
        case .oneOf(let oneOf):
            return oneOf.cases.contains { holdsValidating($0.payload) }
        case .typeAlias(let alias):
            return holdsValidating(alias.target)
        case .enumeration:
            return false
        }
    }

    private func holdsValidating(_ type: TypeUsage) -> Bool {
        switch unwrapped(type) {
        case .array(let element), .dictionary(let element): return holdsValidating(element)
        case .named(let name): return validating.contains(name)
        case .builtin, .optional: return false
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
