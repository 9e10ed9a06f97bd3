import ForgeSchemaModel

/// Swift expressions that turn a parameter value into the text sent in a path, query, header or cookie.
///
/// Scalars use their plain form (`String(42)`, `DateCoding.encodeDateTime(date)`, an enum's raw
/// value); a value with no plain form, such as a struct or free-form JSON, is sent as its JSON text.
struct ParameterText {
    let index: TypeIndex

    /// Returns the `String` expression for one scalar value written as `expression`.
    func scalar(_ type: TypeUsage, _ expression: String) -> String {
        switch type {
        case .builtin(let builtin):
            return builtinText(builtin, expression)
        case .named(let name):
            switch index.declarations[name] {
            case .enumeration(let enumeration)?:
                return enumeration.rawType == .string ? "\(expression).rawValue" : "String(\(expression).rawValue)"
            case .typeAlias(let alias)?:
                return scalar(alias.target, expression)
            default:
                return jsonText(expression)
            }
        case .optional, .array, .dictionary:
            return jsonText(expression)
        }
    }

    /// Returns the `String` expression for one array element bound to `forge_item`, or nil when the
    /// elements are already text.
    func elementText(_ element: TypeUsage) -> String? {
        let text: String = scalar(element, "forge_item")
        return text == "forge_item" ? nil : text
    }

    /// Returns the `[(name: String, value: String)]` expression for a map's entries, sorted by key.
    func pairs(_ value: TypeUsage, _ expression: String) -> String {
        let text: String = scalar(value, "forge_item")
        if text == "forge_item" {
            return "QueryEncoding.sortedPairs(\(expression))"
        }
        let mapped: String = "\(expression).mapValues { (forge_item: \(value.swiftName)) -> String in \(text) }"
        return "QueryEncoding.sortedPairs(\(text.hasPrefix("try ") ? "try " : "")\(mapped))"
    }

    /// Returns the element type when `type` is an array, looking through type aliases.
    func arrayElement(_ type: TypeUsage) -> TypeUsage? {
        switch type {
        case .array(let element):
            return element
        case .named(let name):
            guard case .typeAlias(let alias)? = index.declarations[name] else {
                return nil
            }
            return arrayElement(alias.target)
        default:
            return nil
        }
    }

    /// Returns the value type when `type` is a map, looking through type aliases.
    func mapValue(_ type: TypeUsage) -> TypeUsage? {
        switch type {
        case .dictionary(let value):
            return value
        case .named(let name):
            guard case .typeAlias(let alias)? = index.declarations[name] else {
                return nil
            }
            return mapValue(alias.target)
        default:
            return nil
        }
    }

    private func builtinText(_ builtin: BuiltinType, _ expression: String) -> String {
        switch builtin {
        case .string: return expression
        case .int, .int32, .int64, .double, .float, .bool: return "String(\(expression))"
        case .date: return "DateCoding.encodeDateTime(\(expression))"
        case .dateOnly: return "\(expression).description"
        case .uuid: return "\(expression).uuidString"
        case .url: return "\(expression).absoluteString"
        case .data: return "\(expression).base64EncodedString()"
        case .base64Data: return "\(expression).data.base64EncodedString()"
        case .jsonValue: return jsonText(expression)
        }
    }

    /// Returns the JSON text of any encodable value, the fallback for values without a plain text form.
    private func jsonText(_ expression: String) -> String {
        "try String(decoding: BodyCoding.encodeJSON(\(expression), encoder: JSONCoding.makeEncoder()), as: UTF8.self)"
    }
}
