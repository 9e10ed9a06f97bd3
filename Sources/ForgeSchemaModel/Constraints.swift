import ForgeDiagnostics

/// Validation keywords that apply to one value, with limits as Swift literals.
///
/// Limits keep the document's exact text (`9007199254740991`, `0.5`), so a validator compares
/// against the documented value, never a rounded one.
public struct ValueConstraints: Hashable, Sendable, Encodable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: PatternConstraint?
    public var minimum: NumericLimit?
    public var maximum: NumericLimit?
    public var multipleOf: NumericLimit?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool
    public var minProperties: Int?
    public var maxProperties: Int?
    /// `const` as a Swift literal of the property's type.
    public var constLiteral: String?
    /// Constraints on each element of an array, or each value of a map.
    public var elementConstraints: [ValueConstraints]
    /// True when the value's own type has a `validate()` to call, such as a nested struct.
    public var validatesNestedType: Bool

    public init(
        minLength: Int? = nil,
        maxLength: Int? = nil,
        pattern: PatternConstraint? = nil,
        minimum: NumericLimit? = nil,
        maximum: NumericLimit? = nil,
        multipleOf: NumericLimit? = nil,
        minItems: Int? = nil,
        maxItems: Int? = nil,
        uniqueItems: Bool = false,
        minProperties: Int? = nil,
        maxProperties: Int? = nil,
        constLiteral: String? = nil,
        elementConstraints: [ValueConstraints] = [],
        validatesNestedType: Bool = false
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.multipleOf = multipleOf
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueItems = uniqueItems
        self.minProperties = minProperties
        self.maxProperties = maxProperties
        self.constLiteral = constLiteral
        self.elementConstraints = elementConstraints
        self.validatesNestedType = validatesNestedType
    }

    /// True when nothing here needs checking.
    public var isEmpty: Bool {
        self == ValueConstraints()
    }
}

/// A numeric bound, inclusive or exclusive, as the literal the validator compares against.
public struct NumericLimit: Hashable, Sendable, Encodable {
    /// The Swift literal, for example `9007199254740991` or `0.5`.
    public var literal: String
    public var isExclusive: Bool

    public init(literal: String, isExclusive: Bool = false) {
        self.literal = literal
        self.isExclusive = isExclusive
    }
}

public struct PatternConstraint: Hashable, Sendable, Encodable {
    /// The ECMA-262 pattern exactly as written in the document.
    public var pattern: String
    /// The pattern as a Swift string literal, quotes included.
    public var swiftLiteral: String
    public var location: SourceLocation?

    public init(pattern: String, swiftLiteral: String, location: SourceLocation? = nil) {
        self.pattern = pattern
        self.swiftLiteral = swiftLiteral
        self.location = location
    }
}

/// Object-level keywords checked on the whole struct.
public struct ObjectConstraints: Hashable, Sendable, Encodable {
    public var minProperties: Int?
    public var maxProperties: Int?

    public init(minProperties: Int? = nil, maxProperties: Int? = nil) {
        self.minProperties = minProperties
        self.maxProperties = maxProperties
    }
}
