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

    /// Returns the struct's name inside the `Response` enum, or nil when the response documents no headers.
    static func typeName(_ response: ResponseModel) -> String? {
        guard !response.headers.isEmpty else {
            return nil
        }
        let caseName: String = SwiftNaming.unescaped(response.caseName)
        return caseName.prefix(1).uppercased() + caseName.dropFirst() + "Headers"
    }

    /// The struct's values: `typeName`, `caseName`, `properties` (`docLines`, `name`, `type`,
    /// `parameterName`) and `parameters` for its initializer (`label`, `parameterName`,
    /// `hasDistinctParameterName`, `type`, `defaultClause`); nil without headers.
    func declaration(_ response: ResponseModel) -> TemplateValue? {
        guard let typeName = Self.typeName(response) else {
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
            "typeName": .string(typeName), "caseName": .string(SwiftNaming.unescaped(response.caseName)),
            "properties": .list(properties), "parameters": .separatedList(parameters),
        ]
    }

    /// The reading statement's values: `type` (qualified) and `arguments` (`label`, `expression`); nil
    /// without headers.
    func reading(_ response: ResponseModel, responseType: String) -> TemplateValue? {
        guard let typeName = Self.typeName(response) else {
            return nil
        }
        let arguments: [TemplateValue] = response.headers.map { header in
            let function: String = header.isRequired ? "try HeaderDecoding.required" : "HeaderDecoding.optional"
            let conversion: String = conversion(Self.unwrapped(header.type), "forge_text")
            let expression: String =
                "\(function)(\(SwiftLiteral.string(header.name)), in: forge_response) { forge_text in \(conversion) }"
            return ["label": .string(header.swiftName), "expression": .string(expression)]
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
