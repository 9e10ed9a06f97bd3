import ForgeDiagnostics
import ForgeFrontEnd

/// The operations of one path (or one webhook), with the parameters they share.
///
/// For a path item written as a `$ref`, this is the referenced item with the referring
/// item's `summary` and `description` taking precedence, and `reference` set.
public struct PathItem: Sendable {
    public var summary: String?
    public var description: String?
    /// Path-level parameters, shared by every operation; operations keep only their own.
    public var parameters: [Parameter] = []
    /// Operations in method order: get, put, post, delete, options, head, patch, trace, query,
    /// then 3.2 `additionalOperations` in document order.
    public var operations: [Operation] = []
    /// The servers for these operations; nil to use the document's.
    public var servers: [Server]?
    public var reference: Reference?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }

    /// Returns the operation for `method`.
    public func operation(_ method: HTTPMethod) -> Operation? {
        operations.first { $0.method == method }
    }
}

/// An HTTP method, spelled as sent on the wire (`GET`, or a custom method such as `LOCK`).
public struct HTTPMethod: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var name: String

    public init(_ name: String) {
        self.name = name
    }

    public static let get = HTTPMethod("GET")
    public static let put = HTTPMethod("PUT")
    public static let post = HTTPMethod("POST")
    public static let delete = HTTPMethod("DELETE")
    public static let options = HTTPMethod("OPTIONS")
    public static let head = HTTPMethod("HEAD")
    public static let patch = HTTPMethod("PATCH")
    public static let trace = HTTPMethod("TRACE")
    /// The 3.2 `QUERY` method.
    public static let query = HTTPMethod("QUERY")

    /// The fixed methods of a path item in the order OpenAPI lists them.
    public static let fixed: [HTTPMethod] = [.get, .put, .post, .delete, .options, .head, .patch, .trace, .query]

    /// The path item key for a fixed method, such as `get`.
    public var key: String {
        name.lowercased()
    }

    public var description: String {
        name
    }

    public static func < (lhs: HTTPMethod, rhs: HTTPMethod) -> Bool {
        lhs.name < rhs.name
    }
}

/// One operation: a method on a path (or on a webhook).
public struct Operation: Sendable {
    public var method: HTTPMethod
    /// The path template, or the webhook name for webhook operations.
    public var path: String
    public var operationId: String?
    public var operationIdLocation: SourceLocation?
    public var summary: String?
    public var description: String?
    public var tags: [String] = []
    public var deprecated: Bool = false
    /// The operation's own parameters; the path item's `parameters` are not merged in.
    public var parameters: [Parameter] = []
    public var requestBody: RequestBody?
    /// Responses in document order; empty when the operation has no `responses`.
    public var responses: [ResponseEntry] = []
    /// The operation's security: nil to inherit the document's, empty for none.
    public var security: [SecurityRequirement]?
    public var servers: [Server]?
    public var externalDocs: ExternalDocumentation?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(method: HTTPMethod, path: String, location: SourceLocation) {
        self.method = method
        self.path = path
        self.location = location
    }

    /// `GET /pets`, the name used in messages.
    public var displayName: String {
        "\(method) \(path)"
    }
}

/// The key of a response: a status code, a range such as `4XX`, or `default`.
public enum ResponseStatus: Hashable, Sendable, CustomStringConvertible {
    case code(Int)
    /// The first digit of a range: 1 for `1XX` up to 5 for `5XX`.
    case range(Int)
    case `default`

    /// Parses `200`, `4XX` (either case of `X`) or `default`; nil for anything else.
    public init?(_ text: String) {
        if text == "default" {
            self = .default
        } else if text.count == 3, let code = Int(text), (100...599).contains(code) {
            self = .code(code)
        } else if text.count == 3, text.uppercased().hasSuffix("XX"), let digit = Int(text.prefix(1)),
            (1...5).contains(digit)
        {
            self = .range(digit)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .code(let code): return String(code)
        case .range(let digit): return "\(digit)XX"
        case .default: return "default"
        }
    }
}

/// A response under its status key.
public struct ResponseEntry: Sendable {
    public var status: ResponseStatus
    public var statusLocation: SourceLocation
    public var response: Response

    public init(status: ResponseStatus, statusLocation: SourceLocation, response: Response) {
        self.status = status
        self.statusLocation = statusLocation
        self.response = response
    }
}
