import ForgeDocument

/// One alternative of a `oneOf` or `anyOf`, with the name its case or property is made from.
struct Alternative {
    var schema: JSONSchema
    /// The component key for a `$ref`, else the title, else `case N` / `option N`.
    var name: String
    var reference: SchemaReference?
}

extension BuildContext {
    /// Builds an enum with one case per `oneOf` alternative, named after each referenced schema
    /// (`tapStep` for `TapStep`) or `case1`, `case2` for inline ones.
    func buildOneOf(_ schema: JSONSchema, name: String, qualifiedName: String) -> OneOfDeclaration {
        let alternatives = alternatives(schema.oneOf ?? [], inlinePrefix: "case")
        var caseNames = NameAllocator()
        let swiftNames = caseNames.allocate(alternatives.map(Self.caseCandidate))
        let scope = nestedScope(qualifiedName: qualifiedName, name: name, memberNames: swiftNames)
        let discriminator = schema.discriminator
        let cases = zip(alternatives, swiftNames).map { alternative, swiftName in
            let payload = resolve(alternative.schema, in: scope, hint: alternative.name).usage
            var oneOfCase = OneOfDeclaration.Case(swiftName: swiftName, payload: payload)
            if let discriminator {
                oneOfCase.discriminatorValues = discriminatorValues(alternative, discriminator: discriminator)
                oneOfCase.declaresDiscriminator = declares(discriminator, alternative)
            }
            return oneOfCase
        }
        return OneOfDeclaration(
            name: name, qualifiedName: qualifiedName, origin: origin(of: schema),
            discriminatorProperty: discriminator?.propertyName, cases: cases, nestedTypes: scope.declarations,
            documentation: documentation(of: schema))
    }

    /// Builds a struct with one optional property per `anyOf` alternative, each decoded from the
    /// whole object.
    func buildAnyOf(_ schema: JSONSchema, name: String, qualifiedName: String) -> StructDeclaration {
        let alternatives = alternatives(schema.anyOf ?? [], inlinePrefix: "option")
        var memberNames = NameAllocator()
        let swiftNames = memberNames.allocate(alternatives.map(Self.caseCandidate))
        let scope = nestedScope(qualifiedName: qualifiedName, name: name, memberNames: swiftNames)
        let properties = zip(alternatives, swiftNames).map { alternative, swiftName in
            PropertyModel(
                jsonName: alternative.name, swiftName: swiftName,
                parameterName: SwiftNaming.parameterName(forMember: swiftName),
                type: resolve(alternative.schema, in: scope, hint: alternative.name).usage, presence: .optional,
                documentation: Documentation(location: alternative.schema.location))
        }
        return StructDeclaration(
            name: name, qualifiedName: qualifiedName, origin: origin(of: schema), properties: properties,
            additionalPropertiesName: memberNames.claimPlain("additionalProperties"), isAnyOf: true,
            nestedTypes: scope.declarations, coding: .custom, documentation: documentation(of: schema))
    }

    private func alternatives(_ schemas: [JSONSchema], inlinePrefix: String) -> [Alternative] {
        schemas.enumerated().map { index, schema in
            let core = NullableSchema(schema, context: self).core
            if core.isReferenceOnly, let reference = core.reference {
                let name =
                    targetNames[reference.target] ?? reference.target.lastSegment ?? "\(inlinePrefix) \(index + 1)"
                return Alternative(schema: schema, name: name, reference: reference)
            }
            return Alternative(schema: schema, name: schema.title ?? "\(inlinePrefix) \(index + 1)")
        }
    }

    private static func caseCandidate(_ alternative: Alternative) -> NameAllocator.Candidate {
        .init(
            original: alternative.name, preferred: SwiftNaming.memberName(alternative.name),
            alternate: SwiftNaming.verbatimMemberName(alternative.name))
    }

    /// Returns the mapping values that select an alternative, or the component name when the mapping has none.
    private func discriminatorValues(_ alternative: Alternative, discriminator: Discriminator) -> [String] {
        guard let target = alternative.reference?.target else {
            return []
        }
        let mapped = discriminator.mapping.filter { $0.reference.target == target }.map(\.value)
        return mapped.isEmpty ? [targetNames[target] ?? target.lastSegment ?? alternative.name] : mapped
    }

    /// Returns whether an alternative declares the discriminator property, warning when it does not.
    private func declares(_ discriminator: Discriminator, _ alternative: Alternative) -> Bool {
        var object = alternative.schema
        if let reference = alternative.reference, let target = document.schema(at: reference.target) {
            object = target
        }
        let merged = mergedObject(NullableSchema(object, context: self).core)
        guard !merged.properties.contains(where: { $0.name == discriminator.propertyName }) else {
            return true
        }
        warn(
            "oneOf alternative '\(alternative.name)' does not declare the discriminator property "
                + "'\(discriminator.propertyName)'; the generated encoder adds it",
            at: alternative.reference?.location ?? alternative.schema.location, pointer: alternative.schema.pointer)
        return false
    }
}
