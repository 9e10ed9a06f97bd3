import ForgeDiagnostics
import ForgeFrontEnd

/// Reading security schemes and requirements.
extension DocumentParser {
    private static let schemeTypes = ["http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"]

    /// Reads a security scheme, following a `$ref`.
    func securityScheme(_ node: Node, _ target: ReferenceTarget) -> SecurityScheme? {
        resolving(node, at: target, "security scheme") { node, target in
            guard let object = object(node, at: target, "security scheme", known: Keywords.securityScheme),
                let kind = schemeKind(object)
            else {
                return nil
            }
            var scheme = SecurityScheme(kind: kind, location: object.location)
            scheme.description = string(object, "description")
            scheme.deprecated = bool(object, "deprecated") ?? false
            scheme.extensions = object.extensions
            return scheme
        }
    }

    private func schemeKind(_ object: ObjectNode) -> SecurityScheme.Kind? {
        guard let type = requiredString(object, "type", "security scheme") else {
            return nil
        }
        let kind = "security scheme of type '\(type)'"
        switch type {
        case "http":
            let scheme = requiredString(object, "scheme", kind) ?? ""
            return .http(scheme: scheme, bearerFormat: string(object, "bearerFormat"))
        case "apiKey":
            return apiKey(object, kind)
        case "oauth2":
            return .oauth2(flows(object))
        case "openIdConnect":
            return .openIdConnect(url: requiredString(object, "openIdConnectUrl", kind) ?? "")
        case "mutualTLS":
            return .mutualTLS
        default:
            var message =
                "invalid security scheme type '\(type)'; expected one of \(Self.schemeTypes.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: type, in: Self.schemeTypes) {
                message += " — did you mean '\(suggestion)'?"
            }
            error(message, at: object["type"]?.location, object.target("type"))
            return nil
        }
    }

    private func apiKey(_ object: ObjectNode, _ kind: String) -> SecurityScheme.Kind? {
        let name = requiredString(object, "name", kind)
        guard let placementText = requiredString(object, "in", kind), let name else {
            return nil
        }
        guard let placement = APIKeyPlacement(rawValue: placementText) else {
            error(
                "invalid value for 'in': '\(placementText)'; expected one of query, header, cookie",
                at: object["in"]?.location, object.target("in"))
            return nil
        }
        return .apiKey(name: name, in: placement)
    }

    private func flows(_ scheme: ObjectNode) -> OAuthFlows {
        var flows = OAuthFlows()
        flows.metadataURL = string(scheme, "oauth2MetadataUrl")
        guard let node = scheme["flows"] else {
            missing("flows", in: scheme, "oauth2 security scheme")
            return flows
        }
        guard let object = object(node, at: scheme.target("flows"), "OAuth flows", known: Keywords.oauthFlows) else {
            return flows
        }
        flows.implicit = flow(object, "implicit")
        flows.password = flow(object, "password")
        flows.clientCredentials = flow(object, "clientCredentials")
        flows.authorizationCode = flow(object, "authorizationCode")
        flows.deviceAuthorization = flow(object, "deviceAuthorization")
        return flows
    }

    private func flow(_ flows: ObjectNode, _ key: String) -> OAuthFlow? {
        guard let node = flows[key],
            let object = object(node, at: flows.target(key), "OAuth flow", known: Keywords.oauthFlow)
        else {
            return nil
        }
        var flow = OAuthFlow(location: object.location)
        flow.authorizationURL = string(object, "authorizationUrl")
        flow.tokenURL = string(object, "tokenUrl")
        flow.refreshURL = string(object, "refreshUrl")
        flow.deviceAuthorizationURL = string(object, "deviceAuthorizationUrl")
        flow.scopes = namedValues(object, "scopes") { node, target in string(node, key: "scopes", target) }
        if !object.has("scopes") {
            missing("scopes", in: object, "OAuth flow")
        }
        return flow
    }

    /// Reads one security requirement: scheme names with their scopes.
    func securityRequirement(_ node: Node, _ target: ReferenceTarget) -> SecurityRequirement? {
        guard let entries = node.entries else {
            error(
                "expected a mapping for security requirement, found \(node.foundDescription)", at: node.location, target
            )
            return nil
        }
        let object = ObjectNode(node: node, entries: entries, target: target)
        var requirement = SecurityRequirement(location: node.location)
        for entry in entries {
            let scopes = strings(object, entry.key) ?? []
            requirement.schemes.append(.init(schemeName: entry.key, nameLocation: entry.keyLocation, scopes: scopes))
        }
        return requirement
    }
}

extension SecurityScheme: Referable {}
