import ForgeDiagnostics
import ForgeFrontEnd
import ForgePatterns

/// Reading schemas, normalised into the OpenAPI 3.1 shape.
extension DocumentParser {
    /// Reads the schema at `target` and registers it for `schema(at:)`; nil (reported) when the
    /// node is neither a mapping nor a boolean.
    func schema(_ node: Node, at target: ReferenceTarget) -> JSONSchema? {
        var schema = JSONSchema(origin: target, location: node.location)
        switch node.content {
        case .scalar(.bool(let value)):
            schema.boolean = value
        case .mapping(let entries):
            let object = ObjectNode(node: node, entries: entries, target: target)
            let strict = !version.usesJSONSchema2020
            checkKeys(of: object, "schema", known: Keywords.schema, nearMissesOnly: !strict)
            readSchemaKeywords(object, into: &schema)
        case .scalar, .sequence:
            error(
                "expected a schema (a mapping or a boolean), found \(node.foundDescription)", at: node.location, target)
            return nil
        }
        schemas[target] = schema
        return schema
    }

    /// Reads the schema under `key` of `object`, if any.
    func schema(_ object: ObjectNode, _ key: String) -> JSONSchema? {
        guard let node = object[key] else {
            return nil
        }
        return schema(node, at: object.target(key))
    }

    // NOTE: `if`/`then`/`else`, `contains`, `dependentSchemas`, `unevaluatedProperties` and
    // `unevaluatedItems` are accepted but not read, so a `$ref` found only inside them is not
    // resolved and its target is not offered by `schema(at:)`.
    private func readSchemaKeywords(_ object: ObjectNode, into schema: inout JSONSchema) {
        if let refNode = object["$ref"], let reference = reference(refNode, in: object.target) {
            schema.reference = reference
            schemaReferences.append(reference)
        }
        readTypes(object, into: &schema)
        readAnnotations(object, into: &schema)
        readObjectKeywords(object, into: &schema)
        readArrayKeywords(object, into: &schema)
        readComposition(object, into: &schema)
        readStringKeywords(object, into: &schema)
        readNumericKeywords(object, into: &schema)
        schema.extensions = object.extensions
    }

    private func readAnnotations(_ object: ObjectNode, into schema: inout JSONSchema) {
        schema.title = string(object, "title")
        schema.description = string(object, "description")
        schema.format = string(object, "format")
        schema.defaultValue = object["default"]
        schema.deprecated = bool(object, "deprecated") ?? false
        schema.readOnly = bool(object, "readOnly") ?? false
        schema.writeOnly = bool(object, "writeOnly") ?? false
        schema.enumValues = sequence(object, "enum")?.elements
        schema.constValue = object["const"]
        schema.examples = examples(object)
        checkDefaultInEnum(schema, object)
    }

    /// Warns when a scalar `default` is not one of the `enum` values (a generated default
    /// would not be a valid case).
    private func checkDefaultInEnum(_ schema: JSONSchema, _ object: ObjectNode) {
        guard let defaultValue = schema.defaultValue?.scalar, let values = schema.enumValues,
            !values.contains(where: { $0.scalar.map { Self.sameValue($0, defaultValue) } ?? false }),
            let location = schema.defaultValue?.location
        else {
            return
        }
        let shown = defaultValue.textValue ?? ""
        warning("default value '\(shown)' is not one of the enum values", at: location, object.target("default"))
    }

    private static func sameValue(_ left: Scalar, _ right: Scalar) -> Bool {
        if let leftNumber = left.doubleValue, let rightNumber = right.doubleValue {
            return leftNumber == rightNumber
        }
        return left == right
    }

    /// `examples` (a list) followed by a single `example`.
    private func examples(_ object: ObjectNode) -> [Node] {
        var examples: [Node] = []
        if let node = object["examples"] {
            if let elements = node.elements {
                examples = elements
            } else {
                warning(
                    "'examples' in a schema should be a list of values, found \(node.foundDescription); it is ignored",
                    at: node.location, object.target("examples"))
            }
        }
        if let example = object["example"] {
            examples.append(example)
        }
        return examples
    }

    private func readObjectKeywords(_ object: ObjectNode, into schema: inout JSONSchema) {
        schema.properties = properties(object, "properties")
        schema.patternProperties = properties(object, "patternProperties")
        readRequired(object, into: &schema)
        schema.additionalProperties = self.schema(object, "additionalProperties")
        schema.propertyNames = self.schema(object, "propertyNames")
        schema.minProperties = count(object, "minProperties")
        schema.maxProperties = count(object, "maxProperties")
    }

    private func properties(_ object: ObjectNode, _ key: String) -> [SchemaProperty] {
        namedValues(object, key) { node, target in schema(node, at: target) }.map { named in
            SchemaProperty(name: named.name, nameLocation: named.nameLocation, schema: named.value)
        }
    }

    private func readRequired(_ object: ObjectNode, into schema: inout JSONSchema) {
        guard let node = object["required"] else {
            return
        }
        schema.requiredLocation = node.location
        if case .scalar(.bool) = node.content {
            warning(
                "'required: \(node.scalarText ?? "")' on a schema has no effect; list required properties in the 'required' array of the object that has them",
                at: node.location, object.target("required"))
            return
        }
        schema.required = strings(object, "required") ?? []
    }

    private func readArrayKeywords(_ object: ObjectNode, into schema: inout JSONSchema) {
        if let node = object["items"], node.elements != nil {
            warning(
                "a list of schemas in 'items' is the old tuple form; it is read as 'prefixItems'",
                at: node.location, object.target("items"))
            schema.prefixItems = schemas(object, "items")
        } else {
            schema.items = self.schema(object, "items")
        }
        if object.has("prefixItems") {
            schema.prefixItems = schemas(object, "prefixItems")
        }
        schema.minItems = count(object, "minItems")
        schema.maxItems = count(object, "maxItems")
        schema.uniqueItems = bool(object, "uniqueItems") ?? false
    }

    /// Reads the list of schemas under `key`.
    func schemas(_ object: ObjectNode, _ key: String) -> [JSONSchema]? {
        values(object, key) { node, target in schema(node, at: target) }
    }

    private func readComposition(_ object: ObjectNode, into schema: inout JSONSchema) {
        schema.allOf = schemas(object, "allOf")
        schema.oneOf = schemas(object, "oneOf")
        schema.anyOf = schemas(object, "anyOf")
        schema.not = self.schema(object, "not")
        schema.discriminator = discriminator(object)
        schema.definitions = namedValues(object, "$defs") { node, target in self.schema(node, at: target) }
    }

    private func readStringKeywords(_ object: ObjectNode, into schema: inout JSONSchema) {
        schema.minLength = count(object, "minLength")
        schema.maxLength = count(object, "maxLength")
        schema.contentEncoding = string(object, "contentEncoding")
        schema.contentMediaType = string(object, "contentMediaType")
        if let node = object["pattern"], let text = string(node, key: "pattern", object.target("pattern")) {
            schema.pattern = SchemaPattern(text: text, location: node.location)
            // A valid pattern that ICU cannot run only loses its check, with a warning from the schema model.
            if let reason = PatternCompileCheck.syntaxError(inECMAPattern: text) {
                error(
                    "invalid regular expression in 'pattern': '\(text)' (\(reason))", at: node.location,
                    object.target("pattern"))
            }
        }
    }
}
