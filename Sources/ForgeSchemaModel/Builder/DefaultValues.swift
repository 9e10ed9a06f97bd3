import ForgeDocument
import ForgeFrontEnd

extension BuildContext {
    /// Returns the documented default as a Swift expression of the property's base type `T`.
    ///
    /// `10` for an integer default written `10.0`, an escaped string literal, `.active` for an
    /// enum case, `nil` for a `null` default of a nullable or optional property, `[]` for an empty
    /// array. Dates, UUIDs, URLs, data and non-empty collections get no expression (their default
    /// stays in the documentation). A default that is not a value of the type is reported.
    func defaultExpression(for schema: JSONSchema, type: TypeUsage, presence: Presence) -> String? {
        guard let value = schema.defaultValue ?? valueSchema(schema).defaultValue else {
            return nil
        }
        if value.scalar == .null {
            return presence == .required ? invalidDefault(value, type: type) : "nil"
        }
        if let expression = literal(for: value, type: type) {
            return expression
        }
        return hasNoDefaultExpression(baseUsage(type)) ? nil : invalidDefault(value, type: type)
    }

    /// Returns a value as a Swift literal of `type`, or nil when it is not a value of that type.
    func literal(for value: Node, type: TypeUsage) -> String? {
        switch baseUsage(type) {
        case .builtin(let builtin):
            return Self.scalarLiteral(value, builtin: builtin)
        case .named(let name):
            guard let enumeration = enumsByName[name], let scalar = value.scalar else {
                return nil
            }
            let raw =
                enumeration.rawType == .string
                ? value.string.map(SwiftLiteral.string) : scalar.integerValue.map(String.init)
            return enumeration.cases.first { $0.rawValueLiteral == raw }.map { "." + $0.swiftName }
        case .array:
            return value.elements?.isEmpty == true ? "[]" : nil
        case .dictionary, .optional:
            return nil
        }
    }

    private static func scalarLiteral(_ value: Node, builtin: BuiltinType) -> String? {
        guard let scalar = value.scalar else {
            return nil
        }
        switch builtin {
        case .int, .int32, .int64:
            guard let integer = scalar.integerValue, let range = IntegerRange(builtin),
                Double(integer) >= range.lowest, Double(integer) <= range.highest
            else {
                return nil
            }
            return String(integer)
        case .double, .float:
            return scalar.doubleValue?.isFinite == true ? scalar.decimalText : nil
        case .bool:
            if case .bool(let flag) = scalar {
                return flag ? "true" : "false"
            }
            return nil
        case .string:
            return value.string.map(SwiftLiteral.string)
        default:
            return nil
        }
    }

    /// Returns whether defaults of this type are documented only, with no Swift expression.
    private func hasNoDefaultExpression(_ type: TypeUsage) -> Bool {
        switch type {
        case .builtin(let builtin):
            return ![.int, .int32, .int64, .double, .float, .bool, .string].contains(builtin)
        case .array, .dictionary, .optional:
            return true
        case .named(let name):
            return enumsByName[name] == nil
        }
    }

    private func invalidDefault(_ value: Node, type: TypeUsage) -> String? {
        warn(
            "the default \(CompactJSON.text(value)) is not a valid \(type.swiftName) value, so no default is generated",
            at: value.location)
        return nil
    }
}
