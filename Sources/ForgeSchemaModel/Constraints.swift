import ForgeDiagnostics

/// Validation keywords that apply to one value, with limits as Swift literals.
///
/// Limits keep the document's exact text (`9007199254740991`, `0.5`), so a validator compares
/// against the documented value, never a rounded one.
///
/// The keywords live in one shared copy-on-write object, so a value takes one pointer inside
/// `PropertyModel` and `ParameterModel`, and every value without keywords shares one empty object.
/// Most properties have no keywords, and the inline fields made up more than half of each model.
/// A setter that leaves a keyword as it was copies nothing, so building an empty value allocates nothing.
public struct ValueConstraints: Hashable, Sendable, Encodable {
    private var storage: ValueConstraintsStorage
    public var minLength: Int? {
        get { storage.keywords.minLength }
        set {
            if storage.keywords.minLength != newValue {
                uniqueStorage().keywords.minLength = newValue
            }
        }
    }
    public var maxLength: Int? {
        get { storage.keywords.maxLength }
        set {
            if storage.keywords.maxLength != newValue {
                uniqueStorage().keywords.maxLength = newValue
            }
        }
    }
    public var pattern: PatternConstraint? {
        get { storage.keywords.pattern }
        set {
            if storage.keywords.pattern != newValue {
                uniqueStorage().keywords.pattern = newValue
            }
        }
    }
    public var minimum: NumericLimit? {
        get { storage.keywords.minimum }
        set {
            if storage.keywords.minimum != newValue {
                uniqueStorage().keywords.minimum = newValue
            }
        }
    }
    public var maximum: NumericLimit? {
        get { storage.keywords.maximum }
        set {
            if storage.keywords.maximum != newValue {
                uniqueStorage().keywords.maximum = newValue
            }
        }
    }
    public var multipleOf: NumericLimit? {
        get { storage.keywords.multipleOf }
        set {
            if storage.keywords.multipleOf != newValue {
                uniqueStorage().keywords.multipleOf = newValue
            }
        }
    }
    public var minItems: Int? {
        get { storage.keywords.minItems }
        set {
            if storage.keywords.minItems != newValue {
                uniqueStorage().keywords.minItems = newValue
            }
        }
    }
    public var maxItems: Int? {
        get { storage.keywords.maxItems }
        set {
            if storage.keywords.maxItems != newValue {
                uniqueStorage().keywords.maxItems = newValue
            }
        }
    }
    public var uniqueItems: Bool {
        get { storage.keywords.uniqueItems }
        set {
            if storage.keywords.uniqueItems != newValue {
                uniqueStorage().keywords.uniqueItems = newValue
            }
        }
    }
    public var minProperties: Int? {
        get { storage.keywords.minProperties }
        set {
            if storage.keywords.minProperties != newValue {
                uniqueStorage().keywords.minProperties = newValue
            }
        }
    }
    public var maxProperties: Int? {
        get { storage.keywords.maxProperties }
        set {
            if storage.keywords.maxProperties != newValue {
                uniqueStorage().keywords.maxProperties = newValue
            }
        }
    }
    /// `const` as a Swift literal of the property's type.
    public var constLiteral: String? {
        get { storage.keywords.constLiteral }
        set {
            if storage.keywords.constLiteral != newValue {
                uniqueStorage().keywords.constLiteral = newValue
            }
        }
    }
    /// Constraints on each element of an array, or each value of a map.
    public var elementConstraints: [ValueConstraints] {
        get { storage.keywords.elementConstraints }
        set {
            if storage.keywords.elementConstraints != newValue {
                uniqueStorage().keywords.elementConstraints = newValue
            }
        }
    }
    /// True when the value's own type has a `validate()` to call, such as a nested struct.
    public var validatesNestedType: Bool {
        get { storage.keywords.validatesNestedType }
        set {
            if storage.keywords.validatesNestedType != newValue {
                uniqueStorage().keywords.validatesNestedType = newValue
            }
        }
    }

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
        let keywords: ConstraintKeywords = ConstraintKeywords(
            minLength: minLength, maxLength: maxLength, pattern: pattern, minimum: minimum, maximum: maximum, multipleOf: multipleOf, minItems: minItems, maxItems: maxItems, uniqueItems: uniqueItems, minProperties: minProperties, maxProperties: maxProperties, constLiteral: constLiteral, elementConstraints: elementConstraints, validatesNestedType: validatesNestedType)
        storage = keywords == ConstraintKeywords() ? .empty : ValueConstraintsStorage(keywords)
    }

    /// True when nothing here needs checking.
    public var isEmpty: Bool {
        storage === ValueConstraintsStorage.empty || storage.keywords == ConstraintKeywords()
    }

    public static func == (left: ValueConstraints, right: ValueConstraints) -> Bool {
        left.storage === right.storage || left.storage.keywords == right.storage.keywords
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.keywords)
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.keywords.encode(to: encoder)
    }

    /// Returns the storage, first copying it when another value shares it.
    private mutating func uniqueStorage() -> ValueConstraintsStorage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = ValueConstraintsStorage(storage.keywords)
        }
        return storage
    }
}

/// The keywords of a `ValueConstraints`, stored inline.
struct ConstraintKeywords: Hashable, Sendable, Encodable {
    var minLength: Int? = nil
    var maxLength: Int? = nil
    var pattern: PatternConstraint? = nil
    var minimum: NumericLimit? = nil
    var maximum: NumericLimit? = nil
    var multipleOf: NumericLimit? = nil
    var minItems: Int? = nil
    var maxItems: Int? = nil
    var uniqueItems: Bool = false
    var minProperties: Int? = nil
    var maxProperties: Int? = nil
    var constLiteral: String? = nil
    var elementConstraints: [ValueConstraints] = []
    var validatesNestedType: Bool = false
}

/// The shared, copy-on-write storage of the keywords of `ValueConstraints` values.
///
/// Only a value that holds the sole reference changes `keywords`, so sharing it between threads is safe.
final class ValueConstraintsStorage: @unchecked Sendable {
    /// The storage of every value without keywords.
    static let empty: ValueConstraintsStorage = ValueConstraintsStorage(ConstraintKeywords())

    var keywords: ConstraintKeywords

    init(_ keywords: ConstraintKeywords) {
        self.keywords = keywords
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
