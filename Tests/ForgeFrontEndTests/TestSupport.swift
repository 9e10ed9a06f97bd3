import ForgeDiagnostics
import ForgeFrontEnd
import Foundation
import Testing

/// Loads `text` as a document named `file`.
func load(_ text: String, file: String = "test.yaml", limits: LoadLimits = .default) throws -> Node {
    try DocumentLoader(limits: limits).load(bytes: Array(text.utf8), file: file)
}

/// Loads bytes that are expected to fail and returns the first diagnostic.
func loadFailure(_ bytes: [UInt8], file: String = "test.yaml", limits: LoadLimits = .default) -> Diagnostic? {
    do {
        _ = try DocumentLoader(limits: limits).load(bytes: bytes, file: file)
        return nil
    } catch {
        return error.diagnostics.first
    }
}

func loadFailure(_ text: String, file: String = "test.yaml", limits: LoadLimits = .default) -> Diagnostic? {
    loadFailure(Array(text.utf8), file: file, limits: limits)
}

/// Returns the node at a path of mapping keys and sequence indexes, such as `["paths", "/a", 0]`.
func node(_ root: Node, _ path: [any PathComponent]) -> Node? {
    var current: Node? = root
    for component in path {
        current = current.flatMap(component.step)
    }
    return current
}

protocol PathComponent {
    func step(_ node: Node) -> Node?
}

extension String: PathComponent {
    func step(_ node: Node) -> Node? { node[self] }
}

extension Int: PathComponent {
    func step(_ node: Node) -> Node? {
        guard let elements = node.elements, elements.indices.contains(self) else {
            return nil
        }
        return elements[self]
    }
}

/// `line:column` of a location, for compact expectations.
func position(_ location: ForgeDiagnostics.SourceLocation?) -> String? {
    location.map { "\($0.line):\($0.column)" }
}

/// Paths to material kept beside the repository: the sibling `shared` folder of its root.
enum SharedMaterial {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let cases = repositoryRoot + "/../shared/cases"
    static let corpus = repositoryRoot + "/../shared/corpus"

    static var hasCases: Bool { FileManager.default.fileExists(atPath: cases) }
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus) }
}
