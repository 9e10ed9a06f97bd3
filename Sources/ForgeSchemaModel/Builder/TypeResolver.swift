import ForgeDocument
import ForgeFrontEnd

/// A schema's Swift type at one place, with whether `null` is allowed there.
struct ResolvedType {
    var usage: TypeUsage
    var isNullable: Bool
}

/// The kind of declaration a schema needs, or none when a built-in or collection type serves.
enum DeclarationKind {
    case structure
    case enumeration
    case oneOf
    case anyOf
}

extension BuildContext {
    /// Returns the Swift type for `schema`, declaring a nested type in `scope` where one is needed.
    ///
    /// `hint` is the text a nested type is named after, such as the property name `status`.
    func resolve(_ schema: JSONSchema, in scope: TypeScope, hint: String) -> ResolvedType {
        let split = NullableSchema(schema, context: self)
        return ResolvedType(usage: usage(of: split.core, in: scope, hint: hint), isNullable: split.isNullable)
    }

    /// Returns the Swift type of a schema whose `null` has already been split off.
    func usage(of schema: JSONSchema, in scope: TypeScope, hint: String) -> TypeUsage {
        if schema.boolean != nil {
            return .builtin(.jsonValue)
        }
        if schema.isReferenceOnly, let reference = schema.reference {
            return usage(forReference: reference)
        }
        if let kind = declarationKind(of: schema) {
            if scope.depth >= Self.maximumNestingDepth {
                warn(
                    "this schema would be a type nested \(scope.depth + 1) levels deep, so it is generated as "
                        + "JSONValue; the Swift compiler slows down exponentially with deeper nesting, so move the "
                        + "schema to components/schemas to get a type",
                    at: schema.location, pointer: schema.pointer)
                return .builtin(.jsonValue)
            }
            let name = scope.claimTypeName(for: hint)
            let declaration = declare(kind, schema: schema, name: name, qualifiedName: scope.qualified(name))
            scope.declarations.append(declaration)
            return .named(scope.qualified(name))
        }
        return valueUsage(of: schema, in: scope, hint: hint)
    }

    /// The deepest level a generated type may be declared at, counting every enclosing type.
    ///
    /// Compiling nested declarations takes time that doubles with each level beyond about 16. With
    /// Swift 6.3, a chain of 22 nested one-property structs takes 16 s to emit as a module, and 16
    /// levels of generated inline objects take under 2 s.
    static let maximumNestingDepth: Int = 12

    /// Returns the Swift type a `$ref` stands for: the target's declared name.
    func usage(forReference reference: SchemaReference) -> TypeUsage {
        if let named = namedTargets[reference.target] {
            return named
        }
        warn(
            "'\(reference.text)' does not point at a schema; its value is treated as free-form JSON",
            at: reference.location)
        return .builtin(.jsonValue)
    }

    /// Returns the declaration a schema needs, or nil for built-in, array and map types.
    func declarationKind(of schema: JSONSchema) -> DeclarationKind? {
        if EnumValues(schema) != nil {
            return .enumeration
        }
        if let oneOf = schema.oneOf, !oneOf.isEmpty {
            return .oneOf
        }
        if let anyOf = schema.anyOf, !anyOf.isEmpty {
            return .anyOf
        }
        if let allOf = schema.allOf, !allOf.isEmpty {
            var visited: Set<ReferenceTarget> = []
            return isObjectLike(schema, visited: &visited) ? .structure : nil
        }
        if schema.reference != nil && !schema.isReferenceOnly && !schema.properties.isEmpty {
            return .structure
        }
        let isObject = schema.types?.contains(.object) ?? (schema.types == nil && !schema.properties.isEmpty)
        guard isObject, schema.types?.count ?? 1 == 1 else {
            return nil
        }
        return schema.properties.isEmpty && schema.additionalProperties?.boolean != false ? nil : .structure
    }

    /// Builds the declaration of `kind` for `schema` under the given names.
    func declare(_ kind: DeclarationKind, schema: JSONSchema, name: String, qualifiedName: String) -> TypeDeclaration {
        switch kind {
        case .structure:
            return .structure(buildStruct(schema, name: name, qualifiedName: qualifiedName))
        case .anyOf:
            return .structure(buildAnyOf(schema, name: name, qualifiedName: qualifiedName))
        case .oneOf:
            return .oneOf(buildOneOf(schema, name: name, qualifiedName: qualifiedName))
        case .enumeration:
            let declaration = buildEnum(schema, name: name, qualifiedName: qualifiedName)
            enumsByName[qualifiedName] = declaration
            return .enumeration(declaration)
        }
    }

    /// Returns whether a schema or any of its `allOf` entries, through `$ref`s, describes an object.
    private func isObjectLike(_ schema: JSONSchema, visited: inout Set<ReferenceTarget>) -> Bool {
        if schema.types?.contains(.object) == true || !schema.properties.isEmpty || schema.additionalProperties != nil {
            return true
        }
        if let reference = schema.reference, visited.insert(reference.target).inserted,
            let target = document.schema(at: reference.target), isObjectLike(target, visited: &visited)
        {
            return true
        }
        for entry in schema.allOf ?? [] where isObjectLike(entry, visited: &visited) {
            return true
        }
        return false
    }

    /// Returns the type of a schema that needs no declaration: a scalar, an array, a map or JSON.
    private func valueUsage(of schema: JSONSchema, in scope: TypeScope, hint: String) -> TypeUsage {
        if let first = schema.allOf?.first(where: { !NullableSchema.isAnnotationOnly($0) }) {
            return resolve(first, in: scope, hint: hint).usage
        }
        let types = schema.types ?? inferredTypes(of: schema)
        guard types.count <= 1 else {
            let names = types.map(\.rawValue).joined(separator: ", ")
            warn(
                "a value of several types (\(names)) is generated as JSONValue", at: schema.location,
                pointer: schema.pointer)
            return .builtin(.jsonValue)
        }
        switch types.first {
        case .array:
            return .array(element(of: schema.items, in: scope, hint: hint + " item"))
        case .object:
            return objectUsage(of: schema, in: scope, hint: hint)
        case .integer:
            return oversizedIntegerUsage(schema) ?? scalarUsage(.integer, format: schema.format)
        case .string, .number, .boolean:
            return scalarUsage(types[0], format: schema.format)
        case .null, nil:
            return .builtin(.jsonValue)
        }
    }

    /// Guesses the type of a schema without `type` from its other keywords.
    private func inferredTypes(of schema: JSONSchema) -> [JSONType] {
        if schema.items != nil || schema.prefixItems != nil {
            return [.array]
        }
        if schema.additionalProperties != nil || !schema.properties.isEmpty {
            return [.object]
        }
        switch schema.constValue?.scalar {
        case .string: return [.string]
        case .integer: return [.integer]
        case .float: return [.number]
        case .bool: return [.boolean]
        default: return []
        }
    }

    /// Returns the element type of an array or map: `T`, or `T?` when elements may be `null`.
    func element(of schema: JSONSchema?, in scope: TypeScope, hint: String) -> TypeUsage {
        guard let schema else {
            return .builtin(.jsonValue)
        }
        let resolved = resolve(schema, in: scope, hint: hint)
        return resolved.isNullable ? .optional(resolved.usage) : resolved.usage
    }

    /// Returns `[String: T]` for a map (`additionalProperties` only) and `[String: JSONValue]` for a
    /// free-form object.
    private func objectUsage(of schema: JSONSchema, in scope: TypeScope, hint: String) -> TypeUsage {
        warnAboutPatternProperties(schema)
        guard let values = schema.additionalProperties, values.boolean == nil else {
            return .dictionary(.builtin(.jsonValue))
        }
        return .dictionary(element(of: values, in: scope, hint: hint + " value"))
    }

    /// Returns `Double`, with a warning, for an integer schema whose `enum` lists a value that `Int` cannot
    /// hold, because such a value also keeps the schema from being a Swift enum. Returns nil otherwise.
    private func oversizedIntegerUsage(_ schema: JSONSchema) -> TypeUsage? {
        let oversized: Node? = schema.enumValues?.first { value in
            value.scalar?.isIntegral == true && value.scalar?.integerValue == nil
        }
        guard let value = oversized else {
            return nil
        }
        warn(
            "enum value \(value.scalar?.textValue ?? "") does not fit in a 64-bit Int, so this integer is "
                + "generated as Double without enum cases; values beyond 2^53 lose precision",
            at: value.location, pointer: schema.pointer)
        return .builtin(.double)
    }

    /// Returns the built-in type for a scalar JSON type and format; unknown formats stay `String`.
    func scalarUsage(_ type: JSONType, format: String?) -> TypeUsage {
        if let format, let override = options.typeOverrides[format] {
            return BuiltinType(rawValue: override).map(TypeUsage.builtin) ?? .named(override)
        }
        switch (type, format) {
        case (.integer, "int32"): return .builtin(.int32)
        case (.integer, "int64"): return .builtin(.int64)
        case (.integer, _): return .builtin(.int)
        case (.number, "float"): return .builtin(.float)
        case (.number, _): return .builtin(.double)
        case (.boolean, _): return .builtin(.bool)
        case (.string, "date-time"): return .builtin(.date)
        case (.string, "date"): return .builtin(.dateOnly)
        case (.string, "uuid"): return .builtin(.uuid)
        case (.string, "uri"): return .builtin(.url)
        case (.string, "byte"): return .builtin(.base64Data)
        case (.string, "binary"): return .builtin(.data)
        default: return .builtin(.string)
        }
    }
}
