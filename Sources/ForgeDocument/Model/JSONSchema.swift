import ForgeDiagnostics
import ForgeFrontEnd

/// A schema in the OpenAPI 3.1 (JSON Schema 2020-12) shape.
///
/// OpenAPI 3.0 schemas are normalised into this shape right after loading: `nullable: true`
/// becomes a `null` entry in `types` (or `isNullable` when the schema has no `type`), the
/// boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds, and `example` is
/// appended to `examples`. A `$ref` is kept as `reference`, never inlined; look its target up
/// with `OpenAPIDocument.schema(at:)`. Keywords the generator does not model are not kept.
/// Rarely present keywords are stored out of line (`@Indirect`), so large documents with many
/// schemas stay small in memory and cheap to copy.
public struct JSONSchema: Sendable {
    /// The file and JSON pointer this schema was read from; also the key for `schema(at:)`.
    public var origin: ReferenceTarget
    /// The location of the schema's node.
    public var location: SourceLocation

    /// `true` or `false` when the schema is a boolean schema (anything, or nothing, is valid).
    public var boolean: Bool?
    @Indirect public var reference: SchemaReference? = nil

    /// The allowed JSON types; nil when the schema does not restrict the type.
    public var types: [JSONType]?
    /// Whether a 3.0 `nullable: true` (or a 3.1 schema with the same key) appears where the
    /// schema has no `type`, for example next to `allOf` or `$ref`.
    public var isNullable: Bool = false
    public var format: String?

    public var title: String?
    public var description: String?
    /// The `default` value as loaded; its location is the keyword's value.
    @Indirect public var defaultValue: Node? = nil
    /// The `examples` values, then a single `example` value, as loaded.
    public var examples: [Node] = []
    public var deprecated: Bool = false
    public var readOnly: Bool = false
    public var writeOnly: Bool = false

    /// The `enum` values as loaded, with their original text and locations.
    public var enumValues: [Node]?
    @Indirect public var constValue: Node? = nil

    /// Properties in document order.
    public var properties: [SchemaProperty] = []
    public var required: [String] = []
    /// The location of the `required` array, for messages about its entries.
    @Indirect public var requiredLocation: SourceLocation? = nil
    /// `additionalProperties`: a boolean schema for `true`/`false`, or a schema.
    @Indirect public var additionalProperties: JSONSchema? = nil
    public var patternProperties: [SchemaProperty] = []
    @Indirect public var propertyNames: JSONSchema? = nil
    @Indirect public var minProperties: SchemaNumber? = nil
    @Indirect public var maxProperties: SchemaNumber? = nil

    @Indirect public var items: JSONSchema? = nil
    public var prefixItems: [JSONSchema]?
    @Indirect public var minItems: SchemaNumber? = nil
    @Indirect public var maxItems: SchemaNumber? = nil
    public var uniqueItems: Bool = false

    public var allOf: [JSONSchema]?
    public var oneOf: [JSONSchema]?
    public var anyOf: [JSONSchema]?
    @Indirect public var not: JSONSchema? = nil
    @Indirect public var discriminator: Discriminator? = nil

    @Indirect public var minLength: SchemaNumber? = nil
    @Indirect public var maxLength: SchemaNumber? = nil
    @Indirect public var pattern: SchemaPattern? = nil
    public var contentEncoding: String?
    public var contentMediaType: String?

    @Indirect public var minimum: SchemaNumber? = nil
    @Indirect public var maximum: SchemaNumber? = nil
    @Indirect public var exclusiveMinimum: SchemaNumber? = nil
    @Indirect public var exclusiveMaximum: SchemaNumber? = nil
    @Indirect public var multipleOf: SchemaNumber? = nil

    /// `$defs`, in document order.
    public var definitions: [Named<JSONSchema>] = []
    public var extensions: Extensions = []

    public init(origin: ReferenceTarget, location: SourceLocation) {
        self.origin = origin
        self.location = location
    }

    /// The JSON pointer of this schema inside `origin.file`.
    public var pointer: String {
        origin.pointer
    }

    /// Whether `null` is an allowed value by `type` or by a 3.0 `nullable: true`.
    ///
    /// This does not look through `$ref`, `allOf`, `oneOf` or `anyOf`; a `null` branch of
    /// `oneOf`/`anyOf` is for the schema model to read.
    public var allowsNull: Bool {
        isNullable || types?.contains(.null) == true
    }

    /// Whether the schema is only a `$ref`, with no keyword that adds structure or constraints;
    /// annotations such as `description` may accompany it.
    public var isReferenceOnly: Bool {
        reference != nil && types == nil && properties.isEmpty && additionalProperties == nil
            && items == nil && prefixItems == nil && allOf == nil && oneOf == nil && anyOf == nil
            && not == nil && enumValues == nil && constValue == nil
    }
}

/// A JSON Schema primitive type name.
public enum JSONType: String, Hashable, Sendable, CaseIterable {
    case string
    case number
    case integer
    case boolean
    case array
    case object
    case null
}

/// A named property of a schema, from `properties` or `patternProperties`.
public struct SchemaProperty: Sendable {
    /// The property name (or the pattern, for `patternProperties`) exactly as written.
    public var name: String
    public var nameLocation: SourceLocation
    public var schema: JSONSchema

    public init(name: String, nameLocation: SourceLocation, schema: JSONSchema) {
        self.name = name
        self.nameLocation = nameLocation
        self.schema = schema
    }
}

/// A numeric keyword value, such as `maximum: 100.0`, kept exactly as written.
///
/// `value` is the nearest `Double`, so numbers beyond `Int64` (`18446744073709552000`) load;
/// `text` is the number as JSON text with the original digits (`100.0` stays `100.0`; only
/// YAML hexadecimal and octal are turned into decimal), for output and exact comparisons.
public struct SchemaNumber: Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var value: Double
    /// The location of the keyword's value.
    public var location: SourceLocation

    public init(text: String, value: Double, location: SourceLocation) {
        self.text = text
        self.value = value
        self.location = location
    }

    /// Whether the number has no fractional part (`100`, `100.0`, `1e3`); exact, never rounded.
    public var isIntegral: Bool {
        Scalar.integer(text).integerValue != nil || Scalar.float(text).isIntegral
    }

    /// The exact value as an `Int` when it is integral and fits; nil otherwise.
    public var integerValue: Int? {
        Scalar.integer(text).integerValue ?? Scalar.float(text).integerValue
    }

    public var description: String {
        text
    }
}

/// A `pattern` keyword: an ECMA-262 regular expression, unanchored.
public struct SchemaPattern: Hashable, Sendable {
    public var text: String
    /// The location of the keyword's value.
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// The OpenAPI `discriminator` of a schema with `oneOf`, `anyOf` or `allOf`.
public struct Discriminator: Sendable {
    public var propertyName: String
    /// `mapping` in document order: each property value with the schema it selects. A bare
    /// schema name such as `Dog` resolves to `#/components/schemas/Dog` of the root document.
    public var mapping: [DiscriminatorMapping] = []
    /// 3.2 `defaultMapping`: the schema used when the property is absent or unmapped.
    public var defaultMapping: SchemaReference?
    public var location: SourceLocation

    public init(propertyName: String, location: SourceLocation) {
        self.propertyName = propertyName
        self.location = location
    }
}

/// One entry of a discriminator `mapping`.
public struct DiscriminatorMapping: Sendable {
    /// The value of the discriminator property, such as `dog`.
    public var value: String
    public var valueLocation: SourceLocation
    public var reference: SchemaReference

    public init(value: String, valueLocation: SourceLocation, reference: SchemaReference) {
        self.value = value
        self.valueLocation = valueLocation
        self.reference = reference
    }
}
