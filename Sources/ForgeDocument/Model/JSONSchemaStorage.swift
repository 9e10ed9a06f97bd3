import ForgeDiagnostics
import ForgeFrontEnd

/// The fields of a `JSONSchema`, shared between copies until one of them is changed.
///
/// A schema has about fifty fields, and the schema model copies schemas often. Keeping the
/// fields in one object makes a copy a single reference count increment. Rarely present
/// keywords stay out of line (`Indirect` and `RareSchemaKeywords`), so the object stays small.
///
/// Only `JSONSchema` reaches these fields, and it changes them only after making its storage
/// unique, so no two accesses to one object overlap. The fields therefore skip the runtime
/// exclusivity check, which cost about 3% of all instructions on large documents.
final class JSONSchemaStorage: @unchecked Sendable {
    @exclusivity(unchecked) var origin: ReferenceTarget
    @exclusivity(unchecked) var location: SourceLocation
    @exclusivity(unchecked) var boolean: Bool? = nil
    @exclusivity(unchecked) var reference = Indirect<SchemaReference>(wrappedValue: nil)
    @exclusivity(unchecked) var types: [JSONType]? = nil
    @exclusivity(unchecked) var isNullable: Bool = false
    @exclusivity(unchecked) var format: String? = nil
    /// The keywords few schemas have, in one out-of-line value shared by copies; nil when a schema has none.
    @exclusivity(unchecked) var rare = Indirect<RareSchemaKeywords>(wrappedValue: nil)
    @exclusivity(unchecked) var description: String? = nil
    @exclusivity(unchecked) var defaultValue = Indirect<Node>(wrappedValue: nil)
    @exclusivity(unchecked) var deprecated: Bool = false
    @exclusivity(unchecked) var readOnly: Bool = false
    @exclusivity(unchecked) var writeOnly: Bool = false
    @exclusivity(unchecked) var enumValues: [Node]? = nil
    @exclusivity(unchecked) var properties: [SchemaProperty] = []
    @exclusivity(unchecked) var required: [String] = []
    @exclusivity(unchecked) var requiredLocation = Indirect<SourceLocation>(wrappedValue: nil)
    @exclusivity(unchecked) var additionalProperties: JSONSchema? = nil
    @exclusivity(unchecked) var items: JSONSchema? = nil
    @exclusivity(unchecked) var minItems = Indirect<SchemaNumber>(wrappedValue: nil)
    @exclusivity(unchecked) var maxItems = Indirect<SchemaNumber>(wrappedValue: nil)
    @exclusivity(unchecked) var uniqueItems: Bool = false
    @exclusivity(unchecked) var allOf: [JSONSchema]? = nil
    @exclusivity(unchecked) var oneOf: [JSONSchema]? = nil
    @exclusivity(unchecked) var anyOf: [JSONSchema]? = nil
    @exclusivity(unchecked) var minLength = Indirect<SchemaNumber>(wrappedValue: nil)
    @exclusivity(unchecked) var maxLength = Indirect<SchemaNumber>(wrappedValue: nil)
    @exclusivity(unchecked) var pattern = Indirect<SchemaPattern>(wrappedValue: nil)
    @exclusivity(unchecked) var minimum = Indirect<SchemaNumber>(wrappedValue: nil)
    @exclusivity(unchecked) var maximum = Indirect<SchemaNumber>(wrappedValue: nil)

    init(origin: ReferenceTarget, location: SourceLocation) {
        self.origin = origin
        self.location = location
    }

    /// Returns a new storage object with the same field values.
    func copy() -> JSONSchemaStorage {
        let copy = JSONSchemaStorage(origin: origin, location: location)

        copy.boolean = boolean
        copy.reference = reference
        copy.types = types
        copy.isNullable = isNullable
        copy.format = format
        copy.rare = rare

        copy.description = description
        copy.defaultValue = defaultValue
        copy.deprecated = deprecated
        copy.readOnly = readOnly
        copy.writeOnly = writeOnly
        copy.enumValues = enumValues

        copy.properties = properties
        copy.required = required
        copy.requiredLocation = requiredLocation
        copy.additionalProperties = additionalProperties

        copy.items = items
        copy.minItems = minItems
        copy.maxItems = maxItems
        copy.uniqueItems = uniqueItems
        copy.allOf = allOf
        copy.oneOf = oneOf
        copy.anyOf = anyOf

        copy.minLength = minLength
        copy.maxLength = maxLength
        copy.pattern = pattern
        copy.minimum = minimum
        copy.maximum = maximum

        return copy
    }
}

/// The keywords that few schemas have, kept together out of line.
///
/// Moving them out of `JSONSchemaStorage` made every schema 150 bytes smaller: a schema without
/// any of them stores one empty reference.
struct RareSchemaKeywords: Sendable {
    var title: String? = nil
    var examples: [Node] = []
    var constValue: Node? = nil
    var patternProperties: [SchemaProperty] = []
    var propertyNames: JSONSchema? = nil
    var minProperties: SchemaNumber? = nil
    var maxProperties: SchemaNumber? = nil
    var prefixItems: [JSONSchema]? = nil
    var not: JSONSchema? = nil
    var discriminator: Discriminator? = nil
    var contentEncoding: String? = nil
    var contentMediaType: String? = nil
    var exclusiveMinimum: SchemaNumber? = nil
    var exclusiveMaximum: SchemaNumber? = nil
    var multipleOf: SchemaNumber? = nil
    var definitions: [Named<JSONSchema>] = []
    var extensions: Extensions = []
}
