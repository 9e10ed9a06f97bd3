#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Path and file helpers that work the same with Foundation's full module (Apple platforms) and with
/// FoundationEssentials (Linux, where the generator links nothing more).
public enum FileSystem {
    /// Returns whether `path` names a folder (following links), or nil when nothing is there.
    public static func isFolder(_ path: String) -> Bool? {
        #if canImport(FoundationEssentials)
            var isDirectory: Bool = false
        #else
            var isDirectory: ObjCBool = false
        #endif
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return nil
        }
        #if canImport(FoundationEssentials)
            return isDirectory
        #else
            return isDirectory.boolValue
        #endif
    }

    /// Returns the path without its last component: `out/Models/Pet.swift` gives `out/Models`, `/out` gives `/`,
    /// and a bare name gives the empty path. Trailing slashes are ignored.
    public static func parent(of path: String) -> String {
        let trimmed: Substring = trimmedPath(path)
        guard let slash = trimmed.lastIndex(of: "/") else {
            return ""
        }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Returns the last component of the path: `out/Models/Pet.swift` gives `Pet.swift`. Trailing slashes are ignored.
    public static func lastComponent(of path: String) -> String {
        let trimmed: Substring = trimmedPath(path)
        guard let slash = trimmed.lastIndex(of: "/") else {
            return String(trimmed)
        }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// Reads up to `count` bytes from the start of the file; returns nil when it cannot be opened.
    public static func head(ofFile path: String, count: Int) -> [UInt8]? {
        guard let file = fopen(path, "rb") else {
            return nil
        }
        defer { fclose(file) }
        var bytes: [UInt8] = Array(repeating: 0, count: count)
        let read: Int = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        return Array(bytes.prefix(read))
    }

    /// Writes `text` as UTF-8 to a new file at `path`, replacing any file there, with permissions 0644
    /// less the process's umask.
    ///
    /// `Data.write(to:)` in FoundationEssentials calls `fsync` for every file: 0.2 ms each on this
    /// project's virtual disk, and an estimated few milliseconds each on a physical one. Generated files are renamed into place, so readers never
    /// see them half-written, and a crash only loses output that the next run writes again.
    /// It also writes from the string's own bytes instead of a copy.
    /// - Throws: `POSIXError` with the system's error code.
    public static func write(_ text: String, toNewFile path: String) throws {
        let descriptor: Int32 = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        defer { close(descriptor) }
        if let failure = writeAll(text, to: descriptor) {
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }

    /// Writes every UTF-8 byte of `text` to an open file descriptor, and retries after an interruption.
    ///
    /// Returns the error number of the first other failure, or nil when every byte was written.
    public static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text: String = text
        return text.withUTF8 { bytes in
            var offset: Int = 0
            while offset < bytes.count {
                let written: Int = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR {
                    continue
                }
                guard written > 0 else {
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Describes a file-system error in a short phrase for a message, such as `No such file or directory`.
    ///
    /// FoundationEssentials describes its errors by code numbers, so this uses the operating system's
    /// text for the underlying error, followed by the path when the error names one and `namingPath` is true.
    public static func reason(for error: any Error, namingPath: Bool = true) -> String {
        #if canImport(FoundationEssentials)
            if let posix = error as? POSIXError {
                return String(cString: strerror(posix.code.rawValue))
            }
            guard let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError else {
                return "\(error)"
            }
            let reason: String = String(cString: strerror(posix.code.rawValue))
            guard namingPath, let path = cocoa.filePath else {
                return reason
            }
            return "\(reason) ('\(path)')"
        #else
            return error.localizedDescription
        #endif
    }

    private static func trimmedPath(_ path: String) -> Substring {
        var trimmed: Substring = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") {
            trimmed = trimmed.dropLast()
        }
        return trimmed
    }
}

/// Calls the C library's `write`, which `FileSystem`'s own `write` methods hide inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
