import Foundation

/// A way to send an ``HTTPRequest`` and receive its ``HTTPResponse``, such as ``URLSessionTransport``.
public protocol ClientTransport: Sendable {
    /// Sends `request` to `baseURL` joined with the request's path and query.
    ///
    /// - Throws: ``ClientError`` for failures the client can name, `CancellationError` when the task
    ///   was cancelled, or whatever a custom transport throws.
    func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse
}

/// A step between the client and the transport, e.g. for logging, retries or extra headers.
public protocol ClientMiddleware: Sendable {
    /// Handles `request`, calling `next` zero or more times to pass it on towards the transport.
    func intercept(
        _ request: HTTPRequest, baseURL: URL, next: @Sendable (HTTPRequest, URL) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}

/// The route of a request through middlewares to a transport.
public enum ClientPipeline {
    /// Sends `request` through `middlewares`, the first one outermost, and then `transport`.
    ///
    /// - Throws: whatever a middleware or the transport throws.
    public static func send(
        _ request: HTTPRequest, baseURL: URL, middlewares: [any ClientMiddleware], transport: any ClientTransport
    ) async throws -> HTTPResponse {
        try await send(request, baseURL: baseURL, middlewares: middlewares[...], transport: transport)
    }

    private static func send(
        _ request: HTTPRequest, baseURL: URL, middlewares: ArraySlice<any ClientMiddleware>,
        transport: any ClientTransport
    ) async throws -> HTTPResponse {
        guard let middleware = middlewares.first else {
            return try await transport.send(request, baseURL: baseURL)
        }
        let rest: ArraySlice<any ClientMiddleware> = middlewares.dropFirst()
        return try await middleware.intercept(request, baseURL: baseURL) { nextRequest, nextBaseURL in
            try await send(nextRequest, baseURL: nextBaseURL, middlewares: rest, transport: transport)
        }
    }
}
