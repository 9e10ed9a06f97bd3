import ForgeDiagnostics
import ForgeDocument
import ForgeFrontEnd
import Foundation
import Testing

/// Reads an inline document as if it had been loaded from `file`.
func read(_ text: String, file: String = "inline.yaml") throws -> DocumentReadResult {
    let root = try DocumentLoader().load(bytes: Array(text.utf8), file: file)
    return DocumentReader().read(root: root, file: file)
}

/// Reads an inline document that must load without errors and returns it.
func document(_ text: String, file: String = "inline.yaml") throws -> OpenAPIDocument {
    let result = try read(text, file: file)
    #expect(result.errors.isEmpty, "\(result.errors)")
    return try #require(result.document)
}

/// Folders the tests read from.
enum TestPaths {
    /// The fixture folder copied into the test bundle.
    static var fixtures: String {
        (Bundle.module.resourcePath ?? ".") + "/Fixtures"
    }

    /// The repository root, found from this source file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Shared test material beside the repository; absent on machines that do not have it.
    static let shared = URL(fileURLWithPath: repository + "/../shared").standardized.path

    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared + "/cases/CASES.md")
    }
}

/// A folder of files written for one test and removed when the test ends.
final class TemporaryFolder {
    let path: String

    init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "forge-document-" + UUID().uuidString
        for (name, contents) in files {
            try write(name, contents)
        }
    }

    func write(_ name: String, _ contents: String) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ name: String) -> DocumentReadResult {
        DocumentReader().read(contentsOf: path + "/" + name)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension DocumentReadResult {
    var errors: [Diagnostic] {
        diagnostics.filter { $0.severity == .error }
    }

    var warnings: [Diagnostic] {
        diagnostics.filter { $0.severity == .warning }
    }

    /// Returns the first diagnostic whose message contains `text`.
    func diagnostic(_ text: String) -> Diagnostic? {
        diagnostics.first { $0.message.contains(text) }
    }
}

extension OpenAPIDocument {
    /// Returns the component schema named `name`.
    func componentSchema(_ name: String) -> JSONSchema? {
        components.schemas.value(named: name)
    }

    /// Returns the operation with `operationId`.
    func operation(id: String) -> ForgeDocument.Operation? {
        (operations + webhooks.flatMap(\.value.operations)).first { $0.operationId == id }
    }
}

extension Node {
    /// The text of a scalar node, for comparing loaded values.
    var text: String? {
        scalar?.textValue
    }
}
