import Testing

@testable import ForgeSchemaModel

/// Models of the shared case documents; each test returns early when the cases are absent.
struct CaseModelTests {
    @Test func requiredNullable001() throws {
        guard let model = try ModelFixture.caseModel("001-required-nullable-encodes-null.yaml") else { return }
        let update = try #require(model.structure("AssignmentUpdate"))
        #expect(update.property("ownerId")?.presence == .requiredNullable)
        #expect(update.property("note")?.presence == .requiredNullable)
        #expect(update.property("dueAt")?.presence == .requiredNullable)
        #expect(update.property("dueAt")?.type == .builtin(.date))
        #expect(update.property("priority")?.presence == .optional)
        #expect(update.coding == .custom)
    }

    @Test func nullableDecoding003() throws {
        guard let model = try ModelFixture.caseModel("003-nullable-null-decoding.yaml") else { return }
        let record = try #require(model.structure("Record"))
        #expect(record.property("label")?.presence == .requiredNullable)
        #expect(record.property("parent")?.presence == .requiredNullable)
        #expect(record.property("parent")?.type == .named("RecordRef"))
        #expect(record.property("tags")?.type == .array(.optional(.builtin(.string))))
        #expect(record.property("status")?.presence == .requiredNullable)
        #expect(record.property("score")?.presence == .optionalNullable)
        let status = try #require(model.enumeration("Record.Status"))
        #expect(status.cases.map(\.rawValueLiteral) == [#""open""#, #""closed""#])
    }

    @Test func dateOnly005() throws {
        guard let model = try ModelFixture.caseModel("005-date-only-format.yaml") else { return }
        let member = try #require(model.structure("Member"))
        #expect(member.property("birthDate")?.type == .builtin(.dateOnly))
        #expect(member.property("joinedAt")?.type == .builtin(.date))
        #expect(model.operation("listMembersByBirthDate")?.parameters.first?.type == .builtin(.dateOnly))
    }

    @Test func keywordNames006() throws {
        guard let model = try ModelFixture.caseModel("006-swift-keyword-names.yaml") else { return }
        let widget = try #require(model.structure("Widget"))
        #expect(widget.property("class")?.swiftName == "`class`")
        #expect(widget.property("self")?.swiftName == "`self`")
        #expect(widget.property("self")?.parameterName == "_self")
        #expect(widget.property("Type")?.swiftName == "`Type`")
        #expect(widget.property("type")?.swiftName == "type")
        #expect(widget.property("kind")?.type == .named("Type_"))
        #expect(widget.property("family")?.type == .named("Protocol_"))
        let kinds = try #require(model.enumeration("Widget.WidgetType"))
        let names = kinds.cases.map(\.swiftName)
        #expect(names == ["gauge", "dial", "`self`", "`init`", "type", "`default`", "`true`", "`nil`"])
        #expect(kinds.cases[4].rawValueLiteral == #""Type""#)
        let parameters = try #require(model.operation("listWidgets")).parameters
        #expect(parameters.map(\.swiftName) == ["`default`", "`where`"])
        #expect(parameters.map(\.name) == ["default", "where"])
    }

    @Test func localNames007() throws {
        guard let model = try ModelFixture.caseModel("007-generated-local-name-collision.yaml") else { return }
        let shipment = try #require(model.structure("Shipment"))
        #expect(shipment.property("additionalProperties")?.swiftName == "additionalProperties")
        #expect(shipment.additionalPropertiesName == "additionalProperties_")
        #expect(shipment.additionalProperties == .kept(.builtin(.int)))
        let crate = try #require(model.structure("Crate"))
        #expect(crate.property("inner")?.isBoxed == true)
        #expect(crate.property("storage")?.isBoxed == false)
        let names = try #require(model.operation("listShipments")).parameters.map(\.swiftName)
        #expect(names == ["request", "response", "input", "body"])
    }

    @Test func emptyStringEnum009() throws {
        guard let model = try ModelFixture.caseModel("009-empty-string-enum.yaml") else { return }
        let priority = try #require(model.enumeration("Priority"))
        #expect(priority.cases.first?.swiftName == "_empty")
        #expect(priority.cases.first?.rawValueLiteral == #""""#)
        let flag = try #require(model.structure("Task")?.property("flag"))
        #expect(flag.presence == .optionalNullable)
        #expect(model.enumeration("Task.Flag")?.cases.map(\.swiftName) == ["_empty", "red"])
    }

    @Test func unknownEnum011() throws {
        guard let model = try ModelFixture.caseModel("011-unknown-enum-value.yaml") else { return }
        #expect(model.enumeration("OrderStatus")?.unknownCaseName == "unknown")
        #expect(model.structure("Order")?.property("history")?.type == .array(.named("OrderStatus")))
        #expect(model.enumeration("Order.Channel")?.cases.count == 2)
    }

    @Test func recursion012() throws {
        guard let model = try ModelFixture.caseModel("012-recursive-schemas.yaml") else { return }
        let node = try #require(model.structure("TreeNode"))
        #expect(node.property("parent")?.isBoxed == true)
        #expect(node.property("owner")?.isBoxed == true)
        #expect(node.property("children")?.isBoxed == false)
        #expect(node.property("byLabel")?.type == .dictionary(.named("TreeNode")))
        #expect(node.property("byLabel")?.isBoxed == false)
        // The cycle is broken at `owner`. `favouriteNode` is boxed too, because `TreeNode` (with the
        // `extra` union inline) is wider than the nesting breaker's by-value limit.
        #expect(model.structure("Person")?.property("favouriteNode")?.isBoxed == true)
        #expect(model.structure("Person")?.property("name")?.isBoxed == false)
    }

    @Test func discriminator013() throws {
        guard let model = try ModelFixture.caseModel("013-oneof-discriminator-encoding.yaml") else { return }
        let step = try #require(model.oneOf("Step"))
        #expect(step.discriminatorProperty == "kind")
        #expect(step.cases.map(\.swiftName) == ["tapStep", "swipeStep"])
        #expect(step.cases.map(\.discriminatorValues) == [["tap"], ["swipe"]])
        #expect(step.cases.map(\.declaresDiscriminator) == [true, false])
        #expect(model.warnings(containing: "'SwipeStep' does not declare the discriminator").count == 1)
    }

    @Test func additionalProperties015() throws {
        guard let model = try ModelFixture.caseModel("015-additional-properties-modes.yaml") else { return }
        #expect(aliasTarget(model, "Labels") == .dictionary(.builtin(.string)))
        #expect(aliasTarget(model, "Counters") == .dictionary(.builtin(.int64)))
        #expect(model.structure("Metadata")?.additionalProperties == .kept(.builtin(.jsonValue)))
        #expect(model.structure("StrictPoint")?.additionalProperties == .forbidden)
        let counters = try #require(model.structure("Asset")?.property("counters"))
        #expect(counters.constraints.maxProperties == 3)
        #expect(counters.constraints.elementConstraints.first?.minimum?.literal == "0")
    }

    private func aliasTarget(_ model: SchemaModel, _ name: String) -> TypeUsage? {
        if case .typeAlias(let alias)? = model.declaration(name) {
            return alias.target
        }
        return nil
    }

    @Test func booleanWords019() throws {
        guard let model = try ModelFixture.caseModel("019-yaml11-boolean-words.yaml") else { return }
        let answer = try #require(model.enumeration("Answer"))
        #expect(answer.cases.map(\.swiftName) == ["yes", "no", "maybe", "y", "n", "on", "off", "On", "OFF"])
        #expect(
            model.enumeration("CountryCode")?.cases.map(\.rawValueLiteral) == [
                #""SE""#, #""NO""#, #""DK""#, #""FI""#, #""IS""#,
            ])
        #expect(model.structure("Switches")?.properties.map(\.swiftName) == ["on", "off", "y", "n", "answer"])
    }

    @Test func longKeys024() throws {
        guard let model = try ModelFixture.caseModel("024-long-json-keys.json") else { return }
        let property = try #require(model.structure("Entry")?.properties.first { $0.jsonName.count == 1100 })
        #expect(property.swiftName.unicodeScalars.count == SwiftNaming.maximumLength)
        #expect(property.swiftName.hasSuffix("_" + StableHash.hex(property.jsonName)))
        #expect(model.operations.map(\.methodName) == ["getArchivedEntry"])
    }

    @Test func floatKeywords026() throws {
        guard let model = try ModelFixture.caseModel("026-integer-keywords-written-as-floats.yaml") else { return }
        let pageSize = try #require(model.operation("listPages")?.parameters.first)
        #expect(pageSize.constraints.minimum == NumericLimit(literal: "1"))
        #expect(pageSize.constraints.maximum == NumericLimit(literal: "100"))
        #expect(pageSize.constraints.multipleOf == NumericLimit(literal: "5"))
        #expect(pageSize.defaultExpression == "10")
        let ratio = try #require(model.structure("Page")?.property("ratio"))
        #expect(ratio.constraints.maximum?.isExclusive == true)
    }

    @Test func ignoredHeaders027() throws {
        guard let model = try ModelFixture.caseModel("027-ignored-header-params.yaml") else { return }
        let operation = try #require(model.operation("createExport"))
        #expect(operation.parameters.map(\.name) == ["X-Request-Id"])
        #expect(operation.acceptedContentTypes == ["application/json", "text/csv"])
        #expect(operation.security.map(\.schemes) == [["bearerAuth"]])
        let ignored = model.warnings(containing: "the OpenAPI specification requires ignoring")
        #expect(ignored.compactMap(\.location?.line) == [14, 20, 25])
    }

    @Test func operationIds030() throws {
        guard let model = try ModelFixture.caseModel("030-operationid-duplicate-and-missing.yaml") else { return }
        let names = model.operations.map(\.methodName)
        #expect(
            names == [
                "listThings", "listThings_" + StableHash.hex("listThings GET /beta"), "postGamma", "deleteGammaGammaId",
            ])
        #expect(Set(model.operations.map(\.typeName)).count == 4)
        #expect(model.warnings(containing: "operationId 'listThings' of GET /beta").first?.location?.line == 16)
    }

    @Test func deprecation036() throws {
        guard let model = try ModelFixture.caseModel("036-deprecation.yaml") else { return }
        let legacy = try #require(model.operation("listUsersLegacy"))
        #expect(legacy.documentation.isDeprecated)
        #expect(legacy.parameters.first { $0.name == "page" }?.documentation.isDeprecated == true)
        #expect(model.structure("LegacyUser")?.documentation.isDeprecated == true)
        #expect(model.structure("User")?.property("login")?.documentation.isDeprecated == true)
        #expect(model.structure("User")?.property("userId")?.documentation.isDeprecated == false)
        #expect(model.operation("listUsers")?.documentation.isDeprecated == false)
    }

    @Test func nonIdentifiers038() throws {
        guard let model = try ModelFixture.caseModel("038-non-identifier-property-names.yaml") else { return }
        let avatars = try #require(model.structure("AvatarSet"))
        let expected = [
            "_16x16", "_48x48", "xRateLimit", "firstName", "type", "id", "_links", "__v", "naïve", "日本語", "_123",
            "_empty", "aB",
        ]
        #expect(avatars.properties.map(\.swiftName) == expected)
        #expect(avatars.properties.map(\.jsonName).contains(""))
        let parameters = try #require(model.operation("getAvatarSet")).parameters
        #expect(parameters.map(\.swiftName) == ["userId", "sizeHint", "_2fa"])
        #expect(parameters.map(\.name) == ["userId", "size-hint", "2fa"])
    }
}
