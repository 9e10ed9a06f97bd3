import ForgeRendering
import ForgeSchemaModel

/// Maps the constraints of one value to the nested checks the `valueChecks` template renders.
///
/// A value context has `expression` (the Swift expression of the value), `pointer` (the local holding
/// its JSON pointer), `checks` (`method`, `arguments`: one `ValidationContext` call each), and at most
/// one of `optional`, `nullable`, `array`, `dictionary`: a step into the value that binds a new local
/// (`binding`, and `index`/`key` with their own `pointer` for collections) and holds the inner `value`.
/// Locals are numbered by depth (`forge_value1`, `forge_index2`) so nested steps never shadow each other.
struct ValueChecks {
    let index: TypeIndex
    /// The `static let` patterns of the type being validated, shared by all its checks.
    var patterns: PatternTable

    /// Returns the checks for a value of `type`, or nil when nothing needs checking.
    mutating func value(
        _ type: TypeUsage, _ constraints: ValueConstraints, expression: String, pointer: String, depth: Int
    ) -> TemplateValue? {
        guard TypeIndex.hasChecks(constraints) else {
            return nil
        }
        var context: TemplateValue = Self.emptyValue(expression: expression, pointer: pointer)
        switch type {
        case .optional(let wrapped):
            context["optional"] = .optional(
                unwrap(wrapped, constraints, expression: expression, pointer: pointer, depth: depth))
        case .array(let element):
            context["checks"] = .list(countChecks(constraints, expression: expression, isArray: true))
            context["array"] = .optional(
                collection(element, constraints, expression: expression, pointer: pointer, depth: depth))
        case .dictionary(let element):
            context["checks"] = .list(countChecks(constraints, expression: expression, isArray: false))
            context["dictionary"] = .optional(
                collection(element, constraints, expression: expression, pointer: pointer, depth: depth))
        case .named(let name):
            guard case .typeAlias(let alias)? = index.declarations[name] else {
                return nil
            }
            return value(alias.target, constraints, expression: expression, pointer: pointer, depth: depth)
        case .builtin(let builtin):
            context["checks"] = .list(scalarChecks(builtin, constraints, expression: expression))
        }
        return Self.isEmpty(context) ? nil : context
    }

    /// Returns the checks for an optional-and-nullable property (`Nullable<T>?`), run only on a value.
    mutating func nullable(
        _ type: TypeUsage, _ constraints: ValueConstraints, expression: String, pointer: String, depth: Int
    ) -> TemplateValue? {
        var context: TemplateValue = Self.emptyValue(expression: expression, pointer: pointer)
        context["nullable"] = .optional(
            unwrap(type, constraints, expression: expression, pointer: pointer, depth: depth))
        return Self.isEmpty(context) ? nil : context
    }

    /// Returns the step that binds the unwrapped value (`binding`) and holds its checks (`value`).
    private mutating func unwrap(
        _ wrapped: TypeUsage, _ constraints: ValueConstraints, expression: String, pointer: String, depth: Int
    ) -> TemplateValue? {
        let binding: String = "forge_value\(depth)"
        guard let inner = value(wrapped, constraints, expression: binding, pointer: pointer, depth: depth + 1) else {
            return nil
        }
        return ["binding": .string(binding), "expression": .string(expression), "value": inner]
    }

    /// Returns the loop over the elements of an array or the values of a map, with their checks.
    private mutating func collection(
        _ element: TypeUsage, _ constraints: ValueConstraints, expression: String, pointer: String, depth: Int
    ) -> TemplateValue? {
        guard let elementConstraints = constraints.elementConstraints.first else {
            return nil
        }
        let binding: String = "forge_element\(depth)"
        let elementPointer: String = "forge_pointer\(depth)"
        let inner: TemplateValue? = value(
            element, elementConstraints, expression: binding, pointer: elementPointer, depth: depth + 1)
        guard let inner else {
            return nil
        }
        return [
            "binding": .string(binding), "expression": .string(expression), "pointer": .string(elementPointer),
            "parentPointer": .string(pointer),
            "index": .string("forge_index\(depth)"), "key": .string("forge_key\(depth)"),
            "elementType": .string(element.swiftName), "value": inner,
        ]
    }

    private func countChecks(_ constraints: ValueConstraints, expression: String, isArray: Bool) -> [TemplateValue] {
        let count: String = expression + ".count"
        var checks: [TemplateValue] = []
        let limits: [(Int?, String)] =
            isArray
            ? [(constraints.minItems, "checkMinItems"), (constraints.maxItems, "checkMaxItems")]
            : [(constraints.minProperties, "checkMinProperties"), (constraints.maxProperties, "checkMaxProperties")]
        for case (let limit?, let method) in limits {
            checks.append(Self.check(method, "\(count), \(limit)"))
        }
        if isArray, constraints.uniqueItems {
            checks.append(Self.check("checkUniqueItems", expression))
        }
        return checks
    }

    private mutating func scalarChecks(_ builtin: BuiltinType, _ constraints: ValueConstraints, expression: String)
        -> [TemplateValue]
    {
        var checks: [TemplateValue] = []
        // NOTE: length and pattern keywords are checked on `String` values only; on a `Date`, `UUID` or
        // other typed string they would need the encoded text, so they are not checked.
        if builtin == .string {
            checks += stringChecks(constraints, expression: expression)
        }
        if let numeric = NumericOperand(builtin, expression: expression) {
            checks += numeric.checks(constraints)
        }
        if let literal = constraints.constLiteral {
            checks.append(Self.check("checkConst", "\(expression), \(literal)"))
        }
        return checks
    }

    private mutating func stringChecks(_ constraints: ValueConstraints, expression: String) -> [TemplateValue] {
        var checks: [TemplateValue] = []
        if let limit = constraints.minLength {
            checks.append(Self.check("checkMinLength", "\(expression), \(limit)"))
        }
        if let limit = constraints.maxLength {
            checks.append(Self.check("checkMaxLength", "\(expression), \(limit)"))
        }
        if let pattern = constraints.pattern {
            let name: String = patterns.name(for: pattern)
            checks.append(Self.check("checkPattern", "\(expression), Self.\(name)"))
        }
        return checks
    }

    static func check(_ method: String, _ arguments: String) -> TemplateValue {
        ["method": .string(method), "arguments": .string(arguments)]
    }

    private static func emptyValue(expression: String, pointer: String) -> TemplateValue {
        [
            "expression": .string(expression), "pointer": .string(pointer), "checks": [],
            "optional": .null, "nullable": .null, "array": .null, "dictionary": .null,
        ]
    }

    private static func isEmpty(_ context: TemplateValue) -> Bool {
        let steps: [String] = ["optional", "nullable", "array", "dictionary"]
        return context["checks"] == [] && steps.allSatisfy { context[$0] == .null }
    }
}

/// A numeric value as the `ValidationContext` overloads take it: `Int`, `Int64` or `Double`.
///
/// `Int32` widens to `Int64` and `Float` to `Double`. A limit that is not a whole number, or is too large
/// for `Int64`, moves an integer comparison to `Double`, because Swift would reject the literal.
private struct NumericOperand {
    let expression: String
    let isInteger: Bool
    let widening: String?

    init?(_ builtin: BuiltinType, expression: String) {
        self.expression = expression
        switch builtin {
        case .int, .int64: (isInteger, widening) = (true, nil)
        case .int32: (isInteger, widening) = (true, "Int64")
        case .double: (isInteger, widening) = (false, nil)
        case .float: (isInteger, widening) = (false, "Double")
        default: return nil
        }
    }

    func checks(_ constraints: ValueConstraints) -> [TemplateValue] {
        var checks: [TemplateValue] = []
        if let limit = constraints.minimum {
            checks.append(bound("checkMinimum", limit))
        }
        if let limit = constraints.maximum {
            checks.append(bound("checkMaximum", limit))
        }
        if let divisor = constraints.multipleOf {
            checks.append(ValueChecks.check("checkMultipleOf", "\(operand(for: divisor.literal)), \(divisor.literal)"))
        }
        return checks
    }

    private func bound(_ method: String, _ limit: NumericLimit) -> TemplateValue {
        let arguments: String = "\(operand(for: limit.literal)), \(limit.literal), exclusive: \(limit.isExclusive)"
        return ValueChecks.check(method, arguments)
    }

    private func operand(for literal: String) -> String {
        if isInteger, Int64(literal) == nil {
            return "Double(\(expression))"
        }
        return widening.map { "\($0)(\(expression))" } ?? expression
    }
}

/// The `static let` patterns of one validator, each written once however many checks use it.
struct PatternTable {
    /// The start of every name, unique within the type that declares the patterns.
    var prefix: String = "forge_pattern"
    private(set) var entries: [(name: String, literal: String)] = []

    mutating func name(for pattern: PatternConstraint) -> String {
        if let existing = entries.first(where: { $0.literal == pattern.swiftLiteral }) {
            return existing.name
        }
        let name: String = prefix + String(entries.count)
        entries.append((name, pattern.swiftLiteral))
        return name
    }

    var value: TemplateValue {
        .list(entries.map { ["name": .string($0.name), "literal": .string($0.literal)] })
    }
}
