import ForgeDocument
import ForgeEmitters
import ForgeSchemaModel
import Foundation
import Testing

/// Runs documents through the whole pipeline: reader, schema model builder, emitter.
enum Pipeline {
    /// Builds the schema model of a document file, failing the test when it cannot be read.
    static func model(path: String) throws -> SchemaModel {
        let result: DocumentReadResult = DocumentReader().read(contentsOf: path)
        let document: OpenAPIDocument = try #require(result.document, "\(result.diagnostics)")
        return SchemaModelBuilder().build(document)
    }

    /// Generates the files of a document file, its path shown relative to the repository.
    static func files(relativePath: String, options: (inout EmitterOptions) -> Void = { _ in }) throws
        -> [GeneratedFile]
    {
        let model: SchemaModel = try model(path: Repository.root + "/" + relativePath)
        var emitterOptions: EmitterOptions = EmitterOptions(documentPath: Repository.root + "/" + relativePath)
        options(&emitterOptions)
        return try SwiftEmitter(options: emitterOptions).emit(model)
    }

    /// Generates the files of a document given as YAML text.
    static func files(
        yaml: String, templates: TemplateLibrary = .bundled, options: (inout EmitterOptions) -> Void = { _ in }
    ) throws -> [GeneratedFile] {
        let folder: String = NSTemporaryDirectory() + "forge-emitters-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path: String = folder + "/api.yaml"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))

        let model: SchemaModel = try model(path: path)
        var emitterOptions: EmitterOptions = EmitterOptions(documentPath: path)
        options(&emitterOptions)
        return try SwiftEmitter(options: emitterOptions, templates: templates).emit(model)
    }
}

extension Array where Element == GeneratedFile {
    /// The contents of the file at `path`, or an empty string when there is none.
    func contents(_ path: String) -> String {
        first { $0.path == path }?.contents ?? ""
    }

    /// All files joined, for searching generated code regardless of which file holds it.
    var allContents: String {
        map(\.contents).joined(separator: "\n")
    }
}
