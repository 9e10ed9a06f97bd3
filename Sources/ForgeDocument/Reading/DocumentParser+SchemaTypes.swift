import ForgeDiagnostics
import ForgeFrontEnd

/// Reading `type`, `nullable` and numeric keywords of schemas.
extension DocumentParser {
    /// Type names people write for JSON Schema types, with the type they mean.
    private static let typeAliases: [String: JSONType] = [
        "int": .integer, "int32": .integer, "int64": .integer, "long": .integer, "float": .number,
        "double": .number, "decimal": .number, "bool": .boolean, "str": .string, "text": .string,
        "dict": .object, "map": .object, "list": .array, "nil": .null, "none": .null,
    ]

    func readTypes(_ object: ObjectNode, into schema: inout JSONSchema) {
        if let node = object["type"] {
            schema.types = types(node, object.target("type"))
        }
        guard let nullable = bool(object, "nullable") else {
            return
        }
        if version.usesJSONSchema2020, let node = object.entry("nullable") {
            warning(
                "'nullable' is not a keyword in OpenAPI \(version); write the type as a list with 'null' instead",
                at: node.keyLocation, object.target("nullable"))
        }
        guard nullable else {
            return
        }
        if schema.types == nil {
            schema.isNullable = true
        } else if schema.types?.contains(.null) == false {
            schema.types?.append(.null)
        }
    }

    private func types(_ node: Node, _ target: ReferenceTarget) -> [JSONType]? {
        let names: [Node]
        if let elements = node.elements {
            if !version.usesJSONSchema2020 {
                warning("a list of types needs OpenAPI 3.1; OpenAPI \(version) allows one", at: node.location, target)
            }
            names = elements
        } else {
            names = [node]
        }
        let types = names.compactMap { type($0, target) }
        return types.isEmpty ? nil : types
    }

    private func type(_ node: Node, _ target: ReferenceTarget) -> JSONType? {
        if case .scalar(.null) = node.content {
            warning(
                "an unquoted null in 'type' is the null value; write the type name as 'null'", at: node.location, target
            )
            return .null
        }
        guard let text = node.scalarText else {
            wrongType("type", expected: "a type name", found: node, target)
            return nil
        }
        if let type = JSONType(rawValue: text) {
            if type == .null && !version.usesJSONSchema2020 {
                warning(
                    "type 'null' needs OpenAPI 3.1; in \(version) write 'nullable: true'", at: node.location, target)
            }
            return type
        }
        let expected = JSONType.allCases.map(\.rawValue).joined(separator: ", ")
        var message = "invalid type '\(text)'; expected one of \(expected)"
        let suggestion =
            Self.typeAliases[text.lowercased()]?.rawValue
            ?? Suggestion.closest(to: text, in: JSONType.allCases.map(\.rawValue))
        if let suggestion {
            message += " — did you mean '\(suggestion)'?"
        }
        error(message, at: node.location, target)
        return nil
    }

    func readNumericKeywords(_ object: ObjectNode, into schema: inout JSONSchema) {
        schema.minimum = number(object, "minimum")
        schema.maximum = number(object, "maximum")
        schema.multipleOf = number(object, "multipleOf")
        if let multipleOf = schema.multipleOf, multipleOf.value <= 0 {
            error(
                "'multipleOf' must be greater than 0, found \(multipleOf.text)", at: multipleOf.location,
                object.target("multipleOf"))
            schema.multipleOf = nil
        }
        schema.exclusiveMinimum = exclusiveBound(object, "exclusiveMinimum", bound: &schema.minimum)
        schema.exclusiveMaximum = exclusiveBound(object, "exclusiveMaximum", bound: &schema.maximum)
    }

    /// Reads `exclusiveMinimum`/`exclusiveMaximum`: a number as is, or the 3.0 boolean form,
    /// which turns the inclusive `bound` into the exclusive one.
    private func exclusiveBound(_ object: ObjectNode, _ key: String, bound: inout SchemaNumber?) -> SchemaNumber? {
        guard let node = object[key] else {
            return nil
        }
        guard case .scalar(.bool(let isExclusive)) = node.content else {
            return number(node, key: key, object.target(key))
        }
        let boundKey = key == "exclusiveMinimum" ? "minimum" : "maximum"
        if version.usesJSONSchema2020 {
            warning(
                "a boolean '\(key)' is the OpenAPI 3.0 form; in \(version) write '\(key): <number>' instead of '\(boundKey)'",
                at: node.location, object.target(key))
        }
        guard isExclusive else {
            return nil
        }
        guard let inclusive = bound else {
            warning("'\(key): true' has no effect without '\(boundKey)'", at: node.location, object.target(key))
            return nil
        }
        bound = nil
        return inclusive
    }

    /// Returns the number under `key`; nil when absent or not a number (reported).
    func number(_ object: ObjectNode, _ key: String) -> SchemaNumber? {
        guard let node = object[key] else {
            return nil
        }
        return number(node, key: key, object.target(key))
    }

    func number(_ node: Node, key: String, _ target: ReferenceTarget) -> SchemaNumber? {
        guard let scalar = node.scalar, let text = scalar.decimalText ?? scalar.textValue,
            let value = scalar.doubleValue
        else {
            wrongType(key, expected: "a number", found: node, target)
            return nil
        }
        guard value.isFinite else {
            wrongType(key, expected: "a finite number", found: node, target)
            return nil
        }
        return SchemaNumber(text: text, value: value, location: node.location)
    }

    /// Returns a count such as `maxLength`: a whole number that is not negative.
    func count(_ object: ObjectNode, _ key: String) -> SchemaNumber? {
        guard let number = number(object, key) else {
            return nil
        }
        guard number.isIntegral, number.value >= 0 else {
            error(
                "invalid value for '\(key)': expected a non-negative integer, found \(number.text)",
                at: number.location, object.target(key))
            return nil
        }
        return number
    }
}
