/// A failure of a generated client call, named so that callers can react to each kind.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The request could not be built, e.g. the URL is malformed or the body failed to encode.
    case invalidRequest(message: String)

    /// The request input broke schema constraints; nothing was sent.
    case requestValidation(ValidationError)

    /// The transport failed; `code` is the `URLError` code when there is one (0 otherwise).
    case transport(code: Int, message: String)

    /// No response arrived within the session's timeout.
    case timedOut

    /// The server closed the connection before a complete response arrived.
    case connectionClosed

    /// The body could not be read at all, e.g. it is not JSON or has an unexpected media type.
    case undecodableBody(statusCode: Int, contentType: String?, message: String)

    /// The body is JSON but does not fit the schema at `pointer` (a JSON Pointer, empty for the root).
    case invalidResponseBody(statusCode: Int, pointer: String, message: String)

    /// The decoded response broke schema constraints.
    case responseValidation(ValidationError)

    /// A required response header is missing, or its value does not fit the documented type.
    case invalidResponseHeader(statusCode: Int, name: String, message: String)

    /// A one-line summary, or one line per issue for validation failures.
    public var description: String {
        switch self {
        case .invalidRequest(let message):
            return "invalid request: \(message)"
        case .requestValidation(let error):
            return "request failed validation:\n\(error)"
        case .transport(let code, let message):
            return "transport failed (code \(code)): \(message)"
        case .timedOut:
            return "request timed out before a response arrived"
        case .connectionClosed:
            return "connection closed before a complete response arrived"
        case .undecodableBody(let statusCode, let contentType, let message):
            let type: String = contentType ?? "no Content-Type"
            return "response \(statusCode) body (\(type)) cannot be decoded: \(message)"
        case .invalidResponseBody(let statusCode, let pointer, let message):
            let location: String = pointer.isEmpty ? "(root)" : pointer
            return "response \(statusCode) body is invalid at \(location): \(message)"
        case .responseValidation(let error):
            return "response failed validation:\n\(error)"
        case .invalidResponseHeader(let statusCode, let name, let message):
            return "response \(statusCode) header '\(name)': \(message)"
        }
    }
}

/// A `DecodingError` restated as a JSON Pointer and a plain message.
public struct DecodingFailure: Hashable, Sendable, CustomStringConvertible {
    /// The location of the failure, e.g. `/items/2/status`; empty for the root.
    public let pointer: String

    /// What went wrong, e.g. `missing required property 'id'`.
    public let message: String

    /// Converts `error`.
    ///
    /// A missing key points at the key itself (the parent's pointer plus `/key`) with the message
    /// `missing required property 'key'`. Other errors point at their coding path and keep the
    /// decoder's description, followed by the underlying error when there is one.
    public init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            pointer = JSONPointer.pointer(for: context.codingPath + [key])
            message = "missing required property '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            pointer = JSONPointer.pointer(for: context.codingPath)
            message = Self.describe(context)
        @unknown default:
            pointer = ""
            message = String(describing: error)
        }
    }

    /// The pointer and the message, the root shown as `(root)`.
    public var description: String {
        (pointer.isEmpty ? "(root)" : pointer) + ": " + message
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        guard let underlying = context.underlyingError else {
            return context.debugDescription
        }
        return context.debugDescription + " (" + String(describing: underlying) + ")"
    }
}
