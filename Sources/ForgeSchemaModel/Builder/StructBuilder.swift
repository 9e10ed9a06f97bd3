import ForgeDocument

extension BuildContext {
    /// Builds a struct from an object schema, its `allOf` entries merged in.
    func buildStruct(_ schema: JSONSchema, name: String, qualifiedName: String) -> StructDeclaration {
        let merged = mergedObject(schema)
        warnAboutPatternProperties(schema)
        var memberNames = NameAllocator()
        let swiftNames = memberNames.allocate(merged.properties.map(Self.memberCandidate))
        let scope = nestedScope(qualifiedName: qualifiedName, name: name, memberNames: swiftNames)

        let properties = zip(merged.properties, swiftNames).map { property, swiftName in
            buildProperty(
                property, swiftName: swiftName, isRequired: merged.required.contains(property.name), scope: scope)
        }
        let additional = additionalProperties(merged.additionalProperties, scope: scope)
        var declaration = StructDeclaration(
            name: name, qualifiedName: qualifiedName, origin: origin(of: schema), properties: properties,
            additionalProperties: additional, nestedTypes: scope.declarations,
            constraints: ObjectConstraints(
                minProperties: merged.minProperties?.integerValue, maxProperties: merged.maxProperties?.integerValue),
            documentation: documentation(of: schema))
        declaration.additionalPropertiesName = memberNames.claimPlain("additionalProperties")
        declaration.coding = Self.codingStrategy(for: declaration)
        return declaration
    }

    /// Reports `patternProperties`, which the generator does not model.
    func warnAboutPatternProperties(_ schema: JSONSchema) {
        guard let pattern = schema.patternProperties.first else {
            return
        }
        warn(
            "patternProperties are not modelled; keys matching '\(pattern.name)' are handled as additional properties",
            at: pattern.nameLocation, pointer: schema.pointer)
    }

    /// Builds one property: its Swift name, type, presence, constraints, default and documentation.
    func buildProperty(_ property: SchemaProperty, swiftName: String, isRequired: Bool, scope: TypeScope)
        -> PropertyModel
    {
        let resolved = resolve(property.schema, in: scope, hint: property.name)
        let presence = Presence(isRequired: isRequired, isNullable: resolved.isNullable)
        var documentation = documentation(of: property.schema)
        documentation.location = property.nameLocation
        return PropertyModel(
            jsonName: property.name, swiftName: swiftName,
            parameterName: SwiftNaming.parameterName(forMember: swiftName), type: resolved.usage, presence: presence,
            defaultExpression: defaultExpression(for: property.schema, type: resolved.usage, presence: presence),
            isReadOnly: property.schema.readOnly, isWriteOnly: property.schema.writeOnly,
            constraints: constraints(of: property.schema, type: resolved.usage), documentation: documentation)
    }

    /// Returns a scope for the types nested in `qualifiedName`, whose names avoid its members.
    func nestedScope(qualifiedName: String, name: String, memberNames: [String]) -> TypeScope {
        let members = Set(memberNames.map(SwiftNaming.unescaped) + [name])
        return TypeScope(
            prefix: qualifiedName, reserved: [SwiftNaming.reservedTypeNames, members, referencedTopLevelNames])
    }

    static func memberCandidate(_ property: SchemaProperty) -> NameAllocator.Candidate {
        NameAllocator.Candidate(
            original: property.name, preferred: SwiftNaming.memberName(property.name),
            alternate: SwiftNaming.verbatimMemberName(property.name))
    }

    /// `additionalProperties`: absent → ignored, `false` → forbidden, `true` → JSON values, a schema → its type.
    private func additionalProperties(_ schema: JSONSchema?, scope: TypeScope) -> AdditionalPropertiesModel {
        guard let schema else {
            return .ignored
        }
        switch schema.boolean {
        case false?: return .forbidden
        case true?: return .kept(.builtin(.jsonValue))
        case nil: return .kept(element(of: schema, in: scope, hint: "additional property"))
        }
    }

    /// Chooses synthesized Codable unless a property needs `null` written or absent-versus-null
    /// kept, extra keys are kept or forbidden, or the struct is an `anyOf`.
    ///
    /// Boxed properties do not need written-out coding: the runtime's `Box` is `Codable` when its
    /// value is.
    static func codingStrategy(for declaration: StructDeclaration) -> CodingStrategy {
        let needsNull = declaration.properties.contains {
            $0.presence == .requiredNullable || $0.presence == .optionalNullable
        }
        return needsNull || declaration.additionalProperties != .ignored || declaration.isAnyOf ? .custom : .synthesized
    }
}

extension Presence {
    /// Combines the two separate facts: whether the key is required and whether `null` is allowed.
    init(isRequired: Bool, isNullable: Bool) {
        switch (isRequired, isNullable) {
        case (true, false): self = .required
        case (true, true): self = .requiredNullable
        case (false, false): self = .optional
        case (false, true): self = .optionalNullable
        }
    }
}
