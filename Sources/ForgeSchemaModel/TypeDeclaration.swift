import ForgeDiagnostics

/// A Swift type the generator declares.
public enum TypeDeclaration: Hashable, Sendable, Encodable {
    case structure(StructDeclaration)
    case enumeration(EnumDeclaration)
    /// `oneOf`: an enum with one case per alternative.
    case oneOf(OneOfDeclaration)
    /// A schema that only renames another type, such as a component that is an array of ids.
    case typeAlias(TypeAliasDeclaration)

    public var name: String {
        switch self {
        case .structure(let declaration): return declaration.name
        case .enumeration(let declaration): return declaration.name
        case .oneOf(let declaration): return declaration.name
        case .typeAlias(let declaration): return declaration.name
        }
    }

    /// The name as written from outside, such as `TrainingRoutine.Status`.
    public var qualifiedName: String {
        switch self {
        case .structure(let declaration): return declaration.qualifiedName
        case .enumeration(let declaration): return declaration.qualifiedName
        case .oneOf(let declaration): return declaration.qualifiedName
        case .typeAlias(let declaration): return declaration.qualifiedName
        }
    }
}

public struct StructDeclaration: Hashable, Sendable, Encodable {
    /// The simple name, unique among its siblings.
    public var name: String
    /// The name as written from outside, for example `TrainingRoutine.Status`.
    public var qualifiedName: String
    /// The key in `components/schemas` or the JSON pointer of an inline schema.
    public var origin: String
    public var properties: [PropertyModel]
    public var additionalProperties: AdditionalPropertiesModel
    /// The Swift name of the map of extra keys, `additionalProperties` unless a property has that name.
    public var additionalPropertiesName: String
    /// `anyOf`: one optional property per alternative, each decoded from the whole object (not from a
    /// key; `jsonName` is then the alternative's name), at least one present after decoding.
    public var isAnyOf: Bool
    public var nestedTypes: [TypeDeclaration]
    /// Synthesized Codable where it is correct; written-out coding where a property needs
    /// an explicit `null`, three states, extra keys or `anyOf` checks.
    public var coding: CodingStrategy
    public var constraints: ObjectConstraints
    public var documentation: Documentation

    public init(
        name: String,
        qualifiedName: String,
        origin: String,
        properties: [PropertyModel],
        additionalProperties: AdditionalPropertiesModel = .ignored,
        additionalPropertiesName: String = "additionalProperties",
        isAnyOf: Bool = false,
        nestedTypes: [TypeDeclaration] = [],
        coding: CodingStrategy = .synthesized,
        constraints: ObjectConstraints = ObjectConstraints(),
        documentation: Documentation = Documentation()
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.origin = origin
        self.properties = properties
        self.additionalProperties = additionalProperties
        self.additionalPropertiesName = additionalPropertiesName
        self.isAnyOf = isAnyOf
        self.nestedTypes = nestedTypes
        self.coding = coding
        self.constraints = constraints
        self.documentation = documentation
    }
}

public enum CodingStrategy: String, Hashable, Sendable, Encodable {
    case synthesized
    case custom
}

/// What happens to object keys that no declared property names.
public enum AdditionalPropertiesModel: Hashable, Sendable, Encodable {
    /// Not mentioned by the schema: extra keys are ignored on decoding and not kept.
    case ignored
    /// `additionalProperties: false`: an extra key is a decoding error naming it.
    case forbidden
    /// `true` or a schema: extra keys are kept in a map of this value type.
    case kept(TypeUsage)
}

/// Whether a property must be on the wire and whether it may be `null` there.
public enum Presence: String, Hashable, Sendable, Encodable {
    /// Required, not nullable: `T`.
    case required
    /// Required and nullable: `T?`, always encoded, `null` when nil.
    case requiredNullable
    /// Optional, not nullable: `T?`, omitted when nil.
    case optional
    /// Optional and nullable: `Nullable<T>?` with three states: absent, `null`, value.
    case optionalNullable
}

public struct PropertyModel: Hashable, Sendable, Encodable {
    /// The key on the wire, exactly as in the document.
    public var jsonName: String
    /// A valid Swift identifier, backticked where it is a keyword.
    public var swiftName: String
    /// The initializer's internal parameter name where `swiftName` cannot serve (for example `self`).
    public var parameterName: String
    public var type: TypeUsage
    public var presence: Presence
    /// A Swift expression for the documented default, used as the initializer's default argument.
    public var defaultExpression: String?
    /// Stored behind `Box` because the property closes a cycle of value types.
    public var isBoxed: Bool
    public var isReadOnly: Bool
    public var isWriteOnly: Bool
    public var constraints: ValueConstraints
    public var documentation: Documentation

    public init(
        jsonName: String,
        swiftName: String,
        parameterName: String,
        type: TypeUsage,
        presence: Presence,
        defaultExpression: String? = nil,
        isBoxed: Bool = false,
        isReadOnly: Bool = false,
        isWriteOnly: Bool = false,
        constraints: ValueConstraints = ValueConstraints(),
        documentation: Documentation = Documentation()
    ) {
        self.jsonName = jsonName
        self.swiftName = swiftName
        self.parameterName = parameterName
        self.type = type
        self.presence = presence
        self.defaultExpression = defaultExpression
        self.isBoxed = isBoxed
        self.isReadOnly = isReadOnly
        self.isWriteOnly = isWriteOnly
        self.constraints = constraints
        self.documentation = documentation
    }
}

public struct EnumDeclaration: Hashable, Sendable, Encodable {
    public enum RawType: String, Hashable, Sendable, Encodable {
        case string = "String"
        case int = "Int"
    }

    public struct Case: Hashable, Sendable, Encodable {
        /// A valid Swift case name, distinct from every other case and from `unknown`.
        public var swiftName: String
        /// The raw value as a Swift literal: `"active"` or `2`.
        public var rawValueLiteral: String
        public var documentation: Documentation

        public init(swiftName: String, rawValueLiteral: String, documentation: Documentation = Documentation()) {
            self.swiftName = swiftName
            self.rawValueLiteral = rawValueLiteral
            self.documentation = documentation
        }
    }

    public var name: String
    public var qualifiedName: String
    public var origin: String
    public var rawType: RawType
    public var cases: [Case]
    /// The case that keeps a value the document does not list; its name avoids every documented case.
    public var unknownCaseName: String
    public var documentation: Documentation

    public init(
        name: String,
        qualifiedName: String,
        origin: String,
        rawType: RawType,
        cases: [Case],
        unknownCaseName: String = "unknown",
        documentation: Documentation = Documentation()
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.origin = origin
        self.rawType = rawType
        self.cases = cases
        self.unknownCaseName = unknownCaseName
        self.documentation = documentation
    }
}

public struct OneOfDeclaration: Hashable, Sendable, Encodable {
    public struct Case: Hashable, Sendable, Encodable {
        public var swiftName: String
        public var payload: TypeUsage
        /// Discriminator values that select this case (from the mapping, or the schema name).
        public var discriminatorValues: [String]
        /// Declared `indirect` because the payload contains this enum by value.
        public var isIndirect: Bool
        /// Whether the payload's schema declares the discriminator property; when false the
        /// encoder adds the key itself.
        public var declaresDiscriminator: Bool

        public init(
            swiftName: String, payload: TypeUsage, discriminatorValues: [String] = [], isIndirect: Bool = false,
            declaresDiscriminator: Bool = true
        ) {
            self.swiftName = swiftName
            self.payload = payload
            self.discriminatorValues = discriminatorValues
            self.isIndirect = isIndirect
            self.declaresDiscriminator = declaresDiscriminator
        }
    }

    public var name: String
    public var qualifiedName: String
    public var origin: String
    /// The discriminator's property on the wire; nil means "try each case in order".
    public var discriminatorProperty: String?
    public var cases: [Case]
    public var nestedTypes: [TypeDeclaration]
    public var documentation: Documentation

    public init(
        name: String,
        qualifiedName: String,
        origin: String,
        discriminatorProperty: String?,
        cases: [Case],
        nestedTypes: [TypeDeclaration] = [],
        documentation: Documentation = Documentation()
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.origin = origin
        self.discriminatorProperty = discriminatorProperty
        self.cases = cases
        self.nestedTypes = nestedTypes
        self.documentation = documentation
    }
}

public struct TypeAliasDeclaration: Hashable, Sendable, Encodable {
    public var name: String
    public var qualifiedName: String
    public var origin: String
    public var target: TypeUsage
    public var documentation: Documentation

    public init(
        name: String, qualifiedName: String, origin: String, target: TypeUsage,
        documentation: Documentation = Documentation()
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.origin = origin
        self.target = target
        self.documentation = documentation
    }
}
