import ForgeDiagnostics
import ForgeFrontEnd

/// Reading parameters and headers.
extension DocumentParser {
    /// Reads a parameter, following a `$ref`.
    func parameter(_ node: Node, _ target: ReferenceTarget) -> Parameter? {
        resolving(node, at: target, "parameter", readParameter)
    }

    /// Reads a header, following a `$ref`.
    func header(_ node: Node, _ target: ReferenceTarget) -> Header? {
        resolving(node, at: target, "header", readHeader)
    }

    private func readParameter(_ node: Node, _ target: ReferenceTarget) -> Parameter? {
        guard let object = object(node, at: target, "parameter", known: Keywords.parameter) else {
            return nil
        }
        let name = requiredString(object, "name", "parameter")
        guard let placement = placement(object), let name else {
            return nil
        }
        var parameter = Parameter(name: name, in: placement, location: object.location)
        readSerialisation(object, into: &parameter)
        parameter.allowEmptyValue = bool(object, "allowEmptyValue") ?? false
        parameter.allowReserved = bool(object, "allowReserved") ?? false
        checkPathParameter(&parameter, object)
        checkSchemaOrContent(object, "parameter '\(name)'")
        return parameter
    }

    private func placement(_ object: ObjectNode) -> ParameterPlacement? {
        guard let node = object["in"] else {
            missing("in", in: object, "parameter")
            return nil
        }
        guard let text = string(node, key: "in", object.target("in")) else {
            return nil
        }
        if let placement = ParameterPlacement(rawValue: text) {
            if placement == .querystring && version.minor < 2 {
                warning("'in: querystring' needs OpenAPI 3.2", at: node.location, object.target("in"))
            }
            return placement
        }
        var message = "invalid value for 'in': '\(text)'; expected one of path, query, header, cookie, querystring"
        if text == "body" || text == "formData" {
            message += " ('\(text)' parameters are Swagger 2.0; OpenAPI 3 describes them with 'requestBody')"
        } else if let suggestion = Suggestion.closest(to: text, in: ParameterPlacement.allCases.map(\.rawValue)) {
            message += " — did you mean '\(suggestion)'?"
        }
        error(message, at: node.location, object.target("in"))
        return nil
    }

    private func checkPathParameter(_ parameter: inout Parameter, _ object: ObjectNode) {
        guard parameter.in == .path, !parameter.required else {
            return
        }
        let location = object.entry("required")?.value.location ?? object.location
        warning(
            "path parameter '\(parameter.name)' must have 'required: true'; it is read as required", at: location,
            object.target)
        parameter.required = true
    }

    private func checkSchemaOrContent(_ object: ObjectNode, _ name: String) {
        if object.has("schema") && object.has("content") {
            error("\(name) has both 'schema' and 'content'; use one", at: object.location, object.target)
        } else if !object.has("schema") && !object.has("content") {
            warning("\(name) has neither 'schema' nor 'content'", at: object.location, object.target)
        }
    }

    /// Reads `style`; nil when absent or unknown (reported).
    func style(_ object: ObjectNode) -> ParameterStyle? {
        guard let node = object["style"], let text = string(node, key: "style", object.target("style")) else {
            return nil
        }
        if let style = ParameterStyle(rawValue: text) {
            return style
        }
        let names = ParameterStyle.allCases.map(\.rawValue)
        var message = "invalid value for 'style': '\(text)'; expected one of \(names.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: text, in: names) {
            message += " — did you mean '\(suggestion)'?"
        }
        error(message, at: node.location, object.target("style"))
        return nil
    }

    private func readHeader(_ node: Node, _ target: ReferenceTarget) -> Header? {
        guard let object = object(node, at: target, "header", known: Keywords.header) else {
            return nil
        }
        var header = Header(location: object.location)
        readSerialisation(object, into: &header)
        checkSchemaOrContent(object, "header '\(target.lastSegment ?? "")'")
        return header
    }

    /// Reads the keys parameters and headers share.
    private func readSerialisation<Value: Serialised>(_ object: ObjectNode, into value: inout Value) {
        value.description = string(object, "description")
        value.required = bool(object, "required") ?? false
        value.deprecated = bool(object, "deprecated") ?? false
        value.style = style(object)
        value.explode = bool(object, "explode")
        value.schema = schema(object, "schema")
        value.content = content(object)
        value.example = object["example"]
        value.examples = namedValues(object, "examples", example)
        value.extensions = object.extensions
    }
}

/// A value serialised like a parameter: a parameter or a header.
protocol Serialised {
    var description: String? { get set }
    var required: Bool { get set }
    var deprecated: Bool { get set }
    var style: ParameterStyle? { get set }
    var explode: Bool? { get set }
    var schema: JSONSchema? { get set }
    var content: [MediaType] { get set }
    var example: Node? { get set }
    var examples: [Named<Example>] { get set }
    var extensions: Extensions { get set }
}

extension Parameter: Referable, Serialised {}

extension Header: Referable, Serialised {}
