import ForgeDocument
import ForgeTestSupport
import Foundation
import Testing

/// Compares the reader with Python's openapi-spec-validator (when installed) on the corpus
/// documents under 1 MB and on the invalid fixtures: a document the validator rejects must be
/// rejected here too, unless it is a listed difference. The script runs on all documents with
/// `Scripts/crosscheck-openapi-spec-validator.py --corpus <corpus>`.
@Suite(.enabled(if: TestPaths.hasShared && SpecValidator.installed))
struct CrossCheckTests {
    /// Documents the validator rejects and the reader accepts on purpose, with the reason.
    static let acceptedDifferences: [String: String] = [
        "swift-openapi-generator/petstore.yaml":
            "a server variable enum lists the number 8443; the reader warns and takes its text",
        "digitalocean/multifile/specification/DigitalOcean-public.v2.yaml":
            "`$ref` stands for whole operations and descriptions; the reader follows JSON references anywhere",
        "kubernetes/apis__batch__v1_openapi.json": "a default of '' outside its enum; the reader warns",
        "kubernetes/apis__apps__v1_openapi.json": "a default of '' outside its enum; the reader warns",
        "kubernetes/api__v1_openapi.json": "a default of '' outside its enum; the reader warns",
        "misspelled-keys.yaml": "unknown keys are warnings with a suggestion, so reading goes on",
        "response-without-description-30.yaml": "a response without description is a warning in OpenAPI 3.0 documents",
    ]

    @Test func rejectsWhatTheValidatorRejects() throws {
        let script = TestPaths.repository + "/Scripts/crosscheck-openapi-spec-validator.py"
        let output = try SpecValidator.run([
            "python3", script, "--max-bytes", "1000000", "--corpus", TestPaths.shared + "/corpus",
            "--fixtures", TestPaths.fixtures + "/invalid",
        ])
        #expect(output.status == 0)
        var checked = 0
        for line in output.text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, fields[0] != "valid" else {
                checked += 1
                continue
            }
            checked += 1
            let path = fields[2]
            if Self.acceptedDifferences.keys.contains(where: { path.hasSuffix("/" + $0) }) {
                continue
            }
            let rejected = DocumentReader().read(contentsOf: path).hasErrors
            #expect(rejected, "the validator rejects \(path) (\(fields[3])) but the reader accepts it")
        }
        #expect(checked >= 50)
    }
}

/// Python's openapi-spec-validator, run as a separate process.
enum SpecValidator {
    static let installed: Bool = {
        (try? run(["python3", "-c", "import openapi_spec_validator"]))?.status == 0
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let result = try ChildProcess.run(arguments, discardsErrors: true)
        return (result.status, result.output)
    }
}
