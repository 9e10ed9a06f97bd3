import ForgeDocument
import ForgePatterns

extension BuildContext {
    /// Returns the validation keywords of a value of Swift type `type`, with limits as Swift literals.
    ///
    /// A `$ref` to a schema declared as a type alias contributes the referenced schema's keywords.
    /// Arrays and maps carry their elements' keywords in `elementConstraints`.
    func constraints(of schema: JSONSchema, type: TypeUsage) -> ValueConstraints {
        let source = valueSchema(schema)
        let base = baseUsage(type)
        var result = ValueConstraints()
        switch base {
        case .array(let element):
            result.minItems = source.minItems?.integerValue
            result.maxItems = source.maxItems?.integerValue
            result.uniqueItems = source.uniqueItems
            result.elementConstraints = elementConstraints(source.items, type: element)
        case .dictionary(let value):
            result.minProperties = source.minProperties?.integerValue
            result.maxProperties = source.maxProperties?.integerValue
            result.elementConstraints = elementConstraints(source.additionalProperties, type: value)
        case .builtin(let builtin):
            addScalarConstraints(source, builtin: builtin, to: &result)
        case .named, .optional:
            break
        }
        return result
    }

    private func elementConstraints(_ schema: JSONSchema?, type: TypeUsage) -> [ValueConstraints] {
        guard let schema, schema.boolean == nil else {
            return []
        }
        let element = constraints(of: schema, type: type)
        return element.isEmpty ? [] : [element]
    }

    /// Follows `null` splitting and `$ref`s to type aliases down to the schema with the keywords.
    func valueSchema(_ schema: JSONSchema) -> JSONSchema {
        var core = NullableSchema(schema, context: self).core
        var visited: Set<ReferenceTarget> = []
        while core.isReferenceOnly, let reference = core.reference, visited.insert(reference.target).inserted,
            let target = document.schema(at: reference.target)
        {
            let targetCore = NullableSchema(target, context: self).core
            guard declarationKind(of: targetCore) == nil else {
                break
            }
            core = targetCore
        }
        return core
    }

    /// Strips element optionality and type aliases, giving the type the keywords apply to.
    func baseUsage(_ type: TypeUsage) -> TypeUsage {
        var current = type
        var steps = 0
        while steps < 32 {
            steps += 1
            switch current {
            case .optional(let wrapped): current = wrapped
            case .named(let name) where aliasTargets[name] != nil: current = aliasTargets[name]!
            default: return current
            }
        }
        return current
    }

    private func addScalarConstraints(_ schema: JSONSchema, builtin: BuiltinType, to result: inout ValueConstraints) {
        result.minLength = schema.minLength?.integerValue
        result.maxLength = schema.maxLength?.integerValue
        result.pattern = schema.pattern.flatMap(checkedPattern)
        result.minimum = lowerBound(schema, builtin: builtin)
        result.maximum = upperBound(schema, builtin: builtin)
        result.multipleOf = schema.multipleOf.flatMap { multiple(of: $0, builtin: builtin) }
        result.constLiteral = schema.constValue.flatMap { literal(for: $0, type: .builtin(builtin)) }
    }

    /// Returns the pattern with its Swift literal, or nil with a warning when the generated validator
    /// could not run it: the check compiles the same ECMA-262 to ICU translation the runtime uses.
    private func checkedPattern(_ pattern: SchemaPattern) -> PatternConstraint? {
        if let problem = PatternCompileCheck.problem(inECMAPattern: pattern.text) {
            warn(
                "pattern '\(pattern.text)' is not checked: ICU, the engine of the generated validators, cannot "
                    + "compile it (\(problem)); correct the expression if values must match it",
                at: pattern.location)
            return nil
        }
        return PatternConstraint(
            pattern: pattern.text, swiftLiteral: SwiftLiteral.string(pattern.text), location: pattern.location)
    }

    private func multiple(of number: SchemaNumber, builtin: BuiltinType) -> NumericLimit? {
        guard IntegerRange(builtin) != nil else {
            return NumericLimit(literal: NumberLiteral.floating(number))
        }
        return number.isIntegral ? number.integerValue.map { NumericLimit(literal: String($0)) } : nil
    }
}
