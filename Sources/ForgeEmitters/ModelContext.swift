import ForgeRendering
import ForgeSchemaModel

/// Maps type declarations to the values the model templates read.
///
/// Every declaration becomes `{struct, enum, oneOf, typeAlias}` with exactly one member set, so the
/// `declaration` partial can pick the right template; see each builder below for the keys.
struct ModelContext {
    let access: String
    let equality: EmitterOptions.Equality
    let docComment: DocComment
    let index: TypeIndex

    init(options: EmitterOptions, index: TypeIndex) {
        access = options.accessModifier.rawValue
        equality = options.equality
        docComment = DocComment(options: options)
        self.index = index
    }

    /// Returns the context of a declaration at `depth` levels of nesting inside other types.
    func declaration(_ declaration: TypeDeclaration, depth: Int = 0) -> TemplateValue {
        var context: TemplateValue = ["struct": .null, "enum": .null, "oneOf": .null, "typeAlias": .null]
        switch declaration {
        case .structure(let structure):
            context["struct"] = self.structure(structure, depth: depth)
        case .enumeration(let enumeration):
            context["enum"] = self.enumeration(enumeration)
        case .oneOf(let oneOf):
            context["oneOf"] = self.oneOf(oneOf, depth: depth)
        case .typeAlias(let alias):
            context["typeAlias"] = self.typeAlias(alias)
        }
        return context
    }

    /// Keys: `name`, `access`, `docLines`, `isDeprecated`, `properties`, `initParameters`,
    /// `conformances`, `isCustomCoding` (written-out coding, for every struct but `anyOf` ones), `isDeep`
    /// (nested so deep that long statements are split), `isAnyOf`, `mergesAlternatives`, `checksDeclaredKeys`
    /// (the struct keeps or forbids undeclared properties), `additional` (or null), `forbidsAdditional`,
    /// `encodesMembers`, `hasDeclaredKeys`, `hasOneDeclaredKey` (a one-element list is written on one
    /// line, as `swift format` requires), `declaredKeys`, `nestedTypes`.
    func structure(_ structure: StructDeclaration, depth: Int) -> TemplateValue {
        let siblings: Set<String> = Set(structure.properties.map(\.swiftName))
        let properties: [PropertyContext] = structure.properties.map {
            PropertyContext(
                property: $0, access: access, docComment: docComment, siblingNames: siblings,
                statementIndentation: 8 + 4 * depth)
        }
        let additional: TemplateValue? = additionalProperties(structure)
        let checksDeclaredKeys: Bool = structure.additionalProperties != .ignored && !structure.isAnyOf

        let propertyValues: [TemplateValue] = properties.map(\.value)
        var parameters: [TemplateValue] = propertyValues.map { value in
            [
                "label": value["label"]!, "parameterName": value["parameterName"]!,
                "hasDistinctParameterName": value["hasDistinctParameterName"]!,
                "type": value["type"]!, "defaultClause": value["defaultClause"]!,
            ]
        }
        if let additional {
            parameters.append([
                "label": additional["swiftName"]!, "parameterName": additional["swiftName"]!,
                "hasDistinctParameterName": false, "type": additional["type"]!, "defaultClause": " = [:]",
            ])
        }

        return [
            "name": .string(structure.name),
            "access": .string(access),
            "conformances": .string(conformances),
            "docLines": docComment.value(structure.documentation, facts: index.deprecationFacts(.structure(structure))),
            "isDeprecated": .bool(index.deprecated.contains(structure.qualifiedName)),
            "properties": .separatedList(propertyValues),
            "hasInitParameters": .bool(!parameters.isEmpty),
            "initParameters": .separatedList(parameters),
            "isCustomCoding": .bool(!structure.isAnyOf),
            "isDeep": .bool(depth >= 3),
            "isAnyOf": .bool(structure.isAnyOf),
            "mergesAlternatives": .bool(structure.properties.allSatisfy { isStructure($0.type) }),
            "checksDeclaredKeys": .bool(checksDeclaredKeys),
            "additional": .optional(additional),
            "forbidsAdditional": .bool(structure.additionalProperties == .forbidden),
            "encodesMembers": .bool(!structure.properties.isEmpty || additional != nil),
            "hasDeclaredKeys": .bool(!structure.properties.isEmpty),
            "hasOneDeclaredKey": .bool(structure.properties.count == 1),
            "declaredKeys": .list(structure.properties.map { .string(SwiftLiteral.string($0.jsonName)) }),
            "nestedTypes": .list(structure.nestedTypes.map { declaration($0, depth: depth + 1) }),
        ]
    }

    /// `Codable`, the configured equality conformances and `Sendable`, as the declaration lists them.
    var conformances: String {
        "Codable, " + equality.conformances + "Sendable"
    }

    /// Returns the extra-keys map of a struct that keeps additional properties: `swiftName`, `type`, `valueType`.
    private func additionalProperties(_ structure: StructDeclaration) -> TemplateValue? {
        guard case .kept(let valueType) = structure.additionalProperties else {
            return nil
        }
        let name: String = structure.additionalPropertiesName
        return [
            "swiftName": .string(name),
            "type": .string(TypeUsage.dictionary(valueType).swiftName),
            "valueType": .string(valueType.swiftName),
            "docLines": .list([["text": "Properties the schema does not declare, by key.", "hasText": true]]),
        ]
    }

    /// Keys: `name`, `access`, `docLines`, `isDeprecated`, `protocolName`, `rawType`, `cases`
    /// (`swiftName`, `rawValueLiteral`, `docLines`), `unknownCaseName`.
    func enumeration(_ enumeration: EnumDeclaration) -> TemplateValue {
        let cases: [TemplateValue] = enumeration.cases.map { item in
            [
                "swiftName": .string(item.swiftName),
                "rawValueLiteral": .string(item.rawValueLiteral),
                "docLines": docComment.value(item.documentation),
            ]
        }
        return [
            "name": .string(enumeration.name),
            "access": .string(access),
            "docLines": docComment.value(
                enumeration.documentation, facts: index.deprecationFacts(.enumeration(enumeration))),
            "isDeprecated": .bool(index.deprecated.contains(enumeration.qualifiedName)),
            "protocolName": .string(enumeration.rawType == .string ? "OpenStringEnum" : "OpenIntEnum"),
            "rawType": .string(enumeration.rawType.rawValue),
            "cases": .list(cases),
            "unknownCaseName": .string(enumeration.unknownCaseName),
        ]
    }

    /// Keys: `name`, `access`, `conformances`, `docLines`, `isDeprecated`, `hasDiscriminator`, `discriminatorLiteral`,
    /// `discriminatorText`, `cases` (`swiftName`, `payloadType`, `isIndirect`, `hasLabels`, `labels`,
    /// `injectsDiscriminator`, `injectedLiteral`), `nestedTypes`.
    func oneOf(_ oneOf: OneOfDeclaration, depth: Int) -> TemplateValue {
        let cases: [TemplateValue] = oneOf.cases.map { item in
            let labels: [String] = item.discriminatorValues.map(SwiftLiteral.string)
            let lacks: Bool = oneOf.discriminatorProperty.map { lacksProperty(item.payload, named: $0) } ?? false
            let injects: Bool = oneOf.discriminatorProperty != nil && (lacks || !item.declaresDiscriminator)
            return [
                "swiftName": .string(item.swiftName),
                "payloadType": .string(item.payload.swiftName),
                "isIndirect": .bool(item.isIndirect),
                "hasLabels": .bool(!labels.isEmpty),
                "labels": .string(labels.joined(separator: ", ")),
                "injectsDiscriminator": .bool(injects && !labels.isEmpty),
                "injectedLiteral": .string(labels.first ?? "\"\""),
            ]
        }
        let discriminator: String = oneOf.discriminatorProperty ?? ""
        let literal: String = SwiftLiteral.string(discriminator)
        return [
            "name": .string(oneOf.name),
            "access": .string(access),
            "conformances": .string(conformances),
            "docLines": docComment.value(oneOf.documentation, facts: index.deprecationFacts(.oneOf(oneOf))),
            "isDeprecated": .bool(index.deprecated.contains(oneOf.qualifiedName)),
            "hasDiscriminator": .bool(oneOf.discriminatorProperty != nil),
            "discriminatorLiteral": .string(literal),
            "discriminatorText": .string(String(literal.dropFirst().dropLast())),
            "cases": .list(cases),
            "nestedTypes": .list(oneOf.nestedTypes.map { declaration($0, depth: depth + 1) }),
        ]
    }

    /// Keys: `name`, `access`, `docLines`, `isDeprecated`, `target`.
    func typeAlias(_ alias: TypeAliasDeclaration) -> TemplateValue {
        [
            "name": .string(alias.name),
            "access": .string(access),
            "docLines": docComment.value(alias.documentation, facts: index.deprecationFacts(.typeAlias(alias))),
            "isDeprecated": .bool(index.deprecated.contains(alias.qualifiedName)),
            "target": .string(alias.target.swiftName),
        ]
    }

    /// True when values of the type encode as JSON objects, so several of them can share one encoder.
    private func isStructure(_ type: TypeUsage) -> Bool {
        guard case .named(let name) = type, case .structure? = index.declarations[name] else {
            return false
        }
        return true
    }

    /// True when the payload is a struct with no property of that wire name, so encoding must add it.
    private func lacksProperty(_ payload: TypeUsage, named jsonName: String) -> Bool {
        guard case .named(let name) = payload, case .structure(let structure)? = index.declarations[name] else {
            return false
        }
        return !structure.properties.contains { $0.jsonName == jsonName }
    }
}
