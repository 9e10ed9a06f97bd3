import ForgeDocument

extension BuildContext {
    /// Converts security requirements; an empty list means no authentication and an empty
    /// requirement (`{}`) means authentication is optional.
    func securityRequirements(_ requirements: [SecurityRequirement]) -> [SecurityRequirementModel] {
        requirements.map { requirement in
            SecurityRequirementModel(
                schemes: requirement.schemes.map(\.schemeName),
                scopes: Dictionary(requirement.schemes.map { ($0.schemeName, $0.scopes) }, uniquingKeysWith: { $1 }))
        }
    }

    /// Builds the security schemes the client can apply: HTTP bearer and basic, API keys, and
    /// OAuth 2 and OpenID Connect as bearer tokens. Others are reported and left out.
    func securitySchemeModels() -> [SecuritySchemeModel] {
        var allocator = NameAllocator()
        return document.components.securitySchemes.compactMap { named in
            guard let kind = schemeKind(named) else {
                return nil
            }
            let swiftName = allocator.claim(
                .init(
                    original: named.name, preferred: SwiftNaming.memberName(named.name),
                    alternate: SwiftNaming.verbatimMemberName(named.name)))
            return SecuritySchemeModel(
                name: named.name, swiftName: swiftName, kind: kind, description: named.value.description)
        }
    }

    private func schemeKind(_ named: Named<SecurityScheme>) -> SecuritySchemeModel.Kind? {
        switch named.value.kind {
        case .http(let scheme, _) where scheme.lowercased() == "bearer": return .bearer
        case .http(let scheme, _) where scheme.lowercased() == "basic": return .basic
        case .apiKey(let name, let placement):
            return .apiKey(name: name, location: ParameterModel.Location(rawValue: placement.rawValue) ?? .header)
        case .oauth2: return .oauth2
        case .openIdConnect: return .openIdConnect
        case .http(let scheme, _):
            warn(
                "HTTP authentication scheme '\(scheme)' of '\(named.name)' is not supported and is left out",
                at: named.value.location)
            return nil
        case .mutualTLS:
            warn(
                "mutual TLS security scheme '\(named.name)' is not supported and is left out", at: named.value.location)
            return nil
        }
    }
}
