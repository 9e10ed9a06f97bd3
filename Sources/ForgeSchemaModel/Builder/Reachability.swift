import ForgeDocument

extension BuildContext {
    /// Returns every schema target reachable through `$ref`s from the schemas the operations use.
    func reachableTargets(from operations: [SourceOperation]) -> Set<ReferenceTarget> {
        var reached: Set<ReferenceTarget> = []
        for source in operations {
            for schema in Self.schemas(of: source) {
                visit(schema, reached: &reached)
            }
        }
        return reached
    }

    static func schemas(of source: SourceOperation) -> [JSONSchema] {
        let operation = source.operation
        let parameters = source.path.item.parameters + operation.parameters
        var schemas = parameters.compactMap(\.schema) + parameters.flatMap(\.content).compactMap(\.schema)
        schemas += operation.requestBody?.content.compactMap(\.schema) ?? []
        for entry in operation.responses {
            schemas += entry.response.content.compactMap(\.schema)
            schemas += entry.response.headers.compactMap(\.value.schema)
        }
        return schemas
    }

    private func visit(_ schema: JSONSchema, reached: inout Set<ReferenceTarget>) {
        var references = schema.reference.map { [$0] } ?? []
        references += schema.discriminator?.mapping.map(\.reference) ?? []
        for reference in references where reached.insert(reference.target).inserted {
            if let target = document.schema(at: reference.target) {
                visit(target, reached: &reached)
            }
        }
        for child in Self.children(of: schema) {
            visit(child, reached: &reached)
        }
    }

    /// Returns the top-level names of the `$ref` targets inside `schemas`, also inside the `allOf`
    /// entries they merge in.
    func topLevelNames(referencedIn schemas: [JSONSchema]) -> Set<String> {
        var names: Set<String> = []
        var visited: Set<ReferenceTarget> = []
        var pending = schemas
        while let schema = pending.popLast() {
            if case .named(let name)? = schema.reference.flatMap({ namedTargets[$0.target] }) {
                names.insert(name)
            }
            let sibling = schema.isReferenceOnly ? nil : schema.reference
            let merged = (schema.allOf ?? []).compactMap(\.reference) + [sibling].compactMap { $0 }
            for reference in merged where visited.insert(reference.target).inserted {
                pending += [document.schema(at: reference.target)].compactMap { $0 }
            }
            pending += Self.children(of: schema)
        }
        return names
    }

    /// Returns the subschemas of a schema that can contain `$ref`s.
    static func children(of schema: JSONSchema) -> [JSONSchema] {
        var children = schema.properties.map(\.schema) + schema.patternProperties.map(\.schema)
        children += [schema.items, schema.additionalProperties, schema.not, schema.propertyNames].compactMap { $0 }
        children += (schema.prefixItems ?? []) + (schema.allOf ?? []) + (schema.oneOf ?? []) + (schema.anyOf ?? [])
        return children
    }
}
