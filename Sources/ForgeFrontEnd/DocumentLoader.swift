import ForgeDiagnostics

/// Loads YAML and JSON documents into located node trees.
///
/// JSON is chosen when the file name ends in `.json` or the first character after
/// whitespace (and an optional UTF-8 byte-order mark) is `{` or `[`. A file chosen by
/// its first character that is not valid JSON is read as YAML, because YAML's flow
/// style starts the same way. Everything else is YAML 1.2 read with libyaml.
public struct DocumentLoader: Sendable {
    public var limits: LoadLimits

    public init(limits: LoadLimits = .default) {
        self.limits = limits
    }

    /// Loads a document from its bytes; `file` is the path used in locations and messages.
    ///
    /// The bytes must be UTF-8; a leading byte-order mark is skipped and not counted in columns.
    ///
    /// - Throws: `DiagnosticError` with the located problems (syntax, invalid UTF-8,
    ///   duplicate keys, exceeded limits).
    public func load(bytes: [UInt8], file: String) throws(DiagnosticError) -> Node {
        try checkSize(bytes.count, file: file)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) -> Node in
            let content = Self.droppingByteOrderMark(buffer)
            try Self.checkUTF8(content, file: file)
            return try load(content: content, file: file)
        }
    }

    /// Reads and loads the file at `path`, which also names the file in locations.
    ///
    /// - Throws: `DiagnosticError` when the file cannot be read, exceeds
    ///   `LoadLimits.maximumDocumentSize`, or does not load.
    public func load(contentsOf path: String) throws(DiagnosticError) -> Node {
        let bytes = try FileBytes.contents(ofFile: path, limit: limits.maximumDocumentSize)
        return try load(bytes: bytes, file: path)
    }

    private func load(content: UnsafeBufferPointer<UInt8>, file: String) throws(DiagnosticError) -> Node {
        let namedJSON = file.lowercased().hasSuffix(".json")
        guard namedJSON || Self.startsLikeJSON(content) else {
            return try YAMLReader.read(content, file: file, limits: limits)
        }
        do {
            return try JSONReader.read(content, file: file, limits: limits)
        } catch {
            if namedJSON {
                throw error
            }
            return try YAMLReader.read(content, file: file, limits: limits)
        }
    }

    private func checkSize(_ size: Int, file: String) throws(DiagnosticError) {
        guard size <= limits.maximumDocumentSize else {
            throw DiagnosticError(
                .error(
                    FileBytes.sizeMessage(size: size, limit: limits.maximumDocumentSize),
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    private static func droppingByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else {
            return bytes
        }
        return UnsafeBufferPointer(rebasing: bytes[3...])
    }

    private static func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(DiagnosticError) {
        guard let offset = UTF8Validation.firstInvalidOffset(in: bytes) else {
            return
        }
        let (line, column) = UTF8Validation.position(of: offset, in: bytes)
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        let message = "invalid UTF-8: byte 0x\(byte) does not start a valid UTF-8 sequence"
        throw DiagnosticError(.error(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    private static func startsLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
