import Foundation

/// Where an API key travels.
public enum APIKeyLocation: Hashable, Sendable {
    /// A header field named after the key.
    case header

    /// A query parameter named after the key.
    case query

    /// A cookie named after the key, added to the `Cookie` header.
    case cookie
}

/// The credentials a generated client adds to every request that needs them.
public enum ClientAuthentication: Sendable {
    /// No credentials.
    case none

    /// `Authorization: Bearer <token>`.
    case bearer(String)

    /// `Authorization: Basic <base64 of username:password>`, the pair encoded as UTF-8.
    case basic(username: String, password: String)

    /// An API key sent in a header, the query or a cookie.
    case apiKey(name: String, location: APIKeyLocation, value: String)

    /// Adds the credentials to `request`.
    ///
    /// Header credentials replace a field of the same name. A cookie joins an existing `Cookie` header
    /// after `; `, and a query key is appended as a parameter. Values are sent as given.
    public func apply(to request: inout HTTPRequest) {
        switch self {
        case .none:
            return
        case .bearer(let token):
            request.setHeader("Authorization", "Bearer " + token)
        case .basic(let username, let password):
            let credentials: String = Data((username + ":" + password).utf8).base64EncodedString()
            request.setHeader("Authorization", "Basic " + credentials)
        case .apiKey(let name, .header, let value):
            request.setHeader(name, value)
        case .apiKey(let name, .query, let value):
            request.query.append(QueryItem(name: name, value: value))
        case .apiKey(let name, .cookie, let value):
            let cookie: String = name + "=" + value
            if let existing = request.headers.value(named: "Cookie") {
                request.setHeader("Cookie", existing + "; " + cookie)
            } else {
                request.setHeader("Cookie", cookie)
            }
        }
    }
}
