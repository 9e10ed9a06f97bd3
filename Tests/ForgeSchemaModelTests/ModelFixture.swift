import ForgeDiagnostics
import ForgeDocument
import Foundation
import Testing

@testable import ForgeSchemaModel

/// Builds models from YAML text, shared case files and the repository's documents.
enum ModelFixture {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The folder of shared case documents beside the repository, or nil when it is absent.
    static var casesFolder: URL? {
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/cases")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    /// Builds the model of a document given as text.
    static func model(yaml: String, options: SchemaModelOptions = .init()) throws -> SchemaModel {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "schemamodel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("api.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try model(path: file.path, options: options)
    }

    /// Builds the model of the document at `path`.
    static func model(path: String, options: SchemaModelOptions = .init()) throws -> SchemaModel {
        let result = DocumentReader().read(contentsOf: path)
        let document = try #require(result.document, "\(result.diagnostics)")
        return SchemaModelBuilder(options: options).build(document)
    }

    /// Builds the model of a shared case, or returns nil when the cases are not beside the repository.
    static func caseModel(_ name: String, options: SchemaModelOptions = .init()) throws -> SchemaModel? {
        guard let folder = casesFolder else {
            return nil
        }
        return try model(path: folder.appendingPathComponent(name).path, options: options)
    }

    /// A small document with the given component schemas, indented as under `schemas:`.
    static func document(schemas: String, version: String = "3.1.0") -> String {
        """
        openapi: \(version)
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
        \(schemas.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        """
    }
}

extension SchemaModel {
    /// Returns the declaration with this qualified name, top-level, nested or in an operation.
    func declaration(_ qualifiedName: String) -> TypeDeclaration? {
        DeclarationWalk.all(types + operations.flatMap(\.nestedTypes)).first { $0.qualifiedName == qualifiedName }
    }

    func structure(_ qualifiedName: String) -> StructDeclaration? {
        if case .structure(let declaration)? = declaration(qualifiedName) {
            return declaration
        }
        return nil
    }

    func enumeration(_ qualifiedName: String) -> EnumDeclaration? {
        if case .enumeration(let declaration)? = declaration(qualifiedName) {
            return declaration
        }
        return nil
    }

    func oneOf(_ qualifiedName: String) -> OneOfDeclaration? {
        if case .oneOf(let declaration)? = declaration(qualifiedName) {
            return declaration
        }
        return nil
    }

    func operation(_ methodName: String) -> OperationModel? {
        operations.first { $0.methodName == methodName }
    }

    func warnings(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }
}

extension StructDeclaration {
    func property(_ jsonName: String) -> PropertyModel? {
        properties.first { $0.jsonName == jsonName }
    }
}
