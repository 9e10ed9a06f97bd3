import ForgeRendering
import ForgeSchemaModel

/// Maps the documented headers of a response to a struct nested in the operation's `Response` enum, such
/// as `OkHeaders`, and to the statement that reads them from `forge_response`.
///
/// A header the response does not require is an optional property. A required header that is missing or
/// cannot be read throws `ClientError.invalidResponseHeader`; an optional one is then nil.
struct ResponseHeaderContext {
    let index: TypeIndex
    let docComment: DocComment
    /// The struct name of each response with headers, by case name: responses of one operation whose
    /// headers have the same names, types and presence share one struct.
    private let typeNames: [String: String]
    /// The case names of the responses that use each struct, in case order.
    private let users: [String: [String]]

    /// Prepares the structs of one operation's responses, given in case order.
    init(index: TypeIndex, docComment: DocComment, responses: [ResponseModel]) {
        self.index = index
        self.docComment = docComment
        var firstOfShape: [String: String] = [:]
        var shapes: [String: String] = [:]
        for response in responses where !response.headers.isEmpty {
            let shape: String = response.headers.map { header in
                "\(header.name)\u{1}\(header.type.swiftName)\u{1}\(header.isRequired)"
            }.joined(separator: "\u{2}")
            shapes[response.caseName] = shape
            if firstOfShape[shape] == nil {
                firstOfShape[shape] = response.caseName
            }
        }
        let isOneShape: Bool = Set(shapes.values).count == 1 && shapes.count > 1
        var typeNames: [String: String] = [:]
        var users: [String: [String]] = [:]
        for response in responses {
            guard let shape = shapes[response.caseName], let first = firstOfShape[shape] else {
                continue
            }
            let caseName: String = SwiftNaming.unescaped(first)
            let typeName: String =
                isOneShape ? "Headers" : caseName.prefix(1).uppercased() + caseName.dropFirst() + "Headers"
            typeNames[response.caseName] = typeName
            users[typeName, default: []].append(SwiftNaming.unescaped(response.caseName))
        }
        self.typeNames = typeNames
        self.users = users
    }

    /// Returns the struct's name inside the `Response` enum, or nil when the response documents no headers.
    func typeName(_ response: ResponseModel) -> String? {
        typeNames[response.caseName]
    }

    /// Returns the struct's values: `typeName`, `responsesText` (such as ``the `ok` response``),
    /// `properties` (`docLines`, `name`, `type`, `parameterName`) and the initializer's `parameters`
    /// (`label`, `parameterName`, `hasDistinctParameterName`, `type`, `defaultClause`).
    ///
    /// Returns nil without headers, and for a response whose struct an earlier response declares.
    func declaration(_ response: ResponseModel) -> TemplateValue? {
        guard let typeName = typeName(response), let cases = users[typeName],
            cases.first == SwiftNaming.unescaped(response.caseName)
        else {
            return nil
        }
        var properties: [TemplateValue] = []
        var parameters: [TemplateValue] = []
        for header in response.headers {
            let type: String = Self.unwrapped(header.type).swiftName + (header.isRequired ? "" : "?")
            let parameterName: String = SwiftNaming.parameterName(forMember: header.swiftName)
            properties.append([
                "docLines": docComment.value(header.documentation, facts: ["- Header: `\(header.name)`"]),
                "name": .string(header.swiftName), "type": .string(type), "parameterName": .string(parameterName),
            ])
            parameters.append([
                "label": .string(header.swiftName), "parameterName": .string(parameterName),
                "hasDistinctParameterName": .bool(parameterName != header.swiftName), "type": .string(type),
                "defaultClause": .string(header.isRequired ? "" : " = nil"),
            ])
        }
        return [
            "typeName": .string(typeName), "responsesText": .string(Self.responsesText(cases)),
            "properties": .list(properties), "parameters": .separatedList(parameters),
        ]
    }

    /// Returns ``the `ok` response`` or ``the `ok`, `notFound` and `default` responses``.
    private static func responsesText(_ cases: [String]) -> String {
        let quoted: [String] = cases.map { "`\($0)`" }
        guard let last = quoted.last, quoted.count > 1 else {
            return "the \(quoted.first ?? "") response"
        }
        return "the " + quoted.dropLast().joined(separator: ", ") + " and " + last + " responses"
    }

    /// Returns the reading statement's values, `type` (qualified) and `arguments` (`label`, `expression`),
    /// or nil without headers.
    func reading(_ response: ResponseModel, responseType: String) -> TemplateValue? {
        guard let typeName = typeName(response) else {
            return nil
        }
        let arguments: [TemplateValue] = response.headers.map { header in
            let function: String = header.isRequired ? "try HeaderDecoding.required" : "HeaderDecoding.optional"
            let conversion: String = conversion(Self.unwrapped(header.type), "forge_text")
            let expression: String =
                "\(function)(\(SwiftLiteral.string(header.name)), in: forge_response) { forge_text in \(conversion) }"
            let label: String = SwiftNaming.callLabel(forMember: header.swiftName)
            return ["label": .string(label), "expression": .string(expression)]
        }
        return ["type": .string(responseType + "." + typeName), "arguments": .separatedList(arguments)]
    }

    /// Returns an expression of type `T?` that reads `variable`, a header's text, as `type`.
    ///
    /// Scalars are read from the text forms that parameters are sent in, and an array from comma-separated
    /// text as in the `simple` style. A value with no plain form, such as a struct, is read from JSON text.
    private func conversion(_ type: TypeUsage, _ variable: String) -> String {
        switch type {
        case .builtin(let builtin):
            return builtinText(builtin, variable)
        case .named(let name):
            switch index.declarations[name] {
            case .enumeration(let enumeration)?:
                if enumeration.rawType == .string {
                    return "\(name)(rawValue: \(variable))"
                }
                return "Int(\(variable)).map { \(name)(rawValue: $0) }"
            case .typeAlias(let alias)?:
                return conversion(alias.target, variable)
            default:
                return json(type, variable)
            }
        case .array(let element):
            let item: String = variable == "forge_text" ? "forge_item" : variable + "_item"
            return "HeaderDecoding.list(\(variable)) { \(item) in \(conversion(element, item)) }"
        case .optional(let wrapped):
            return conversion(wrapped, variable)
        case .dictionary:
            return json(type, variable)
        }
    }

    private func builtinText(_ builtin: BuiltinType, _ variable: String) -> String {
        switch builtin {
        case .string: return variable
        case .int, .int32, .int64, .double, .float, .bool: return "\(builtin.swiftName)(\(variable))"
        case .date: return "DateCoding.decodeDateTime(\(variable))"
        case .dateOnly: return "DateOnly(\(variable))"
        case .uuid: return "UUID(uuidString: \(variable))"
        case .url: return "URL(string: \(variable))"
        case .data: return "Data(base64Encoded: \(variable))"
        case .base64Data: return "Data(base64Encoded: \(variable)).map { Base64Data($0) }"
        case .jsonValue: return "HeaderDecoding.json(JSONValue.self, \(variable)) ?? JSONValue.string(\(variable))"
        }
    }

    private func json(_ type: TypeUsage, _ variable: String) -> String {
        "HeaderDecoding.json(\(type.swiftName).self, \(variable))"
    }

    private static func unwrapped(_ type: TypeUsage) -> TypeUsage {
        if case .optional(let wrapped) = type {
            return unwrapped(wrapped)
        }
        return type
    }
}
