import Dispatch
import ForgeRendering
import ForgeSchemaModel

/// Renders a schema model into Swift source files through the Mustache templates.
///
/// The emitter is pure: it reads no file and writes none, and the same model, options and templates
/// always give the same bytes. The files, relative to the output directory, are:
/// - `Models/Models_N.swift` for N from 0 to K−1: every schema type, each top-level type (with its
///   nested types) in file `FNV-1a(name) mod K`, so adding a type changes one file. K is set by
///   `EmitterOptions.fileSplit` (automatic: 1 below 50 types, 8 below 1000, else 16).
/// - `Validators/Validators_N.swift`, split the same way: `Validatable` conformances.
/// - `Client.swift`: the `Client` struct and the `Operations` namespace.
/// - `Operations/Operations_N.swift`, split the same way by operation type name: each operation's
///   response enum and its client method.
/// Every file is written even when its bucket is empty, so the set of files depends only on K.
public struct SwiftEmitter: Sendable {
    public let options: EmitterOptions
    public let templates: TemplateLibrary

    public init(options: EmitterOptions, templates: TemplateLibrary = .bundled) {
        self.options = options
        self.templates = templates
    }

    /// Returns the generated files for `model`, sorted by path.
    ///
    /// - Throws: `EmitterError.template` when a template does not compile or names a value the
    ///   context lacks, with the template's name, line and column.
    public func emit(_ model: SchemaModel) throws(EmitterError) -> [GeneratedFile] {
        try emit(model) { $0 }.sorted { $0.path < $1.path }
    }

    /// Renders the files for `model` and passes each one to `handle` as soon as it is rendered, on the
    /// thread that rendered it. Returns the results of `handle` in no particular order.
    ///
    /// A handler that writes the file and keeps only what it needs lets the text be freed at once. Memory
    /// then holds only the files being rendered, not the whole output.
    /// - Throws: `EmitterError.template`, as `emit(_:)` does; files rendered before the error have
    ///   already been handled.
    public func emit<Output>(_ model: SchemaModel, each handle: @escaping @Sendable (GeneratedFile) -> Output)
        throws(EmitterError) -> [Output]
    {
        let set: TemplateSet
        do {
            set = try TemplateSet(templates: templates.templates)
        } catch {
            throw .template(error)
        }
        let index: TypeIndex = TypeIndex(model: model, hasValidators: options.outputs.contains(.validators))
        let header: FileHeaderContext = FileHeaderContext(options: options)

        var jobs: [FileJob] = []
        if options.outputs.contains(.models) {
            let context: ModelContext = ModelContext(options: options, index: index)
            jobs += bucketJobs(model.types, name: \.name, template: "Models", header: header, set: set) { types in
                ["types": .lazyList(LazyTemplateList(count: types.count) { context.declaration(types[$0]) })]
            }
        }
        if options.outputs.contains(.validators) {
            let context: ValidatorContext = ValidatorContext(options: options, index: index)
            jobs += bucketJobs(model.types, name: \.name, template: "Validators", header: header, set: set) {
                ["validators": .list($0.flatMap { context.validators(for: $0) })]
            }
        }
        if options.outputs.contains(.client) {
            jobs += clientJobs(model, index: index, header: header, set: set)
        }
        // Rendering every file from one pool keeps all cores busy to the end. A pool per kind of
        // file waited at the end of each kind for its largest bucket.
        let allJobs: [FileJob] = jobs
        return try Self.concurrentMap(allJobs.indices) { number throws(EmitterError) in
            handle(try allJobs[number]())
        }
    }

    /// The path of the file that contains the `Client` struct.
    public static let clientFile: String = "Client.swift"

    /// The groups written as numbered files, `GROUP/GROUP_N.swift`; each is also its template's name.
    public static let fileGroups: [String] = ["Models", "Operations", "Validators"]

    /// Returns whether `path` is one the emitter writes: `Client.swift` or `GROUP/GROUP_N.swift` for
    /// `Models`, `Validators` and `Operations`.
    ///
    /// Only such files are removed when a run no longer produces them, so the generated files of another
    /// document in a subfolder of the output folder are left alone.
    public static func isOutputPath(_ path: String) -> Bool {
        if path == clientFile {
            return true
        }
        let parts: [Substring] = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, fileGroups.contains(String(parts[0])) else {
            return false
        }
        let prefix: String = parts[0] + "_"
        guard parts[1].hasPrefix(prefix), parts[1].hasSuffix(".swift") else {
            return false
        }
        let number: Substring = parts[1].dropFirst(prefix.count).dropLast(".swift".count)
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }

    /// The work of rendering one file, run on any core.
    private typealias FileJob = @Sendable () throws(EmitterError) -> GeneratedFile

    /// Returns a job rendering `TEMPLATE/TEMPLATE_N.swift` for every bucket N, with the bucket's items in
    /// the context.
    ///
    /// `context` turns one bucket's items into the members added to the header's context. A bucket's
    /// items go into a lazy list where they can, so only the item being rendered has its context in memory.
    private func bucketJobs<Item: Sendable>(
        _ items: [Item], name: (Item) -> String, template: String, header: FileHeaderContext, set: TemplateSet,
        context: @escaping @Sendable ([Item]) -> [String: TemplateValue]
    ) -> [FileJob] {
        let buckets: FileBuckets = FileBuckets(split: options.fileSplit, declarationCount: items.count)
        let groups: [[Item]] = buckets.distribute(items, name: name)
        return groups.enumerated().map { number, group in
            { () throws(EmitterError) -> GeneratedFile in
                var root: TemplateValue = header.value(imports: [])
                root["validationContext"] = "context"
                for (key, value) in context(group) {
                    root[key] = value
                }
                let path: String = "\(template)/\(template)_\(number).swift"
                return GeneratedFile(path: path, contents: try Self.render(template, root, set: set))
            }
        }
    }

    /// Returns `transform` of each index, computed on all cores; the first error in index order is thrown.
    ///
    /// Each file's context and text depend only on the model, so files render independently.
    private static func concurrentMap<Output>(
        _ indices: Range<Int>, _ transform: @escaping @Sendable (Int) throws(EmitterError) -> Output
    ) throws(EmitterError) -> [Output] {
        let slots: ResultSlots<Output> = ResultSlots(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { offset in
            let result = Result { () throws(EmitterError) -> Output in try transform(indices.lowerBound + offset) }
            slots.store(result, at: offset)
        }
        return try slots.results.map { result throws(EmitterError) in try result.get() }
    }

    /// Returns the job for `Client.swift` followed by the jobs for the operation files.
    private func clientJobs(_ model: SchemaModel, index: TypeIndex, header: FileHeaderContext, set: TemplateSet)
        -> [FileJob]
    {
        let docComment: DocComment = DocComment(options: options)
        let access: String = options.accessModifier.rawValue
        let clientJob: FileJob = { () throws(EmitterError) -> GeneratedFile in
            var client: TemplateValue = ClientContext(model: model, access: access, docComment: docComment).value
            client.merge(header.value(imports: []))
            return GeneratedFile(path: Self.clientFile, contents: try Self.render("Client", client, set: set))
        }

        let models: ModelContext = ModelContext(options: options, index: index)
        let validators: ValidatorContext = ValidatorContext(options: options, index: index)
        let operations: [FileJob] = bucketJobs(
            model.operations, name: \.typeName, template: "Operations", header: header, set: set
        ) { bucket in
            let values: LazyTemplateList = LazyTemplateList(count: bucket.count) { position in
                OperationContext(
                    operation: bucket[position], access: access, docComment: docComment, index: index,
                    models: models, validators: validators
                ).value
            }
            return ["operations": .lazyList(values)]
        }
        return [clientJob] + operations
    }

    /// Renders template `name`, and checks that the text starts with the generated header.
    ///
    /// The output writer replaces and removes only files that start with the header, so a user template
    /// that put text before `{{> fileHeader}}` would write files that the next run refuses to replace.
    private static func render(_ name: String, _ context: TemplateValue, set: TemplateSet) throws(EmitterError)
        -> String
    {
        let text: String
        do {
            text = try set.render(name, context: context)
        } catch {
            throw .template(error)
        }
        guard GeneratedFileHeader.isGenerated(text) else {
            let message: String =
                "the file rendered from template '\(name)' does not start with the generated header; "
                + "put {{> fileHeader}} on the template's first line, and keep the line '// Generated by "
                + "openapi-forge VERSION. Do not edit.' first in fileHeader.mustache if you replaced it, because "
                + "openapi-forge replaces and removes only files that start with it"
            throw .template(TemplateError(template: name, line: 1, column: 1, message: message))
        }
        return text
    }
}

/// One result per index, written by concurrent tasks that each own a different index.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Output, EmitterError>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the result for `index`; no two callers may pass the same index.
    func store(_ result: Result<Output, EmitterError>, at index: Int) {
        slots[index] = result
    }

    /// The stored results in index order, once every index has been stored.
    var results: [Result<Output, EmitterError>] {
        slots.map { $0! }
    }
}
