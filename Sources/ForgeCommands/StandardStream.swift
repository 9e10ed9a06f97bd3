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
        // A closed output stream cannot report anything, so a failure is ignored.
        _ = FileSystem.writeAll(text, to: stream == .output ? STDOUT_FILENO : STDERR_FILENO)
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
