import ForgeDiagnostics
import ForgeFrontEnd
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads an OpenAPI document and the files it refers to into an `OpenAPIDocument`.
///
/// All problems are collected in one run. Recoverable ones (warnings, and errors after which
/// reading can go on) leave a document in the result. Only a document that cannot be read
/// at all (unreadable root file, Swagger 2.0, unsupported version) gives none.
public struct DocumentReader: Sendable {
    public var loader: DocumentLoader

    public init(loader: DocumentLoader = .init()) {
        self.loader = loader
    }

    /// Reads the document at `path` and every file its references reach.
    ///
    /// Locations and `ReferenceTarget.file` use `path` normalised (`./api.yaml` becomes `api.yaml`).
    public func read(contentsOf path: String) -> DocumentReadResult {
        let file = FilePath.normalise(path)
        do {
            let root = try loader.load(contentsOf: file)
            return read(root: root, file: file)
        } catch {
            let read = FileManager.default.fileExists(atPath: file) ? [file] : []
            return DocumentReadResult(document: nil, diagnostics: error.diagnostics, loadedFiles: read)
        }
    }

    /// Reads a root document already loaded from `file`; referenced files are loaded relative to it.
    public func read(root: Node, file: String) -> DocumentReadResult {
        let resolver = ReferenceResolver(rootFile: file, loader: loader)
        resolver.register(root: root)
        let version: OpenAPIVersion
        do {
            version = try Self.version(of: root)
        } catch {
            return DocumentReadResult(document: nil, diagnostics: [error], loadedFiles: resolver.loadedFiles)
        }
        let parser = DocumentParser(version: version, resolver: resolver)
        var document = parser.document(root)
        parser.resolveSchemaReferences()
        document?.schemasByTarget = parser.schemas
        var diagnostics = parser.diagnostics
        diagnostics.append(contentsOf: resolver.loadDiagnostics)
        if let document {
            var checks = DocumentChecks(document: document)
            checks.run()
            diagnostics.append(contentsOf: checks.diagnostics)
        }
        return DocumentReadResult(
            document: document, diagnostics: Self.unique(diagnostics.sorted), loadedFiles: resolver.loadedFiles)
    }

    private static let supportedVersions = "supported versions: 3.0.x, 3.1.x, 3.2.x"

    /// Returns the document's `openapi` version, or throws the fatal diagnostic when it is missing or unsupported.
    private static func version(of root: Node) throws(Diagnostic) -> OpenAPIVersion {
        guard root.entries != nil else {
            throw .error(
                "expected a mapping at the top of an OpenAPI document, found \(root.foundDescription)",
                at: root.location)
        }
        if let swagger = root.entry("swagger") {
            throw .error(
                "Swagger 2.0 documents are not supported; convert the document to OpenAPI 3.x (\(supportedVersions))",
                at: swagger.value.location, pointer: "/swagger")
        }
        guard let node = root["openapi"] else {
            throw .error("missing required key 'openapi'; \(supportedVersions)", at: root.location, pointer: "")
        }
        guard let text = node.scalarText, let version = OpenAPIVersion(text), version.isSupported else {
            let shown = node.scalarText.map { "'\($0)'" } ?? node.foundDescription
            var message = "unsupported OpenAPI version \(shown); \(supportedVersions)"
            if let text = node.scalarText, ["3.0", "3.1", "3.2"].contains(text) {
                // A YAML `3.1` is a number; the field needs the full version, written as a string.
                message += "; did you mean '\(text).0'?"
            }
            throw .error(message, at: node.location, pointer: "/openapi")
        }
        return version
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}

/// The outcome of `DocumentReader.read`: the document, its diagnostics and the files read.
public struct DocumentReadResult: Sendable {
    /// The document; nil only when it could not be read at all.
    public var document: OpenAPIDocument?
    /// Every problem found, in location order (problems without a location first).
    public var diagnostics: [Diagnostic]
    /// Every file read, root first: the inputs a build must track.
    public var loadedFiles: [String]

    public init(document: OpenAPIDocument?, diagnostics: [Diagnostic], loadedFiles: [String]) {
        self.document = document
        self.diagnostics = diagnostics
        self.loadedFiles = loadedFiles
    }

    /// Whether any diagnostic is an error; generation must not go on when it is.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
