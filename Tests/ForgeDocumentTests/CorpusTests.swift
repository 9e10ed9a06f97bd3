import ForgeDocument
import Foundation
import Testing

/// Real-world documents from the shared corpus beside the repository (skipped where absent):
/// every OpenAPI 3.x document reads without errors and Swagger 2.0 is refused cleanly.
@Suite(.enabled(if: TestPaths.hasShared))
struct CorpusTests {
    static var corpus: String {
        TestPaths.shared + "/corpus"
    }

    /// The documents listed in the corpus manifest: the first column of its table.
    static let documents: [String] = {
        guard let manifest = try? String(contentsOfFile: corpus + "/MANIFEST.md", encoding: .utf8) else {
            return []
        }
        return manifest.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else {
                return nil
            }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
    }()

    static let swagger = ["slack/slack_web_openapi_v2.json", "oai-spec-examples/v2.0/petstore.yaml"]

    @Test func manifestListed() {
        #expect(Self.documents.count >= 40)
        #expect(Self.documents.contains("digitalocean/multifile/specification/DigitalOcean-public.v2.yaml"))
    }

    @Test(arguments: documents.filter { !swagger.contains($0) })
    func readsWithoutErrors(_ name: String) throws {
        let result = DocumentReader().read(contentsOf: Self.corpus + "/" + name)
        #expect(result.errors.isEmpty, "\(name): \(result.errors.prefix(5))")
        let document = try #require(result.document)
        #expect(!document.paths.isEmpty || !document.webhooks.isEmpty)
    }

    @Test(arguments: swagger)
    func swaggerRefused(_ name: String) throws {
        let result = DocumentReader().read(contentsOf: Self.corpus + "/" + name)
        #expect(result.document == nil)
        #expect(result.errors.count == 1)
        #expect(
            result.errors.first?.message
                == "Swagger 2.0 documents are not supported; convert the document to OpenAPI 3.x (supported versions: 3.0.x, 3.1.x, 3.2.x)"
        )
        #expect(result.errors.first?.location?.line != nil)
    }

    @Test func multiFileDocument() throws {
        let root = Self.corpus + "/digitalocean/multifile/specification/DigitalOcean-public.v2.yaml"
        let result = DocumentReader().read(contentsOf: root)
        let document = try #require(result.document)
        #expect(document.operations.count == 659)
        #expect(result.loadedFiles.count > 1000)
        #expect(Set(result.loadedFiles).count == result.loadedFiles.count)
        #expect(document.operations.allSatisfy { !$0.responses.isEmpty })
    }
}
