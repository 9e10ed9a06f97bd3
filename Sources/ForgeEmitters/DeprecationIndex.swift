import ForgeSchemaModel

/// Decides which documented-deprecated types get `@available(*, deprecated)`.
///
/// Swift warns wherever a deprecated type is named outside a deprecated declaration, so a type is
/// marked only when every declaration or operation that names it is deprecated itself. A deprecated
/// type that non-deprecated API still uses keeps the fact in its doc comment instead, so generated code
/// never warns on its own.
struct DeprecationIndex {
    /// Qualified names of the types marked deprecated.
    private(set) var marked: Set<String> = []

    init(model: SchemaModel) {
        var scopes: [Scope] = []
        for declaration in model.types {
            Self.collect(declaration, ancestors: [], into: &scopes)
        }
        for operation in model.operations {
            let owner: String = "operation " + operation.typeName
            scopes.append(Scope(owners: [owner], references: Self.references(of: operation)))
            for nested in operation.nestedTypes {
                Self.collect(nested, ancestors: [owner], into: &scopes)
            }
        }

        var deprecatedOwners: Set<String> = []
        for operation in model.operations where operation.documentation.isDeprecated {
            deprecatedOwners.insert("operation " + operation.typeName)
        }
        marked = Self.documentedDeprecated(model)
        var changed: Bool = true
        while changed {
            changed = false
            for scope in scopes {
                let isDeprecated: Bool = scope.owners.contains { marked.contains($0) || deprecatedOwners.contains($0) }
                if isDeprecated {
                    continue
                }
                let removed: Set<String> = marked.intersection(scope.references)
                if !removed.isEmpty {
                    marked.subtract(removed)
                    changed = true
                }
            }
        }
    }

    /// The names that make one place deprecated (the declaration and its ancestors) and the types it names.
    private struct Scope {
        let owners: [String]
        let references: Set<String>
    }

    private static func collect(_ declaration: TypeDeclaration, ancestors: [String], into scopes: inout [Scope]) {
        let owners: [String] = ancestors + [declaration.qualifiedName]
        scopes.append(Scope(owners: owners, references: references(of: declaration)))
        for nested in declaration.nestedTypes {
            collect(nested, ancestors: owners, into: &scopes)
        }
    }

    private static func references(of declaration: TypeDeclaration) -> Set<String> {
        var usages: [TypeUsage] = []
        switch declaration {
        case .structure(let structure):
            usages = structure.properties.map(\.type)
            if case .kept(let valueType) = structure.additionalProperties {
                usages.append(valueType)
            }
        case .oneOf(let oneOf):
            usages = oneOf.cases.map(\.payload)
        case .typeAlias(let alias):
            usages = [alias.target]
        case .enumeration:
            break
        }
        return Set(usages.flatMap(named))
    }

    private static func references(of operation: OperationModel) -> Set<String> {
        var usages: [TypeUsage] = operation.parameters.map(\.type)
        usages += operation.requestBody?.contents.map(\.type) ?? []
        usages += operation.responses.flatMap { $0.contents.map(\.type) + $0.headers.map(\.type) }
        return Set(usages.flatMap(named))
    }

    private static func named(_ usage: TypeUsage) -> [String] {
        switch usage {
        case .builtin: return []
        case .named(let name): return [name]
        case .array(let element), .dictionary(let element), .optional(let element): return named(element)
        }
    }

    private static func documentedDeprecated(_ model: SchemaModel) -> Set<String> {
        var names: Set<String> = []
        func visit(_ declaration: TypeDeclaration) {
            if declaration.documentation.isDeprecated {
                names.insert(declaration.qualifiedName)
            }
            for nested in declaration.nestedTypes {
                visit(nested)
            }
        }
        for declaration in model.types + model.operations.flatMap(\.nestedTypes) {
            visit(declaration)
        }
        return names
    }
}
