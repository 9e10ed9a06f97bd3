import ForgeRendering
import ForgeSchemaModel

/// Maps one struct property to the values the `struct` template reads.
///
/// Keys: `swiftName`, `type` (as declared), `access`, `docLines`, `isDeprecated`; `label`,
/// `parameterName`, `hasDistinctParameterName`, `defaultClause` for the initializer; `codingCase`,
/// `jsonLiteral`, `decodeMethod`, `encodeMethod`, `codingType`, `wrapsDecodeLine`, `wrapsEncodeLine`
/// for coding; `hasStorage`, `storageName`, `storageType`, `storageAccess`, `valueType`, `boxType` and
/// one of `isPlainStorage`, `isBoxRequired`, `isBoxOptional`, `isBoxNullable` for properties stored
/// behind a private member (boxed, or deprecated so that generated code never uses the deprecated name).
struct PropertyContext {
    let property: PropertyModel
    let access: String
    let docComment: DocComment
    /// The names of the struct's other properties, so a storage name avoids them.
    let siblingNames: Set<String>
    /// The columns of indentation before a statement in the struct's methods, for line-length decisions.
    let statementIndentation: Int

    /// The Swift type of the property as users see it.
    var declaredType: String {
        let base: String = property.type.swiftName
        switch property.presence {
        case .required: return base
        case .optional, .requiredNullable: return base + "?"
        case .optionalNullable: return "Nullable<\(base)>?"
        }
    }

    private var storage: PropertyStorage {
        PropertyStorage(property: property, siblingNames: siblingNames)
    }

    private var hasStorage: Bool {
        storage.hasStorage
    }

    var storedName: String {
        storage.storedName
    }

    var value: TemplateValue {
        var members: [String: TemplateValue] = [
            "swiftName": .string(property.swiftName),
            "type": .string(declaredType),
            "access": .string(access),
            "docLines": docComment.value(property.documentation),
            "isDeprecated": .bool(property.documentation.isDeprecated),
            "label": .string(property.swiftName),
            "parameterName": .string(property.parameterName),
            "hasDistinctParameterName": .bool(property.parameterName != property.swiftName),
            "defaultClause": .string(defaultClause),
        ]
        members.merge(codingMembers) { _, coding in coding }
        members.merge(storageMembers) { _, storage in storage }
        return .object(members)
    }

    /// ` = EXPRESSION` for an initializer parameter with a default, else empty; required-and-nullable
    /// properties get none, so callers must pass `nil` on purpose.
    private var defaultClause: String {
        if let expression = property.defaultExpression {
            let value: String = DefaultValue.qualified(expression, type: property.type)
            guard property.presence == .optionalNullable else {
                return " = " + value
            }
            // A `null` default of an optional, nullable property is an explicit null.
            return expression == "nil" ? " = .null" : " = .value(\(value))"
        }
        switch property.presence {
        case .optional, .optionalNullable: return " = nil"
        case .required, .requiredNullable: return ""
        }
    }

    private var codingMembers: [String: TemplateValue] {
        let base: String = property.type.swiftName
        let codingType: String = property.isBoxed ? "Box<\(base)>" : base
        let methods: (decode: String, encode: String) = Self.codingMethods[property.presence]!
        let codingCase: String = storedName
        let jsonLiteral: String = SwiftLiteral.string(property.jsonName)
        let decodeLength: Int =
            "self. = try container.(.self, forKey: )".count + methods.decode.count
            + codingCase.count + jsonLiteral.count + codingType.count
        let encodeLength: Int =
            "try container.(self., forKey: )".count + methods.encode.count + codingCase.count + jsonLiteral.count
        return [
            "codingCase": .string(codingCase),
            "jsonLiteral": .string(jsonLiteral),
            "decodeMethod": .string(methods.decode),
            "encodeMethod": .string(methods.encode),
            "codingType": .string(codingType),
            "wrapsDecodeLine": .bool(statementIndentation + decodeLength > Self.lineLength),
            "wrapsEncodeLine": .bool(statementIndentation + encodeLength > Self.lineLength),
        ]
    }

    /// The longest line `swift format` accepts in generated code; longer coding calls are split in two.
    static let lineLength: Int = 120

    private static let codingMethods: [Presence: (decode: String, encode: String)] = [
        .required: ("decode", "encode"),
        .optional: ("decodeIfPresent", "encodeIfPresent"),
        .requiredNullable: ("decodeRequiredNullable", "encodeRequiredNullable"),
        .optionalNullable: ("decodeNullable", "encodeNullable"),
    ]

    private var storageMembers: [String: TemplateValue] {
        let base: String = property.type.swiftName
        let boxType: String = "Box<\(base)>"
        let storageType: String
        switch (property.isBoxed, property.presence) {
        case (false, _): storageType = declaredType
        case (true, .required): storageType = boxType
        case (true, .optional), (true, .requiredNullable): storageType = boxType + "?"
        case (true, .optionalNullable): storageType = "Nullable<\(boxType)>?"
        }
        let isBoxOptional: Bool = property.presence == .optional || property.presence == .requiredNullable
        return [
            "hasStorage": .bool(hasStorage),
            "storageName": .string(storedName),
            "storageType": .string(storageType),
            "storageAccess": .string(property.documentation.isDeprecated ? "internal" : "private"),
            "valueType": .string(base),
            "boxType": .string(boxType),
            "isPlainStorage": .bool(hasStorage && !property.isBoxed),
            "isBoxRequired": .bool(property.isBoxed && property.presence == .required),
            "isBoxOptional": .bool(property.isBoxed && isBoxOptional),
            "isBoxNullable": .bool(property.isBoxed && property.presence == .optionalNullable),
        ]
    }
}

/// The storage of a property's value: the property itself, or a `forge_` member behind it.
///
/// Boxed properties are stored as `Box`, and deprecated ones under another name so that generated
/// code (initializer, coding, validators) never touches the deprecated member and never warns.
struct PropertyStorage {
    let property: PropertyModel
    /// The names of the struct's other properties, so a storage name avoids them.
    let siblingNames: Set<String>

    /// True when the property is stored under another name behind a computed accessor.
    var hasStorage: Bool {
        property.isBoxed || property.documentation.isDeprecated
    }

    /// The stored member's name: the property's own, or a `forge_` name for storage.
    var storedName: String {
        guard hasStorage else {
            return property.swiftName
        }
        var name: String = SwiftNaming.reservedLocalPrefix + SwiftNaming.unescaped(property.swiftName)
        while siblingNames.contains(name) {
            name += "_"
        }
        return name
    }

    /// The member that validators read: storage for deprecated properties, the property otherwise.
    var readName: String {
        property.documentation.isDeprecated ? storedName : property.swiftName
    }
}

/// Swift spellings of documented defaults.
enum DefaultValue {
    /// Prefixes an implicit member such as `.none` with its type, so that on an optional property it names
    /// the enum's case rather than `Optional.none`.
    static func qualified(_ expression: String, type: TypeUsage) -> String {
        guard expression.hasPrefix("."), case .named(let name) = type else {
            return expression
        }
        return name + expression
    }
}
