import Foundation

/// One HTTP header field; names compare case-insensitively through the lookup helpers, not through `==`.
public struct HTTPHeader: Hashable, Sendable {
    /// The field name as it will be sent, e.g. `Content-Type`.
    public var name: String

    /// The field value, sent as is.
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HTTPHeader {
    /// Finds the value of the first field called `name`, ignoring ASCII case; `nil` when there is none.
    public func value(named name: String) -> String? {
        first { HTTPHeader.namesMatch($0.name, name) }?.value
    }

    /// Collects the values of every field called `name`, ignoring ASCII case, in order.
    public func values(named name: String) -> [String] {
        filter { HTTPHeader.namesMatch($0.name, name) }.map(\.value)
    }
}

extension HTTPHeader {
    /// Compares field names ignoring ASCII case, as HTTP requires.
    static func namesMatch(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first.lowercased() == second.lowercased()
    }
}

/// One query parameter; a `nil` value sends the name alone (`?flag`), an empty value sends `?flag=`.
public struct QueryItem: Hashable, Sendable {
    /// The parameter name, percent-encoded when the URL is built.
    public var name: String

    /// The parameter value, or `nil` for a name without `=`.
    public var value: String?

    /// Whether `value` is already percent-encoded and must be sent unchanged.
    ///
    /// Style helpers set this to keep separators such as the `,` of `?id=1,2` literal while
    /// the elements themselves are encoded.
    public var isValuePercentEncoded: Bool

    /// Creates an item whose name and value are percent-encoded when the URL is built.
    public init(name: String, value: String?) {
        self.name = name
        self.value = value
        self.isValuePercentEncoded = false
    }

    /// Creates an item whose value is already percent-encoded.
    public init(name: String, percentEncodedValue: String?) {
        self.name = name
        self.value = percentEncodedValue
        self.isValuePercentEncoded = true
    }
}

/// An HTTP request, independent of any HTTP library, as the generated client builds it.
public struct HTTPRequest: Hashable, Sendable {
    /// The method in upper case, e.g. `GET`.
    public var method: String

    /// The path after the base URL, starting with `/` and already percent-encoded.
    public var path: String

    /// The query parameters in the order they will be sent.
    public var query: [QueryItem]

    /// The header fields in the order they will be sent.
    public var headers: [HTTPHeader]

    /// The body bytes, or `nil` for no body.
    public var body: Data?

    /// Creates a request.
    public init(
        method: String, path: String, query: [QueryItem] = [], headers: [HTTPHeader] = [], body: Data? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Replaces every field called `name` (ignoring ASCII case) with one field, appended at the end.
    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { HTTPHeader.namesMatch($0.name, name) }
        headers.append(HTTPHeader(name: name, value: value))
    }

    /// Appends a field, keeping any fields of the same name.
    public mutating func addHeader(_ name: String, _ value: String) {
        headers.append(HTTPHeader(name: name, value: value))
    }
}

/// An HTTP response as a transport returns it.
public struct HTTPResponse: Hashable, Sendable {
    /// The status code, e.g. `200`.
    public var statusCode: Int

    /// The header fields; ``URLSessionTransport`` returns them sorted by name.
    public var headers: [HTTPHeader]

    /// The body bytes, empty when there is no body.
    public var body: Data

    /// Creates a response.
    public init(statusCode: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }
}
