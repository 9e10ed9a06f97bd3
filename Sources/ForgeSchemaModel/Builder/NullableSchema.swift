import ForgeDocument
import ForgeFrontEnd

/// A schema split into whether it allows `null` and the schema of its non-null values.
///
/// `null` is allowed by `type` containing `null`, a 3.0 `nullable: true`, `null` among the
/// `enum` values, a `{type: null}` alternative of `oneOf`/`anyOf` (the 3.1 pattern), or a
/// `$ref` to a schema that allows it. A schema left with a single `allOf`, `oneOf` or `anyOf`
/// entry and nothing else (the 3.0 `nullable: true` + `allOf: [$ref]` pattern) is replaced by
/// that entry.
struct NullableSchema {
    var core: JSONSchema
    var isNullable: Bool

    init(_ schema: JSONSchema, context: BuildContext) {
        // A schema shares its fields with its copies until one is changed, so each field is
        // written only when it changes: most schemas allow no `null` and are never copied.
        var core = schema
        var nullable = schema.allowsNull
        if schema.isNullable {
            core.isNullable = false
        }
        if let types = schema.types, types.contains(.null) {
            core.types = types == [.null] ? nil : types.filter { $0 != .null }
        }
        if let values = schema.enumValues, values.contains(where: { $0.scalar == .null }) {
            nullable = true
            core.enumValues = values.filter { $0.scalar != .null }
        }
        if let entries = schema.allOf, entries.contains(where: Self.isAnnotationOnly) {
            core.allOf = entries.filter { !Self.isAnnotationOnly($0) }
        }
        if let alternatives = Self.withoutNullAlternatives(schema.oneOf) {
            core.oneOf = alternatives
            nullable = true
        }
        if let alternatives = Self.withoutNullAlternatives(schema.anyOf) {
            core.anyOf = alternatives
            nullable = true
        }
        if let single = Self.singleAlternative(of: core) {
            let inner = NullableSchema(single, context: context)
            self.core = inner.core
            self.isNullable = nullable || inner.isNullable
            return
        }
        if core.isReferenceOnly, let reference = core.reference {
            nullable = nullable || context.targetAllowsNull(reference)
        }
        self.core = core
        self.isNullable = nullable
    }

    /// Returns whether a schema allows only `null`: `{type: null}`, `{enum: [null]}` or `{const: null}`.
    static func isNullOnly(_ schema: JSONSchema) -> Bool {
        if schema.types == [.null] && schema.properties.isEmpty && schema.items == nil {
            return true
        }
        if let values = schema.enumValues, !values.isEmpty, values.allSatisfy({ $0.scalar == .null }) {
            return true
        }
        return schema.constValue?.scalar == .null
    }

    /// Returns whether a schema has nothing but annotations and at most the given composition keyword.
    static func isBare(_ schema: JSONSchema) -> Bool {
        (schema.types ?? []).isEmpty && schema.reference == nil && schema.properties.isEmpty
            && schema.additionalProperties == nil && schema.items == nil && schema.enumValues == nil
            && schema.constValue == nil && schema.not == nil && schema.discriminator == nil
    }

    /// Returns whether an `allOf` entry only adds annotations, such as `{description: ...}` next to a `$ref`.
    static func isAnnotationOnly(_ schema: JSONSchema) -> Bool {
        isBare(schema) && (schema.allOf ?? []).isEmpty && (schema.oneOf ?? []).isEmpty && (schema.anyOf ?? []).isEmpty
            && schema.boolean == nil
    }

    /// Returns `alternatives` without its `null`-only entries, or nil when it has none.
    private static func withoutNullAlternatives(_ alternatives: [JSONSchema]?) -> [JSONSchema]? {
        guard let list = alternatives, list.contains(where: isNullOnly) else {
            return nil
        }
        return list.filter { !isNullOnly($0) }
    }

    /// Returns the one entry that a bare schema with a one-entry composition is equivalent to.
    private static func singleAlternative(of schema: JSONSchema) -> JSONSchema? {
        guard isBare(schema) else {
            return nil
        }
        let lists = [schema.allOf, schema.oneOf, schema.anyOf].compactMap { $0 }.filter { !$0.isEmpty }
        guard lists.count == 1, lists[0].count == 1 else {
            return nil
        }
        return lists[0][0]
    }
}
