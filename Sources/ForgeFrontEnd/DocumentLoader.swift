import ForgeDiagnostics

/// Loads YAML and JSON documents into located node trees.
public struct DocumentLoader: Sendable {
    public var limits: LoadLimits

    public init(limits: LoadLimits = .default) {
        self.limits = limits
    }

    /// Loads a document from its bytes; `file` is the path used in locations and messages.
    ///
    /// - Throws: `DiagnosticError` with the located problems (syntax, invalid UTF-8,
    ///   duplicate keys, exceeded limits).
    public func load(bytes: [UInt8], file: String) throws(DiagnosticError) -> Node {
        // Placeholder until the YAML and JSON readers land.
        throw DiagnosticError(.error("loading is not implemented yet", at: nil))
    }

    /// Reads and loads the file at `path`.
    public func load(contentsOf path: String) throws(DiagnosticError) -> Node {
        throw DiagnosticError(.error("loading is not implemented yet", at: nil))
    }
}

/// Bounds that keep hostile input from exhausting time, memory or the stack.
public struct LoadLimits: Sendable {
    public static let `default` = LoadLimits()
    public init() {}
}
