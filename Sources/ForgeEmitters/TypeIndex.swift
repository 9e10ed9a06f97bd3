import ForgeSchemaModel

/// Facts about the model's types that several emitters need: lookup by name, and which types validate.
struct TypeIndex {
    /// Every declaration, nested ones included, by qualified name.
    private(set) var declarations: [String: TypeDeclaration] = [:]
    /// Qualified names of the types that get a `Validatable` conformance.
    private(set) var validatable: Set<String> = []
    /// Qualified names of the types marked `@available(*, deprecated)`.
    let deprecated: Set<String>

    /// Indexes the model; with `hasValidators` false no type validates, because no `Validatable`
    /// conformance is generated for generated code to call.
    init(model: SchemaModel, hasValidators: Bool = true) {
        deprecated = DeprecationIndex(model: model).marked
        for declaration in model.types + model.operations.flatMap(\.nestedTypes) {
            register(declaration)
        }
        if hasValidators {
            computeValidatable()
        }
    }

    /// Returns the doc comment facts for a type the document deprecates but that is not marked, else none.
    func deprecationFacts(_ declaration: TypeDeclaration) -> [String] {
        guard declaration.documentation.isDeprecated, !deprecated.contains(declaration.qualifiedName) else {
            return []
        }
        return ["- Deprecated: not marked with `@available`, because API that is not deprecated still uses it"]
    }

    /// Returns true when a value of this type has something to validate, through arrays, maps and optionals.
    func validates(_ type: TypeUsage) -> Bool {
        switch type {
        case .builtin:
            return false
        case .named(let name):
            if case .typeAlias(let alias)? = declarations[name] {
                return validates(alias.target)
            }
            return validatable.contains(name)
        case .array(let element), .dictionary(let element), .optional(let element):
            return validates(element)
        }
    }

    /// Returns true when a property or value with these constraints has a keyword to check itself.
    static func hasChecks(_ constraints: ValueConstraints) -> Bool {
        var own: ValueConstraints = constraints
        own.validatesNestedType = false
        return !own.isEmpty
    }

    private mutating func register(_ declaration: TypeDeclaration) {
        declarations[declaration.qualifiedName] = declaration
        for nested in declaration.nestedTypes {
            register(nested)
        }
    }

    /// Grows the validatable set until no type is added: a type validates when it has its own checks
    /// or holds a value of a type that validates.
    private mutating func computeValidatable() {
        var changed: Bool = true
        while changed {
            changed = false
            for (name, declaration) in declarations where !validatable.contains(name) {
                if needsValidator(declaration) {
                    validatable.insert(name)
                    changed = true
                }
            }
        }
    }

    private func needsValidator(_ declaration: TypeDeclaration) -> Bool {
        switch declaration {
        case .structure(let structure):
            if structure.constraints.minProperties != nil || structure.constraints.maxProperties != nil {
                return true
            }
            if case .kept(let valueType) = structure.additionalProperties, validates(valueType) {
                return true
            }
            return structure.properties.contains { Self.hasChecks($0.constraints) || validates($0.type) }
        case .oneOf(let oneOf):
            return oneOf.cases.contains { validates($0.payload) }
        case .enumeration, .typeAlias:
            return false
        }
    }
}

extension TypeDeclaration {
    /// The types declared inside this one.
    var nestedTypes: [TypeDeclaration] {
        switch self {
        case .structure(let declaration): return declaration.nestedTypes
        case .oneOf(let declaration): return declaration.nestedTypes
        case .enumeration, .typeAlias: return []
        }
    }

    var documentation: Documentation {
        switch self {
        case .structure(let declaration): return declaration.documentation
        case .enumeration(let declaration): return declaration.documentation
        case .oneOf(let declaration): return declaration.documentation
        case .typeAlias(let declaration): return declaration.documentation
        }
    }
}
