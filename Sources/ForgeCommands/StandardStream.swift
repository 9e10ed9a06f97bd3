import ForgeEmitters
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Unbuffered writes to standard output and standard error.
enum StandardStream {
    case output
    case error

    static func write(_ text: String, to stream: StandardStream) {
        writeAll(text, to: stream == .output ? STDOUT_FILENO : STDERR_FILENO)
    }
}

/// Writes every byte of `text` to the file descriptor, and retries after an interruption.
/// It stops at the first other error, because a closed output stream cannot report anything.
private func writeAll(_ text: String, to descriptor: Int32) {
    var text: String = text
    text.withUTF8 { bytes in
        var offset: Int = 0
        while offset < bytes.count {
            let written: Int = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR {
                continue
            }
            guard written > 0 else {
                return
            }
            offset += written
        }
    }
}

/// The text of source files, read once each, for printing the line under a diagnostic.
final class SourceTextCache: @unchecked Sendable {
    static let shared = SourceTextCache()

    private let lock: ThreadLock = ThreadLock()
    private var texts: [String: String?] = [:]

    func text(of path: String) -> String? {
        lock.withLock {
            if let cached = texts[path] {
                return cached
            }
            let text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            texts[path] = text
            return text
        }
    }
}
