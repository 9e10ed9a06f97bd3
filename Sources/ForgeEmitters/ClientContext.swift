import ForgeRendering
import ForgeSchemaModel

/// Maps the document's title, servers and security schemes to the values the `Client` template reads.
///
/// Keys: `access`, `docLines`, `defaultServer` (`literal`, `url`, or null when the document lists no
/// server), `schemes` (one credential property each), `hasSchemes`.
struct ClientContext {
    let model: SchemaModel
    let access: String
    let docComment: DocComment

    var value: TemplateValue {
        let info: Documentation = Documentation(title: model.info.title, description: model.info.description)
        var server: TemplateValue = .null
        if let first = model.servers.first {
            server = ["literal": .string(SwiftLiteral.string(first.url)), "url": .string(first.url)]
        }
        let schemes: [TemplateValue] = model.securitySchemes.map(scheme)
        return [
            "access": .string(access),
            "docLines": docComment.value(info, summary: nil),
            "apiVersion": .string(model.info.version),
            "defaultServer": server,
            "schemes": .separatedList(schemes),
            "hasSchemes": .bool(!schemes.isEmpty),
        ]
    }

    /// Maps one scheme to `swiftName`, `nameLiteral`, `docLines`, `credentialType` (what the caller sets), and one
    /// of `isToken`, `isBasic`, `isAPIKey` with `keyNameLiteral` and `keyLocation` for API keys.
    private func scheme(_ scheme: SecuritySchemeModel) -> TemplateValue {
        var context: TemplateValue = [
            "swiftName": .string(scheme.swiftName),
            "nameLiteral": .string(SwiftLiteral.string(scheme.name)),
            "docLines": docComment.value(Documentation(description: scheme.description), summary: nil),
            "credentialType": "String",
            "isToken": false, "isBasic": false, "isAPIKey": false,
            "keyNameLiteral": "\"\"", "keyLocation": "header",
        ]
        switch scheme.kind {
        case .bearer, .oauth2, .openIdConnect:
            context["isToken"] = true
        case .basic:
            context["isBasic"] = true
            context["credentialType"] = "(username: String, password: String)"
        case .apiKey(let name, let location):
            context["isAPIKey"] = true
            context["keyNameLiteral"] = .string(SwiftLiteral.string(name))
            context["keyLocation"] = .string(location == .path ? "header" : location.rawValue)
        }
        return context
    }
}
