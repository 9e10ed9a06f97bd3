import ForgeDocument

/// The properties of an object schema with its `allOf` entries merged in.
struct MergedObject {
    var properties: [SchemaProperty] = []
    var required: Set<String> = []
    /// The `additionalProperties` of the schema itself, else of the last entry that has one.
    var additionalProperties: JSONSchema?
    var minProperties: SchemaNumber?
    var maxProperties: SchemaNumber?
    /// Whether any part is an object: has properties, `type: object` or `additionalProperties`.
    var isObject = false
}

extension BuildContext {
    /// Merges an object schema and its `allOf` entries (following `$ref`s) into one property list.
    ///
    /// Properties keep the order of the entries, then the schema's own. A property defined again
    /// with a different type is reported, and the later definition is used in the earlier place.
    func mergedObject(_ schema: JSONSchema) -> MergedObject {
        var merged = MergedObject()
        var visited: Set<ReferenceTarget> = [schema.origin]
        collect(schema, into: &merged, visited: &visited)
        return merged
    }

    private func collect(_ schema: JSONSchema, into merged: inout MergedObject, visited: inout Set<ReferenceTarget>) {
        if let reference = schema.reference {
            follow(reference, into: &merged, visited: &visited)
        }
        for entry in schema.allOf ?? [] where !NullableSchema.isAnnotationOnly(entry) {
            let core = NullableSchema(entry, context: self).core
            if core.isReferenceOnly, let reference = core.reference {
                follow(reference, into: &merged, visited: &visited)
            } else {
                collect(core, into: &merged, visited: &visited)
            }
        }
        add(schema, to: &merged)
    }

    private func follow(
        _ reference: SchemaReference, into merged: inout MergedObject, visited: inout Set<ReferenceTarget>
    ) {
        guard !visited.contains(reference.target), let target = document.schema(at: reference.target) else {
            return
        }
        visited.insert(reference.target)
        collect(NullableSchema(target, context: self).core, into: &merged, visited: &visited)
    }

    private func add(_ schema: JSONSchema, to merged: inout MergedObject) {
        for property in schema.properties {
            guard let index = merged.properties.firstIndex(where: { $0.name == property.name }) else {
                merged.properties.append(property)
                continue
            }
            if !Self.sameShape(merged.properties[index].schema, property.schema) {
                warn(
                    "property '\(property.name)' is defined again with a different type; the later definition is used",
                    at: property.nameLocation, pointer: property.schema.pointer)
            }
            merged.properties[index].schema = property.schema
        }
        merged.required.formUnion(schema.required)
        merged.additionalProperties = schema.additionalProperties ?? merged.additionalProperties
        merged.minProperties = schema.minProperties ?? merged.minProperties
        merged.maxProperties = schema.maxProperties ?? merged.maxProperties
        let isObject = schema.types?.contains(.object) == true || !schema.properties.isEmpty
        merged.isObject = merged.isObject || isObject || schema.additionalProperties != nil
    }

    /// Returns whether two property schemas give the same Swift type: the same `$ref`, or the same type and format.
    private static func sameShape(_ first: JSONSchema, _ second: JSONSchema) -> Bool {
        if first.reference != nil || second.reference != nil {
            return first.reference?.target == second.reference?.target
        }
        return Set(first.types ?? []) == Set(second.types ?? []) && first.format == second.format
    }
}
