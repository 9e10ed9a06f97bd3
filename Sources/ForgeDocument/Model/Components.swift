import ForgeDiagnostics
import ForgeFrontEnd

/// The `components` object: reusable values by name, each map in document order.
///
/// Callbacks are not modelled. A component written as a `$ref` holds the referenced value.
public struct Components: Sendable {
    public var schemas: [Named<JSONSchema>] = []
    public var responses: [Named<Response>] = []
    public var parameters: [Named<Parameter>] = []
    public var examples: [Named<Example>] = []
    public var requestBodies: [Named<RequestBody>] = []
    public var headers: [Named<Header>] = []
    public var securitySchemes: [Named<SecurityScheme>] = []
    public var links: [Named<Link>] = []
    /// 3.1 `pathItems`.
    public var pathItems: [Named<PathItem>] = []
    /// 3.2 `mediaTypes`.
    public var mediaTypes: [Named<MediaType>] = []
    public var extensions: Extensions = []
    public var location: SourceLocation?

    public init() {}
}
