import ForgeRendering
import ForgeSchemaModel

/// Maps the types that validate to the values the `validator` template reads.
///
/// Each validator has `qualifiedName`, `access`, `isDeprecated`, `patterns` (`name`, `literal`),
/// `hasPatterns`, and either `struct` (`properties`, `objectCount`) or `oneOf` (`cases` with
/// `swiftName` and `validatesPayload`). A property has `jsonLiteral`, `pointer` (its pointer's
/// local), `validatesNested`, `expression` and `value` (see `ValueChecks`, or null).
struct ValidatorContext {
    let access: String
    let index: TypeIndex

    init(options: EmitterOptions, index: TypeIndex) {
        access = options.accessModifier.rawValue
        self.index = index
    }

    /// Returns the validators of a declaration and its nested types, outermost first.
    ///
    /// `insideDeprecated` is true for types declared in a deprecated type or operation: their extensions
    /// name the deprecated parent, so they are marked deprecated too.
    func validators(for declaration: TypeDeclaration, insideDeprecated: Bool = false) -> [TemplateValue] {
        let isDeprecated: Bool = insideDeprecated || index.deprecated.contains(declaration.qualifiedName)
        var result: [TemplateValue] = []
        if index.validatable.contains(declaration.qualifiedName),
            let validator = validator(declaration, isDeprecated: isDeprecated)
        {
            result.append(validator)
        }
        for nested in declaration.nestedTypes {
            result += validators(for: nested, insideDeprecated: isDeprecated)
        }
        return result
    }

    private func validator(_ declaration: TypeDeclaration, isDeprecated: Bool) -> TemplateValue? {
        var checks: ValueChecks = ValueChecks(index: index, patterns: PatternTable())
        var context: TemplateValue = [
            "qualifiedName": .string(declaration.qualifiedName),
            "access": .string(access),
            "isDeprecated": .bool(isDeprecated),
            "struct": .null,
            "oneOf": .null,
        ]
        switch declaration {
        case .structure(let structure):
            context["struct"] = self.structure(structure, checks: &checks)
        case .oneOf(let oneOf):
            let cases: [TemplateValue] = oneOf.cases.map {
                ["swiftName": .string($0.swiftName), "validatesPayload": .bool(index.validates($0.payload))]
            }
            context["oneOf"] = ["cases": .list(cases)]
        case .enumeration, .typeAlias:
            return nil
        }
        context["patterns"] = checks.patterns.value
        context["hasPatterns"] = .bool(!checks.patterns.entries.isEmpty)
        return context
    }

    private func structure(_ structure: StructDeclaration, checks: inout ValueChecks) -> TemplateValue {
        let siblings: Set<String> = Set(structure.properties.map(\.swiftName))
        var properties: [TemplateValue] = []
        for property in structure.properties {
            let storage: PropertyStorage = PropertyStorage(property: property, siblingNames: siblings)
            let expression: String = "self." + storage.readName
            let value: TemplateValue? = presenceChecks(property, expression: expression, checks: &checks)
            let validatesNested: Bool = index.validates(property.type)
            guard value != nil || validatesNested else {
                continue
            }
            properties.append([
                "jsonLiteral": .string(SwiftLiteral.string(property.jsonName)),
                "pointsIntoObject": .bool(!structure.isAnyOf),
                "pointer": "forge_pointer",
                "expression": .string(expression),
                "validatesNested": .bool(validatesNested),
                "value": .optional(value),
            ])
        }
        return [
            "properties": .list(properties),
            "objectCount": .optional(objectCount(structure, siblings: siblings)),
            "additional": .optional(additionalValues(structure)),
        ]
    }

    private func presenceChecks(_ property: PropertyModel, expression: String, checks: inout ValueChecks)
        -> TemplateValue?
    {
        let pointer: String = "forge_pointer"
        switch property.presence {
        case .required:
            return checks.value(property.type, property.constraints, expression: expression, pointer: pointer, depth: 1)
        case .optional, .requiredNullable:
            return checks.value(
                .optional(property.type), property.constraints, expression: expression, pointer: pointer, depth: 1)
        case .optionalNullable:
            return checks.nullable(
                property.type, property.constraints, expression: expression, pointer: pointer, depth: 1)
        }
    }

    /// Returns the property count for `minProperties`/`maxProperties`: `fixedCount` keys always present, plus one
    /// for each non-nil member of `optionalMembers`, plus the extra keys of `additionalName`.
    private func objectCount(_ structure: StructDeclaration, siblings: Set<String>) -> TemplateValue? {
        let constraints: ObjectConstraints = structure.constraints
        var checks: [TemplateValue] = []
        if let limit = constraints.minProperties {
            checks.append(ValueChecks.check("checkMinProperties", "forge_count, \(limit)"))
        }
        if let limit = constraints.maxProperties {
            checks.append(ValueChecks.check("checkMaxProperties", "forge_count, \(limit)"))
        }
        guard !checks.isEmpty else {
            return nil
        }
        let alwaysPresent: [PropertyModel] = structure.properties.filter {
            $0.presence == .required || $0.presence == .requiredNullable
        }
        let optionalMembers: [TemplateValue] = structure.properties.filter {
            $0.presence == .optional || $0.presence == .optionalNullable
        }.map { property in
            let storage: PropertyStorage = PropertyStorage(property: property, siblingNames: siblings)
            return .string("self." + storage.readName)
        }
        var additionalName: TemplateValue = .null
        if case .kept = structure.additionalProperties {
            additionalName = .string("self." + structure.additionalPropertiesName)
        }
        return [
            "fixedCount": .string(String(alwaysPresent.count)),
            "isConstant": .bool(optionalMembers.isEmpty && additionalName == .null),
            "optionalMembers": .list(optionalMembers),
            "additionalName": additionalName,
            "checks": .list(checks),
            "pointer": "pointer",
        ]
    }

    /// Returns the extra-keys map when its values validate: `expression`.
    private func additionalValues(_ structure: StructDeclaration) -> TemplateValue? {
        guard case .kept(let valueType) = structure.additionalProperties, index.validates(valueType) else {
            return nil
        }
        return ["expression": .string("self." + structure.additionalPropertiesName)]
    }
}
