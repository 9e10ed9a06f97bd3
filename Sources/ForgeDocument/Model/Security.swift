import ForgeDiagnostics
import ForgeFrontEnd

/// A security scheme from `components.securitySchemes`.
public struct SecurityScheme: Sendable {
    public enum Kind: Sendable {
        /// HTTP authentication; `scheme` as written (`bearer`, `basic`, ...), compare case-insensitively.
        case http(scheme: String, bearerFormat: String?)
        case apiKey(name: String, in: APIKeyPlacement)
        case oauth2(OAuthFlows)
        case openIdConnect(url: String)
        case mutualTLS
    }

    public var kind: Kind
    public var description: String?
    /// 3.2 `deprecated`.
    public var deprecated: Bool = false
    public var reference: Reference?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The place an API key is sent in.
public enum APIKeyPlacement: String, Hashable, Sendable, CaseIterable {
    case query
    case header
    case cookie
}

/// The OAuth 2 flows a scheme supports.
public struct OAuthFlows: Sendable {
    public var implicit: OAuthFlow?
    public var password: OAuthFlow?
    public var clientCredentials: OAuthFlow?
    public var authorizationCode: OAuthFlow?
    /// 3.2 device authorization flow.
    public var deviceAuthorization: OAuthFlow?
    /// 3.2 `oauth2MetadataUrl`.
    public var metadataURL: String?

    public init() {}
}

/// One OAuth 2 flow with its URLs and scopes.
public struct OAuthFlow: Sendable {
    public var authorizationURL: String?
    public var tokenURL: String?
    public var refreshURL: String?
    public var deviceAuthorizationURL: String?
    /// Scope names with their descriptions, in document order.
    public var scopes: [Named<String>] = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// One alternative of a `security` list: every scheme in it applies together.
///
/// An empty requirement (`{}`) makes authentication optional; an empty `security` list
/// (`security: []`) turns it off.
public struct SecurityRequirement: Sendable {
    public struct Entry: Sendable {
        public var schemeName: String
        public var nameLocation: SourceLocation
        public var scopes: [String]

        public init(schemeName: String, nameLocation: SourceLocation, scopes: [String]) {
            self.schemeName = schemeName
            self.nameLocation = nameLocation
            self.scopes = scopes
        }
    }

    /// Schemes in document order.
    public var schemes: [Entry] = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}
