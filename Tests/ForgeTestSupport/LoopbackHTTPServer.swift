import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 for tests of HTTP clients, built on POSIX sockets only.
///
/// It binds port 0 (the kernel picks a free port), serves each connection on its own thread, reads the
/// request line, the headers and a `Content-Length` body, records the request, and acts on the ``Reply``
/// the handler returns: answer, close without answering, or wait and then close. Every answer carries
/// `Connection: close`, so each request uses a fresh connection. Chunked request bodies are not supported.
/// Call ``stop()`` when done: the accepting thread keeps the server alive until then.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as it arrived.
    public struct Request: Sendable {
        /// The method, e.g. `POST`.
        public var method: String

        /// The request target exactly as sent: the percent-encoded path and query.
        public var target: String

        /// The header fields in arrival order.
        public var headers: [(name: String, value: String)]

        /// The body, empty when there is none.
        public var body: Data

        /// Finds the first header called `name`, ignoring ASCII case.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    /// What the server does with a request.
    public enum Reply: Sendable {
        /// Answers with a status, header fields and a body; `Content-Length` and `Connection` are added.
        case respond(status: Int, headers: [(name: String, value: String)], body: Data)

        /// Closes the connection without writing anything.
        case closeWithoutReply

        /// Keeps the connection open and silent for `seconds`, then closes it.
        case stall(seconds: Double)
    }

    /// The port the server listens on.
    public let port: UInt16

    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let lock: NSLock = NSLock()
    private var requests: [Request] = []
    private var isStopped: Bool = false

    /// The server's root URL, `http://127.0.0.1:<port>`.
    public var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Starts listening on 127.0.0.1 and serving with `handler`.
    ///
    /// - Throws: `POSIXError` when a socket call fails.
    public init(handler: @escaping @Sendable (Request) -> Reply) throws {
        let listener: Int32 = try Self.openListener()
        do {
            self.port = try Self.boundPort(of: listener)
        } catch {
            close(listener)
            throw error
        }
        self.listener = listener
        self.handler = handler
        Thread.detachNewThread { [self] in
            acceptLoop()
        }
    }

    /// The requests received so far, in arrival order.
    public var receivedRequests: [Request] {
        lock.withLock { requests }
    }

    /// Stops accepting connections; connections already being served run to their end.
    public func stop() {
        let wasStopped: Bool = lock.withLock {
            defer { isStopped = true }
            return isStopped
        }
        if !wasStopped {
            // Only the accept thread closes the descriptor: closing it here would let a new server
            // reuse the number while this server's thread still calls accept on it, so one test's
            // server could answer another test's requests.
            shutdown(listener, Int32(SHUT_RDWR))
        }
    }

    private static func openListener() throws -> Int32 {
        #if canImport(Glibc)
            let descriptor: Int32 = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor: Int32 = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        var address: sockaddr_in = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound: Int32 = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            let code: POSIXErrorCode = POSIXErrorCode(rawValue: errno) ?? .EIO
            close(descriptor)
            throw POSIXError(code)
        }
        return descriptor
    }

    private static func boundPort(of descriptor: Int32) throws -> UInt16 {
        var address: sockaddr_in = sockaddr_in()
        var length: socklen_t = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result: Int32 = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                getsockname(descriptor, socketAddress, &length)
            }
        }
        guard result == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return UInt16(bigEndian: address.sin_port)
    }

    private func acceptLoop() {
        while true {
            let connection: Int32 = accept(listener, nil, nil)
            guard connection >= 0 else {
                if lock.withLock({ isStopped }) {
                    close(listener)
                    return
                }
                continue
            }
            if lock.withLock({ isStopped }) {
                close(connection)
                close(listener)
                return
            }
            Thread.detachNewThread { [self] in
                serve(connection)
            }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = Self.readRequest(from: connection) else {
            return
        }
        lock.withLock { requests.append(request) }

        switch handler(request) {
        case .respond(let status, let headers, let body):
            Self.write(Self.encodeResponse(status: status, headers: headers, body: body), to: connection)
        case .closeWithoutReply:
            return
        case .stall(let seconds):
            Thread.sleep(forTimeInterval: seconds)
        }
    }

    /// Reads one request: the head up to the blank line, then `Content-Length` bytes of body.
    private static func readRequest(from connection: Int32) -> Request? {
        var buffer: [UInt8] = []
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int? = nil
        while headEnd == nil {
            guard readChunk(from: connection, into: &buffer) else {
                return nil
            }
            headEnd = buffer.firstRange(of: terminator)?.upperBound
        }

        guard let bodyStart = headEnd, var request = parseHead(buffer[..<bodyStart]) else {
            return nil
        }
        let length: Int = request.header("Content-Length").flatMap { Int($0) } ?? 0
        if request.header("Expect")?.lowercased() == "100-continue" {
            write(Data("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: connection)
        }
        while buffer.count - bodyStart < length {
            guard readChunk(from: connection, into: &buffer) else {
                return nil
            }
        }
        request.body = Data(buffer[bodyStart..<(bodyStart + length)])
        return request
    }

    private static func readChunk(from connection: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk: [UInt8] = [UInt8](repeating: 0, count: 4096)
        let count: Int = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
        guard count > 0 else {
            return false
        }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    private static func parseHead(_ head: ArraySlice<UInt8>) -> Request? {
        let lines: [Substring] = String(decoding: head, as: UTF8.self).split(separator: "\r\n")
        let requestLine: [Substring] = lines.first?.split(separator: " ") ?? []
        guard requestLine.count == 3 else {
            return nil
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else {
                return nil
            }
            let value: Substring = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            headers.append((String(line[..<colon]), String(value)))
        }
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: Data())
    }

    private static func encodeResponse(status: Int, headers: [(name: String, value: String)], body: Data) -> Data {
        var head: String = "HTTP/1.1 \(status) \(reasonPhrase(status))\r\n"
        for header in headers {
            head += "\(header.name): \(header.value)\r\n"
        }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + body
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 201: return "Created"
        case 204: return "No Content"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        default: return "Status"
        }
    }

    private static func write(_ data: Data, to connection: Int32) {
        #if canImport(Glibc)
            let flags: Int32 = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        data.withUnsafeBytes { bytes in
            var offset: Int = 0
            while offset < bytes.count {
                let sent: Int = send(connection, bytes.baseAddress! + offset, bytes.count - offset, flags)
                guard sent > 0 else {
                    return
                }
                offset += sent
            }
        }
    }
}
