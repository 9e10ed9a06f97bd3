import ForgeDiagnostics
import ForgeFrontEnd

/// A schema in the OpenAPI 3.1 (JSON Schema 2020-12) shape.
///
/// OpenAPI 3.0 schemas are normalised into this shape right after loading: `nullable: true`
/// becomes a `null` entry in `types` (or `isNullable` when the schema has no `type`), the
/// boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds, and `example` is
/// appended to `examples`. A `$ref` is kept as `reference`, never inlined; look its target up
/// with `OpenAPIDocument.schema(at:)`. Keywords the generator does not model are not kept.
/// The fields are stored in one shared object (`JSONSchemaStorage`) that is copied only when a
/// copy of the schema is changed, so copying a schema costs one reference count increment.
public struct JSONSchema: Sendable {
    private var storage: JSONSchemaStorage

    /// The file and JSON pointer this schema was read from; also the key for `schema(at:)`.
    public var origin: ReferenceTarget {
        get { storage.origin }
        _modify { yield &uniqueStorage().origin }
    }

    /// The location of the schema's node.
    public var location: SourceLocation {
        get { storage.location }
        _modify { yield &uniqueStorage().location }
    }

    /// `true` or `false` when the schema is a boolean schema (anything, or nothing, is valid).
    public var boolean: Bool? {
        get { storage.boolean }
        _modify { yield &uniqueStorage().boolean }
    }

    public var reference: SchemaReference? {
        get { storage.reference.wrappedValue }
        _modify { yield &uniqueStorage().reference.wrappedValue }
    }

    /// The allowed JSON types; nil when the schema does not restrict the type.
    public var types: [JSONType]? {
        get { storage.types }
        _modify { yield &uniqueStorage().types }
    }

    /// Whether a 3.0 `nullable: true` (or a 3.1 schema with the same key) appears where the
    /// schema has no `type`, for example next to `allOf` or `$ref`.
    public var isNullable: Bool {
        get { storage.isNullable }
        _modify { yield &uniqueStorage().isNullable }
    }

    public var format: String? {
        get { storage.format }
        _modify { yield &uniqueStorage().format }
    }

    public var title: String? {
        get { storage.rare.wrappedValue?.title }
        set { setRare(\.title, newValue, isEmpty: newValue == nil) }
    }

    public var description: String? {
        get { storage.description }
        _modify { yield &uniqueStorage().description }
    }

    /// The `default` value as loaded; its location is the keyword's value.
    public var defaultValue: Node? {
        get { storage.defaultValue.wrappedValue }
        _modify { yield &uniqueStorage().defaultValue.wrappedValue }
    }

    /// The `examples` values, then a single `example` value, as loaded.
    public var examples: [Node] {
        get { storage.rare.wrappedValue?.examples ?? [] }
        set { setRare(\.examples, newValue, isEmpty: newValue.isEmpty) }
    }

    public var deprecated: Bool {
        get { storage.deprecated }
        _modify { yield &uniqueStorage().deprecated }
    }

    public var readOnly: Bool {
        get { storage.readOnly }
        _modify { yield &uniqueStorage().readOnly }
    }

    public var writeOnly: Bool {
        get { storage.writeOnly }
        _modify { yield &uniqueStorage().writeOnly }
    }

    /// The `enum` values as loaded, with their original text and locations.
    public var enumValues: [Node]? {
        get { storage.enumValues }
        _modify { yield &uniqueStorage().enumValues }
    }

    public var constValue: Node? {
        get { storage.rare.wrappedValue?.constValue }
        set { setRare(\.constValue, newValue, isEmpty: newValue == nil) }
    }

    /// Properties in document order.
    public var properties: [SchemaProperty] {
        get { storage.properties }
        _modify { yield &uniqueStorage().properties }
    }

    public var required: [String] {
        get { storage.required }
        _modify { yield &uniqueStorage().required }
    }

    /// The location of the `required` array, for messages about its entries.
    public var requiredLocation: SourceLocation? {
        get { storage.requiredLocation.wrappedValue }
        _modify { yield &uniqueStorage().requiredLocation.wrappedValue }
    }

    /// `additionalProperties`: a boolean schema for `true`/`false`, or a schema.
    public var additionalProperties: JSONSchema? {
        get { storage.additionalProperties }
        _modify { yield &uniqueStorage().additionalProperties }
    }

    public var patternProperties: [SchemaProperty] {
        get { storage.rare.wrappedValue?.patternProperties ?? [] }
        set { setRare(\.patternProperties, newValue, isEmpty: newValue.isEmpty) }
    }

    public var propertyNames: JSONSchema? {
        get { storage.rare.wrappedValue?.propertyNames }
        set { setRare(\.propertyNames, newValue, isEmpty: newValue == nil) }
    }

    public var minProperties: SchemaNumber? {
        get { storage.rare.wrappedValue?.minProperties }
        set { setRare(\.minProperties, newValue, isEmpty: newValue == nil) }
    }

    public var maxProperties: SchemaNumber? {
        get { storage.rare.wrappedValue?.maxProperties }
        set { setRare(\.maxProperties, newValue, isEmpty: newValue == nil) }
    }

    public var items: JSONSchema? {
        get { storage.items }
        _modify { yield &uniqueStorage().items }
    }

    public var prefixItems: [JSONSchema]? {
        get { storage.rare.wrappedValue?.prefixItems }
        set { setRare(\.prefixItems, newValue, isEmpty: newValue == nil) }
    }

    public var minItems: SchemaNumber? {
        get { storage.minItems.wrappedValue }
        _modify { yield &uniqueStorage().minItems.wrappedValue }
    }

    public var maxItems: SchemaNumber? {
        get { storage.maxItems.wrappedValue }
        _modify { yield &uniqueStorage().maxItems.wrappedValue }
    }

    public var uniqueItems: Bool {
        get { storage.uniqueItems }
        _modify { yield &uniqueStorage().uniqueItems }
    }

    public var allOf: [JSONSchema]? {
        get { storage.allOf }
        _modify { yield &uniqueStorage().allOf }
    }

    public var oneOf: [JSONSchema]? {
        get { storage.oneOf }
        _modify { yield &uniqueStorage().oneOf }
    }

    public var anyOf: [JSONSchema]? {
        get { storage.anyOf }
        _modify { yield &uniqueStorage().anyOf }
    }

    public var not: JSONSchema? {
        get { storage.rare.wrappedValue?.not }
        set { setRare(\.not, newValue, isEmpty: newValue == nil) }
    }

    public var discriminator: Discriminator? {
        get { storage.rare.wrappedValue?.discriminator }
        set { setRare(\.discriminator, newValue, isEmpty: newValue == nil) }
    }

    public var minLength: SchemaNumber? {
        get { storage.minLength.wrappedValue }
        _modify { yield &uniqueStorage().minLength.wrappedValue }
    }

    public var maxLength: SchemaNumber? {
        get { storage.maxLength.wrappedValue }
        _modify { yield &uniqueStorage().maxLength.wrappedValue }
    }

    public var pattern: SchemaPattern? {
        get { storage.pattern.wrappedValue }
        _modify { yield &uniqueStorage().pattern.wrappedValue }
    }

    public var contentEncoding: String? {
        get { storage.rare.wrappedValue?.contentEncoding }
        set { setRare(\.contentEncoding, newValue, isEmpty: newValue == nil) }
    }

    public var contentMediaType: String? {
        get { storage.rare.wrappedValue?.contentMediaType }
        set { setRare(\.contentMediaType, newValue, isEmpty: newValue == nil) }
    }

    public var minimum: SchemaNumber? {
        get { storage.minimum.wrappedValue }
        _modify { yield &uniqueStorage().minimum.wrappedValue }
    }

    public var maximum: SchemaNumber? {
        get { storage.maximum.wrappedValue }
        _modify { yield &uniqueStorage().maximum.wrappedValue }
    }

    public var exclusiveMinimum: SchemaNumber? {
        get { storage.rare.wrappedValue?.exclusiveMinimum }
        set { setRare(\.exclusiveMinimum, newValue, isEmpty: newValue == nil) }
    }

    public var exclusiveMaximum: SchemaNumber? {
        get { storage.rare.wrappedValue?.exclusiveMaximum }
        set { setRare(\.exclusiveMaximum, newValue, isEmpty: newValue == nil) }
    }

    public var multipleOf: SchemaNumber? {
        get { storage.rare.wrappedValue?.multipleOf }
        set { setRare(\.multipleOf, newValue, isEmpty: newValue == nil) }
    }

    /// `$defs`, in document order.
    public var definitions: [Named<JSONSchema>] {
        get { storage.rare.wrappedValue?.definitions ?? [] }
        set { setRare(\.definitions, newValue, isEmpty: newValue.isEmpty) }
    }

    public var extensions: Extensions {
        get { storage.rare.wrappedValue?.extensions ?? [] }
        set { setRare(\.extensions, newValue, isEmpty: newValue.isEmpty) }
    }

    public init(origin: ReferenceTarget, location: SourceLocation) {
        storage = JSONSchemaStorage(origin: origin, location: location)
    }

    /// Sets a keyword of `RareSchemaKeywords`, creating them only for a value that is not empty.
    private mutating func setRare<Value>(
        _ keyword: WritableKeyPath<RareSchemaKeywords, Value>, _ value: Value, isEmpty: Bool
    ) {
        if isEmpty, storage.rare.wrappedValue == nil {
            return
        }
        var rare = storage.rare.wrappedValue ?? RareSchemaKeywords()
        rare[keyPath: keyword] = value
        uniqueStorage().rare.wrappedValue = rare
    }

    /// Returns the storage, first copying it when another schema shares it.
    private mutating func uniqueStorage() -> JSONSchemaStorage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy()
        }
        return storage
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
