import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A ``ClientTransport`` that sends requests with `URLSession`, on Apple platforms and on Linux.
///
/// Timeouts come from the session's configuration (`timeoutIntervalForRequest`). Failures become
/// ``ClientError``: ``ClientError/timedOut``, ``ClientError/connectionClosed`` or
/// ``ClientError/transport(code:message:)``; a cancelled task throws `CancellationError`.
public struct URLSessionTransport: ClientTransport {
    /// The session that sends the requests.
    public let session: URLSession

    /// Creates a transport over `session`.
    public init(session: URLSession = .shared) {
        self.session = session
    }

    /// Sends `request` and returns the status, the headers sorted by name, and the body.
    ///
    /// - Throws: ``ClientError`` or `CancellationError`, as described on the type.
    public func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
        let url: URL = try Self.makeURL(for: request, baseURL: baseURL)
        var urlRequest: URLRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }

        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch {
            throw Self.translate(error)
        }

        guard let httpResponse = response as? HTTPURLResponse else {
            throw ClientError.transport(code: 0, message: "the response to \(url) is not an HTTP response")
        }
        return HTTPResponse(statusCode: httpResponse.statusCode, headers: Self.headers(of: httpResponse), body: data)
    }

    /// Joins `baseURL`, the request's path and its encoded query into one URL.
    ///
    /// The base URL's own path is kept (`http://host/main` + `/items` is `http://host/main/items`),
    /// a trailing `/` on it is dropped, and any query or fragment on it is ignored.
    ///
    /// - Throws: ``ClientError/invalidRequest(message:)`` when the result is not a valid URL.
    public static func makeURL(for request: HTTPRequest, baseURL: URL) throws(ClientError) -> URL {
        var base: Substring = Substring(baseURL.absoluteString)
        if let end = base.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            base = base[..<end]
        }
        while base.hasSuffix("/") {
            base = base.dropLast()
        }

        let path: String = request.path.hasPrefix("/") ? request.path : "/" + request.path
        let query: String = QueryEncoding.encode(request.query)
        let text: String = String(base) + path + (query.isEmpty ? "" : "?" + query)
        guard let url = URL(string: text) else {
            throw .invalidRequest(message: "'\(text)' is not a valid URL")
        }
        return url
    }

    private static func headers(of response: HTTPURLResponse) -> [HTTPHeader] {
        var headers: [HTTPHeader] = []
        for (name, value) in response.allHeaderFields {
            headers.append(HTTPHeader(name: String(describing: name), value: String(describing: value)))
        }
        return headers.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// Maps a `URLSession` failure to ``ClientError``, or to `CancellationError` for a cancelled task.
    static func translate(_ error: any Error) -> any Error {
        if error is CancellationError {
            return error
        }
        guard let urlError = error as? URLError else {
            return ClientError.transport(code: 0, message: String(describing: error))
        }
        switch urlError.code {
        case .cancelled:
            return CancellationError()
        case .timedOut:
            return ClientError.timedOut
        case .networkConnectionLost:
            return ClientError.connectionClosed
        case .badServerResponse where urlError.localizedDescription == "Empty reply from server":
            // FoundationNetworking of Swift 6.3.1 on Linux (libcurl) reports a connection closed before
            // any byte of the response with this code and curl's text; other malformed responses share the code.
            return ClientError.connectionClosed
        default:
            return ClientError.transport(code: urlError.errorCode, message: urlError.localizedDescription)
        }
    }
}
