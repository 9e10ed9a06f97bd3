import ForgeDiagnostics
import ForgeFrontEnd

/// A request body.
public struct RequestBody: Sendable {
    public var description: String?
    /// Media types in document order.
    public var content: [MediaType] = []
    public var required: Bool = false
    public var reference: Reference?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// A response.
public struct Response: Sendable {
    /// Required by OpenAPI 3.0 (a missing one is a warning), optional from 3.1.
    public var description: String?
    public var headers: [Named<Header>] = []
    /// Media types in document order; empty for a response without a body.
    public var content: [MediaType] = []
    public var links: [Named<Link>] = []
    public var reference: Reference?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// A media type of a body or parameter, such as `application/json`.
public struct MediaType: Sendable {
    /// The media type or media-type range exactly as written, such as `application/json` or `image/*`.
    public var contentType: String
    public var contentTypeLocation: SourceLocation
    public var schema: JSONSchema?
    /// 3.2 `itemSchema`: the schema of each item of a sequential media type.
    public var itemSchema: JSONSchema?
    public var example: Node?
    public var examples: [Named<Example>] = []
    /// Per-property encodings of `multipart` and `application/x-www-form-urlencoded` bodies.
    public var encoding: [Named<Encoding>] = []
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(contentType: String, contentTypeLocation: SourceLocation, location: SourceLocation) {
        self.contentType = contentType
        self.contentTypeLocation = contentTypeLocation
        self.location = location
    }
}

/// The encoding of one property of a multipart or form body.
public struct Encoding: Sendable {
    /// The part's content type(s), comma-separated as written.
    public var contentType: String?
    public var headers: [Named<Header>] = []
    public var style: ParameterStyle?
    public var explode: Bool?
    public var allowReserved: Bool = false
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// An example value of a parameter, header or media type.
public struct Example: Sendable {
    public var summary: String?
    public var description: String?
    public var value: Node?
    public var externalValue: String?
    /// 3.2 `dataValue`.
    public var dataValue: Node?
    /// 3.2 `serializedValue`.
    public var serializedValue: String?
    public var reference: Reference?
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// A design-time link from a response to another operation.
public struct Link: Sendable {
    public var operationId: String?
    public var operationRef: String?
    public var parameters: [Named<Node>] = []
    public var requestBody: Node?
    public var description: String?
    public var reference: Reference?
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}
