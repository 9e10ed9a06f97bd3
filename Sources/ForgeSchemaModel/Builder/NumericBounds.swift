import ForgeDocument

/// The values a Swift integer type holds, as doubles for comparing with document numbers.
struct IntegerRange {
    var lowest: Double
    var highest: Double
    var name: String

    init?(_ builtin: BuiltinType) {
        switch builtin {
        case .int32: (lowest, highest, name) = (-2_147_483_648, 2_147_483_647, "Int32")
        case .int, .int64:
            (lowest, highest, name) = (-9.223_372_036_854_775_808e18, 9.223_372_036_854_775_807e18, builtin.rawValue)
        default: return nil
        }
    }
}

/// Swift literal text for numbers from the document.
enum NumberLiteral {
    /// Returns a floating-point literal: the document's text when Swift reads it as written, else the value.
    static func floating(_ number: SchemaNumber) -> String {
        let simple = number.text.allSatisfy { $0.isNumber || "-.eE".contains($0) } && number.text.first != "."
        return simple && Double(number.text) != nil ? number.text : String(number.value)
    }
}

extension BuildContext {
    /// Returns `minimum` or `exclusiveMinimum` as a literal of the value's type.
    ///
    /// On integer types a fractional bound is rounded inward and made inclusive, and a bound at or
    /// below the type's lowest value is dropped with a note, since no value can break it.
    func lowerBound(_ schema: JSONSchema, builtin: BuiltinType) -> NumericLimit? {
        let (number, isExclusive) = schema.exclusiveMinimum.map { ($0, true) } ?? (schema.minimum, false)
        guard let number else {
            return nil
        }
        guard let range = IntegerRange(builtin) else {
            return NumericLimit(literal: NumberLiteral.floating(number), isExclusive: isExclusive)
        }
        if number.value < range.lowest || (number.value == range.lowest && !isExclusive) {
            note(
                "the lower bound \(number.text) is at or below the lowest \(range.name), so it is not checked",
                at: number.location)
            return nil
        }
        return integerLimit(number, range: range, isExclusive: isExclusive, roundUp: true)
    }

    /// Returns `maximum` or `exclusiveMaximum` as a literal of the value's type; see `lowerBound`.
    func upperBound(_ schema: JSONSchema, builtin: BuiltinType) -> NumericLimit? {
        let (number, isExclusive) = schema.exclusiveMaximum.map { ($0, true) } ?? (schema.maximum, false)
        guard let number else {
            return nil
        }
        guard let range = IntegerRange(builtin) else {
            return NumericLimit(literal: NumberLiteral.floating(number), isExclusive: isExclusive)
        }
        if number.value >= range.highest {
            note(
                "the upper bound \(number.text) is at or above the highest \(range.name), so it is not checked",
                at: number.location)
            return nil
        }
        return integerLimit(number, range: range, isExclusive: isExclusive, roundUp: false)
    }

    private func integerLimit(_ number: SchemaNumber, range: IntegerRange, isExclusive: Bool, roundUp: Bool)
        -> NumericLimit?
    {
        if let exact = number.integerValue, number.isIntegral {
            guard Double(exact) >= range.lowest, Double(exact) <= range.highest else {
                warn(
                    "the bound \(number.text) is outside the range of \(range.name), so no value can meet it",
                    at: number.location)
                return nil
            }
            return NumericLimit(literal: String(exact), isExclusive: isExclusive)
        }
        let rounded = roundUp ? number.value.rounded(.up) : number.value.rounded(.down)
        guard rounded >= range.lowest, rounded <= range.highest else {
            return nil
        }
        return NumericLimit(literal: String(Int(rounded)), isExclusive: false)
    }
}
