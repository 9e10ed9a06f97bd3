import ForgeDiagnostics
import ForgeRendering
import ForgeSchemaModel

/// Maps an operation's parameters and request body to the client method's signature and statements.
///
/// A parameter without a default that is not required becomes `T? = nil` and is sent only when set;
/// one with a documented default becomes `T = DEFAULT` and is always sent.
struct RequestContext {
    let operation: OperationModel
    let index: TypeIndex

    private var text: ParameterText {
        ParameterText(index: index)
    }

    /// Parameters other than the path's, which the request carries as query items, headers or cookies.
    private var sentParameters: [ParameterModel] {
        operation.parameters.filter { $0.location != .path }
    }

    /// The method's parameters in document order, then the body: `label`, `parameterName`,
    /// `hasDistinctParameterName`, `type`, `defaultClause`.
    var signature: [TemplateValue] {
        var entries: [TemplateValue] = operation.parameters.map { parameter in
            let reference: String = SwiftNaming.parameterName(forMember: parameter.swiftName)
            let isOptional: Bool = !parameter.isRequired && parameter.defaultExpression == nil
            var defaultClause: String = isOptional ? " = nil" : ""
            if !parameter.isRequired, let expression = parameter.defaultExpression {
                defaultClause = " = " + DefaultValue.qualified(expression, type: parameter.type)
            }
            return [
                "label": .string(parameter.swiftName), "parameterName": .string(reference),
                "hasDistinctParameterName": .bool(reference != parameter.swiftName),
                "type": .string(parameter.type.swiftName + (isOptional ? "?" : "")),
                "defaultClause": .string(defaultClause),
            ]
        }
        if let body = operation.requestBody, let content = Self.chosenContent(body.contents) {
            let type: String = Self.bodyType(content)
            entries.append([
                "label": .string(bodyName), "parameterName": .string(bodyName), "hasDistinctParameterName": false,
                "type": .string(body.isRequired ? type : type + "?"),
                "defaultClause": .string(body.isRequired ? "" : " = nil"),
            ])
        }
        return entries
    }

    /// `(label, first line of the description)` for the doc comment's parameter list.
    var parameterSummaries: [(String, String)] {
        var summaries: [(String, String)] = []
        for parameter in operation.parameters {
            if let line = Self.firstLine(parameter.documentation.description) {
                summaries.append((SwiftNaming.unescaped(parameter.swiftName), line))
            }
        }
        if let body = operation.requestBody, let line = Self.firstLine(body.documentation.description) {
            summaries.append((bodyName, line))
        }
        return summaries
    }

    /// The name of the body parameter: `body`, or `requestBody` when a parameter is already called `body`.
    var bodyName: String {
        let taken: Set<String> = Set(operation.parameters.map { SwiftNaming.unescaped($0.swiftName) })
        var name: String = "body"
        for candidate in ["requestBody", "forge_body"] where taken.contains(name) {
            name = candidate
        }
        return name
    }

    /// One entry per query, header or cookie parameter: `nameLiteral`, `textName` (the local holding its
    /// text, unique in the method, or the value itself when `convertsText` is false), `reference`, `isOptional`,
    /// one of `isQuery`/`isHeader`/`isCookie`, and the text form: `text` (a scalar),
    /// `texts` (an array, with `elementText` converting `forge_item`, or null for
    /// `[String]`) or `pairs` (a map) with the style flags `explode`, `isForm`, `isDeepObject`, `delimiter`.
    var items: [TemplateValue] {
        sentParameters.enumerated().map { item($0.element, textName: "forge_text\($0.offset)") }
    }

    private func item(_ parameter: ParameterModel, textName: String) -> TemplateValue {
        let isOptional: Bool = !parameter.isRequired && parameter.defaultExpression == nil
        let reference: String = isOptional ? "forge_value" : SwiftNaming.parameterName(forMember: parameter.swiftName)
        var context: TemplateValue = [
            "nameLiteral": .string(SwiftLiteral.string(parameter.name)),
            "textName": .string(textName),
            "expression": .string(SwiftNaming.parameterName(forMember: parameter.swiftName)),
            "reference": .string(reference),
            "isOptional": .bool(isOptional),
            "isQuery": .bool(parameter.location == .query),
            "isHeader": .bool(parameter.location == .header),
            "isCookie": .bool(parameter.location == .cookie),
            "explode": .bool(parameter.explode),
            "isDeepObject": .bool(parameter.style == .deepObject),
            "delimiter": .null, "convertsText": true,
            "text": .null, "texts": .null, "pairs": .null,
        ]
        if let element = text.arrayElement(parameter.type) {
            let elementText: String? = text.elementText(element)
            context["texts"] = ["elementText": .optional(elementText.map { .string($0) })]
            context["textName"] = .string(elementText == nil ? reference : textName)
            let delimiters: [ParameterModel.Style: String] = [.spaceDelimited: "%20", .pipeDelimited: "%7C"]
            context["delimiter"] = delimiters[parameter.style].map { .string(SwiftLiteral.string($0)) } ?? .null
        } else if let value = text.mapValue(parameter.type) {
            context["pairs"] = .string(text.pairs(value, reference))
        } else {
            let scalar: String = text.scalar(parameter.type, reference)
            context["text"] = .string(scalar)
            context["convertsText"] = .bool(scalar != reference)
            context["textName"] = .string(scalar != reference ? textName : reference)
        }
        return context
    }

    /// The body statement values: `contentTypeLiteral`, `isJSON`, `isText`, `isForm`, `isRaw`, `isOptional`,
    /// `reference`, `expression`, and for a form `formFields` (`nameLiteral`, `style`, `explode`) with
    /// `hasFormFields`.
    var body: TemplateValue? {
        guard let body = operation.requestBody, let content = Self.chosenContent(body.contents) else {
            return nil
        }
        let formFields: [TemplateValue] = content.formFields.map { field in
            [
                "nameLiteral": .string(SwiftLiteral.string(field.name)), "style": .string(field.style.rawValue),
                "explode": .bool(field.explode),
            ]
        }
        return [
            "contentTypeLiteral": .string(SwiftLiteral.string(content.contentType)),
            "isJSON": .bool(content.encoding == .json),
            "isText": .bool(content.encoding == .text),
            "isForm": .bool(content.encoding == .formURLEncoded),
            "isRaw": .bool(Self.isRaw(content)),
            "formFields": .list(formFields),
            "hasFormFields": .bool(!formFields.isEmpty),
            "isOptional": .bool(!body.isRequired),
            "expression": .string(bodyName),
            "reference": .string(body.isRequired ? bodyName : "forge_value"),
        ]
    }

    /// The request checks: `validatesBody` (the body's own validator), `bodyExpression`, `parameters`
    /// (`pointerLiteral`, `expression`, `validatesNested`, `value`, see `ValueChecks`) and `patterns`,
    /// each pointer `/LOCATION/NAME` such as `/query/page`; nil when nothing is checked.
    var checks: TemplateValue? {
        let prefix: String = "forge_pattern_" + SwiftNaming.unescaped(operation.methodName) + "_"
        var patterns: ValueChecks = ValueChecks(index: index, patterns: PatternTable(prefix: prefix))
        var parameters: [TemplateValue] = []
        for parameter in operation.parameters {
            let isOptional: Bool = !parameter.isRequired && parameter.defaultExpression == nil
            let type: TypeUsage = isOptional ? .optional(parameter.type) : parameter.type
            let reference: String = SwiftNaming.parameterName(forMember: parameter.swiftName)
            let value: TemplateValue? = patterns.value(
                type, parameter.constraints, expression: reference, pointer: "forge_pointer", depth: 1)
            let validatesNested: Bool = index.validates(parameter.type)
            guard value != nil || validatesNested else {
                continue
            }
            let pointer: String = "/" + parameter.location.rawValue + "/" + Self.escapedToken(parameter.name)
            parameters.append([
                "pointerLiteral": .string(SwiftLiteral.string(pointer)),
                "expression": .string(reference), "validatesNested": .bool(validatesNested), "value": .optional(value),
            ])
        }
        let validatesBody: Bool = bodyContent.map { !Self.isRaw($0) && index.validates($0.type) } ?? false
        if !validatesBody, parameters.isEmpty {
            return nil
        }
        return [
            "validatesBody": .bool(validatesBody), "bodyExpression": .string(bodyName),
            "parameters": .list(parameters), "validationContext": "forge_context",
            "patterns": patterns.patterns.value,
        ]
    }

    private var bodyContent: ContentModel? {
        operation.requestBody.flatMap { Self.chosenContent($0.contents) }
    }

    /// The content the method sends: the first JSON one, else the first.
    ///
    /// NOTE: a body with several media types is sent in one of them only; the others need a body enum.
    static func chosenContent(_ contents: [ContentModel]) -> ContentModel? {
        contents.first { $0.encoding == .json } ?? contents.first
    }

    /// Returns the Swift type of a body: the model's type for JSON, text and form bodies, raw `Data` for
    /// other encodings.
    ///
    /// NOTE: multipart bodies are taken as bytes the caller encodes; typed encoding is missing.
    static func bodyType(_ content: ContentModel) -> String {
        isRaw(content) ? "Data" : content.type.swiftName
    }

    /// Returns whether the body is taken as `Data` and sent unchanged.
    private static func isRaw(_ content: ContentModel) -> Bool {
        content.encoding == .multipart || content.encoding == .binary
    }

    private static func firstLine(_ text: String?) -> String? {
        guard let line = text?.split(separator: "\n").first else {
            return nil
        }
        return line.trimmingBlanks()
    }

    /// Escapes a JSON pointer token: `~` as `~0`, `/` as `~1`.
    private static func escapedToken(_ token: String) -> String {
        token.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}
