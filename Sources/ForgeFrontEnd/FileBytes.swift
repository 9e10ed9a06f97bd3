import ForgeDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files with POSIX calls, refusing oversized ones before reading them.
enum FileBytes {
    /// Returns the bytes of the file at `path`.
    ///
    /// - Throws: `DiagnosticError` without a location when the file cannot be read, or
    ///   located at its first line when it is larger than `limit` bytes.
    static func contents(ofFile path: String, limit: Int) throws(DiagnosticError) -> [UInt8] {
        // Checked before opening, because opening a FIFO for reading blocks until a writer appears.
        var pathStatus = stat()
        if stat(path, &pathStatus) == 0, pathStatus.st_mode & S_IFMT != S_IFREG {
            throw DiagnosticError(
                .error("cannot read '\(path)': not a regular file; point to a YAML or JSON file", at: nil))
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw failure(path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw failure(path)
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            throw DiagnosticError(
                .error(sizeMessage(size: size, limit: limit), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return try readAll(descriptor, size: size, path: path)
    }

    static func sizeMessage(size: Int, limit: Int) -> String {
        "the document is \(size) bytes, more than the limit of \(limit) bytes (LoadLimits.maximumDocumentSize)"
    }

    private static func readAll(_ descriptor: Int32, size: Int, path: String) throws(DiagnosticError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        var failed = false
        bytes.withUnsafeMutableBytes { buffer in
            while filled < size {
                let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0, errno == EINTR {
                    continue
                }
                guard count > 0 else {
                    failed = count < 0
                    return
                }
                filled += count
            }
        }
        guard !failed else {
            throw failure(path)
        }
        // The file shrank while it was read: keep what was there.
        return filled == size ? bytes : Array(bytes[..<filled])
    }

    private static func failure(_ path: String) -> DiagnosticError {
        let reason = String(cString: strerror(errno))
        return DiagnosticError(.error("cannot read '\(path)': \(reason)", at: nil))
    }
}
