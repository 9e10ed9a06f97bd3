import ForgeDiagnostics
import ForgeDocument
import ForgeEmitters
import ForgeSchemaModel

/// The whole generator, document path in, generated files out, with nothing written to disk.
///
/// Every stage's diagnostics are collected; the pipeline stops after the first stage that
/// reports an error, so no files are produced from a document with errors.
public struct GenerationPipeline: Sendable {
    public var configuration: GeneratorConfiguration
    public var fileSplit: EmitterOptions.FileSplit

    public init(
        configuration: GeneratorConfiguration = GeneratorConfiguration(),
        fileSplit: EmitterOptions.FileSplit = .automatic
    ) {
        self.configuration = configuration
        self.fileSplit = fileSplit
    }

    /// The outcome of a run: files when it succeeded, and every diagnostic either way.
    public struct Result: Sendable {
        /// The generated files sorted by path, or an empty list when each went to the run's file handler;
        /// nil when the run failed.
        public var files: [GeneratedFile]?
        public var diagnostics: [Diagnostic]
        /// Every file the document reached through references, the document first.
        public var documentFiles: [String]
        public var typeCount: Int
        public var operationCount: Int
    }

    /// Runs every stage on the document at `documentPath`.
    ///
    /// With `handleFile`, each file goes to the handler as soon as it is rendered, from any thread, and
    /// the result's `files` is empty on success. The caller can then write files one by one instead of
    /// keeping the whole output in memory.
    /// `stopsWhen` is checked between the stages: when it returns true, the run ends early without files.
    public func run(
        documentPath: String, handleFile: (@Sendable (GeneratedFile) -> Void)? = nil,
        stopsWhen isStopped: () -> Bool = { false }
    ) -> Result {
        let read = DocumentReader().read(contentsOf: documentPath)
        var result = Result(
            files: nil, diagnostics: configuration.warnings + read.diagnostics, documentFiles: read.loadedFiles,
            typeCount: 0, operationCount: 0)
        guard let document = read.document, !read.diagnostics.contains(where: { $0.severity == .error }) else {
            return result
        }

        releaseFreedMemory()
        guard !isStopped() else {
            return result
        }
        let model = SchemaModelBuilder(options: configuration.schemaModelOptions).build(document)
        releaseFreedMemory()
        guard !isStopped() else {
            return result
        }
        result.diagnostics = DiagnosticCollection.unique(result.diagnostics + model.diagnostics)
        if !configuration.operationFilter.isEmpty, model.operations.isEmpty {
            result.diagnostics.append(
                .warning(
                    "the configuration's filter matches no operation, so nothing but the client is generated; "
                        + "check the names in filter.operations, filter.tags and filter.paths",
                    at: nil))
        }
        result.typeCount = model.types.count
        result.operationCount = model.operations.count
        guard !model.diagnostics.contains(where: { $0.severity == .error }) else {
            return result
        }

        var library: TemplateLibrary = .bundled
        do {
            let templates = try templateLibrary()
            library = templates
            let emitter = SwiftEmitter(options: emitterOptions(documentPath: documentPath), templates: templates)
            if let handleFile {
                _ = try emitter.emit(model, each: handleFile)
                result.files = []
            } else {
                result.files = try emitter.emit(model)
            }
        } catch let error as TemplateLibraryError {
            result.diagnostics.append(.error(error.description, at: nil))
        } catch let error as EmitterError {
            result.diagnostics.append(Self.diagnostic(for: error, templateFiles: library.files))
        } catch {
            result.diagnostics.append(.error("\(error)", at: nil))
        }
        return result
    }

    /// Returns a template error as a diagnostic located in the template, rather than text with its own prefix.
    ///
    /// An error in a template read from the user's folder names that file, so the message shows its line.
    private static func diagnostic(for error: EmitterError, templateFiles: [String: String]) -> Diagnostic {
        switch error {
        case .template(let templateError):
            let name = templateError.template
            let file = templateFiles[name] ?? (name.hasSuffix(".mustache") ? name : "template '\(name)'")
            let location =
                templateError.line > 0
                ? SourceLocation(file: file, line: templateError.line, column: templateError.column) : nil
            return .error(templateError.message, at: location)
        }
    }

    private func templateLibrary() throws(TemplateLibraryError) -> TemplateLibrary {
        guard let directory = configuration.templatesDirectory else {
            return .bundled
        }
        return try TemplateLibrary(overriddenBy: directory)
    }

    private func emitterOptions(documentPath: String) -> EmitterOptions {
        EmitterOptions(
            accessModifier: configuration.accessModifier,
            equality: configuration.equality,
            additionalImports: configuration.additionalImports,
            outputs: configuration.outputs,
            toolVersion: OpenAPIForgeTool.version,
            documentPath: documentPath,
            includesSourceLocations: configuration.sourceLocations,
            fileSplit: fileSplit
        )
    }
}
