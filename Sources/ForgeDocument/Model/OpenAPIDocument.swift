import ForgeDiagnostics
import ForgeFrontEnd

/// A typed OpenAPI 3.x document with its references resolved.
///
/// Every value keeps the location it was read from. Non-schema `$ref`s are replaced by the
/// referenced value (which keeps the reference in its `reference` field); schema `$ref`s are
/// kept, and `schema(at:)` returns the schema at any target reachable through them, in any file.
public struct OpenAPIDocument: Sendable {
    public var version: OpenAPIVersion
    /// The normalised path of the root document, as opened.
    public var file: String
    public var info: Info
    public var jsonSchemaDialect: String?
    public var servers: [Server] = []
    /// Paths in document order.
    public var paths: [PathEntry] = []
    /// 3.1 `webhooks` in document order; each item's operations carry the webhook name as `path`.
    public var webhooks: [Named<PathItem>] = []
    public var components: Components
    /// The document-wide security requirements; nil when the document has no `security`.
    public var security: [SecurityRequirement]?
    public var tags: [Tag] = []
    public var externalDocs: ExternalDocumentation?
    public var extensions: Extensions = []
    public var location: SourceLocation

    var schemasByTarget: [ReferenceTarget: JSONSchema] = [:]

    public init(version: OpenAPIVersion, file: String, info: Info, location: SourceLocation) {
        self.version = version
        self.file = file
        self.info = info
        self.location = location
        self.components = Components()
    }

    /// Returns the schema at `target`: any schema of the documents read, inline or a component,
    /// and every target of a schema `$ref`; nil for a target that is not a schema.
    public func schema(at target: ReferenceTarget) -> JSONSchema? {
        schemasByTarget[target]
    }

    /// Every schema that `schema(at:)` can return, keyed by the target it was read from.
    public var allSchemas: [ReferenceTarget: JSONSchema] {
        schemasByTarget
    }

    /// All operations of all paths, in document order (webhooks not included).
    public var operations: [Operation] {
        paths.flatMap(\.item.operations)
    }
}

/// A path template with its path item, such as `/pets/{petId}`.
public struct PathEntry: Sendable {
    /// The path template exactly as written.
    public var path: String
    public var pathLocation: SourceLocation
    public var item: PathItem

    public init(path: String, pathLocation: SourceLocation, item: PathItem) {
        self.path = path
        self.pathLocation = pathLocation
        self.item = item
    }
}

/// The `info` object.
public struct Info: Sendable {
    public var title: String
    public var version: String
    public var summary: String?
    public var description: String?
    public var termsOfService: String?
    public var contact: Contact?
    public var license: License?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(title: String, version: String, location: SourceLocation) {
        self.title = title
        self.version = version
        self.location = location
    }
}

/// The `info.contact` object.
public struct Contact: Sendable {
    public var name: String?
    public var url: String?
    public var email: String?
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// The `info.license` object.
public struct License: Sendable {
    public var name: String
    /// An SPDX license expression (3.1 and later).
    public var identifier: String?
    public var url: String?
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// A server URL template with its variables.
public struct Server: Sendable {
    public var url: String
    public var description: String?
    /// 3.2 `name`.
    public var name: String?
    public var variables: [Named<ServerVariable>] = []
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}

/// A variable of a server URL template.
public struct ServerVariable: Sendable {
    public var defaultValue: String
    public var enumValues: [String]?
    public var description: String?
    public var location: SourceLocation

    public init(defaultValue: String, location: SourceLocation) {
        self.defaultValue = defaultValue
        self.location = location
    }
}

/// A tag declared at the document level.
public struct Tag: Sendable {
    public var name: String
    /// 3.2 `summary`.
    public var summary: String?
    public var description: String?
    /// 3.2 `parent`: the name of the enclosing tag.
    public var parent: String?
    /// 3.2 `kind`, such as `nav` or `badge`.
    public var kind: String?
    public var externalDocs: ExternalDocumentation?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// An `externalDocs` object.
public struct ExternalDocumentation: Sendable {
    public var url: String
    public var description: String?
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}
