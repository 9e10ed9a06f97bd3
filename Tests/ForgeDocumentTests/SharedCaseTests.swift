import ForgeDocument
import Foundation
import Testing

/// Documents that broke other generators; they live in the shared material beside the
/// repository, so these tests are skipped where it is absent.
@Suite(.enabled(if: TestPaths.hasShared))
struct SharedCaseTests {
    static func readCase(_ name: String) -> DocumentReadResult {
        DocumentReader().read(contentsOf: TestPaths.shared + "/cases/" + name)
    }

    @Test func externalReferences() throws {
        let result = Self.readCase("016-external-ref.yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let document = try #require(result.document)
        let operation = try #require(document.operation(id: "getInvoice"))
        #expect(operation.parameters.first?.name == "invoiceId")
        #expect(operation.parameters.first?.in == .path)
        #expect(operation.parameters.first?.schema?.pattern?.text == "^inv-[0-9]+$")

        let invoice = try #require(document.componentSchema("Invoice"))
        let money = try #require(invoice.properties.last?.schema.reference)
        #expect(money.target.lastSegment == "Money")
        let currency = try #require(document.schema(at: money.target)?.properties.last?.schema.reference)
        #expect(currency.target.file.hasSuffix("/cases/016-external-ref/types/currency.yaml"))
        #expect(document.schema(at: currency.target)?.enumValues?.map(\.text) == ["EUR", "USD", "JPY"])

        let error = try #require(operation.responses.last?.response.content.first?.schema?.reference)
        #expect(error.target.file.hasSuffix("/cases/016-external-ref/error.yaml"))
        #expect(error.target.pointer == "")
        #expect(document.schema(at: error.target)?.required == ["code", "message"])
        #expect(result.loadedFiles.count == 4)
    }

    @Test func missingExternalFile() throws {
        let source = TestPaths.shared + "/cases/"
        let original = try String(contentsOfFile: source + "016-external-ref.yaml", encoding: .utf8)
        let broken = original.replacingOccurrences(
            of: "./016-external-ref/error.yaml", with: "./016-external-ref/gone.yaml")
        var files = ["016-external-ref.yaml": broken]
        for name in ["common.yaml", "error.yaml", "types/currency.yaml"] {
            files["016-external-ref/" + name] = try String(
                contentsOfFile: source + "016-external-ref/" + name, encoding: .utf8)
        }
        let folder = try TemporaryFolder(files)
        let result = folder.read("016-external-ref.yaml")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.message.contains("'./016-external-ref/gone.yaml'"))
        #expect(error.message.contains("'\(folder.path)/016-external-ref/gone.yaml'"))
        #expect(error.location?.file == folder.path + "/016-external-ref.yaml")
        #expect(error.location?.line == 25)
    }

    @Test func pathItemReferences() throws {
        let result = Self.readCase("018-path-item-ref.yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let document = try #require(result.document)
        #expect(document.paths.map(\.path) == ["/health", "/reports/{reportId}"])
        let health = try #require(document.operation(id: "getHealth"))
        #expect(health.path == "/health")
        #expect(health.responses.first?.response.content.first?.contentType == "text/plain")
        let report = try #require(document.paths.last?.item)
        #expect(report.operations.map(\.operationId) == ["getReport", "deleteReport"])
        #expect(report.operations.allSatisfy { $0.path == "/reports/{reportId}" })
        #expect(report.parameters.map(\.name) == ["reportId"])
        #expect(report.summary == "Report resource (summary overrides the referenced one).")
        #expect(report.reference?.target.pointer == "/components/pathItems/Report")
    }

    @Test func mergeKeys() throws {
        let result = Self.readCase("021-yaml-merge-keys.yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let operation = try #require(result.document?.operation(id: "listNotes"))
        let limit = try #require(operation.parameters.first { $0.name == "limit" })
        #expect(limit.in == .query)
        #expect(!limit.required)
        #expect(limit.schema?.minimum?.integerValue == 1)
        #expect(limit.schema?.maximum?.integerValue == 100)
        let offset = try #require(operation.parameters.first { $0.name == "offset" })
        #expect(offset.in == .query)
        #expect(offset.schema?.minimum?.integerValue == 0)
        #expect(offset.schema?.maximum == nil)
        #expect(Set(operation.responses.map(\.status)) == [.code(200), .code(400), .code(500)])
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("<<") })
    }

    @Test func anchorsAndAliases() throws {
        let result = Self.readCase("022-yaml-anchors-aliases.yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let document = try #require(result.document)
        #expect(document.security?.first?.schemes.first?.schemeName == "bearerAuth")
        let status = try #require(document.operation(id: "getStatus"))
        #expect(status.security?.isEmpty == true)
        #expect(document.operation(id: "getItem")?.parameters.first?.schema?.format == "uuid")
        let item = try #require(document.componentSchema("Item"))
        #expect(item.properties.map(\.schema.format) == ["uuid", "uuid", nil])
        #expect(item.properties.last?.schema.maxLength?.integerValue == 64)
    }

    @Test func integerKeywordsAsFloats() throws {
        let result = Self.readCase("026-integer-keywords-written-as-floats.yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let schema = try #require(result.document?.operation(id: "listPages")?.parameters.first?.schema)
        #expect(schema.minimum?.integerValue == 1)
        #expect(schema.maximum?.integerValue == 100)
        #expect(schema.multipleOf?.integerValue == 5)
        #expect(schema.defaultValue?.scalar?.integerValue == 10)
        #expect(schema.defaultValue?.location.line == 21)
        #expect(schema.maximum?.location.line == 19)
        let ratio = try #require(result.document?.componentSchema("Page")?.properties.last?.schema)
        #expect(ratio.exclusiveMaximum?.integerValue == 1)
        #expect(ratio.maximum == nil)
    }

    @Test func duplicateOperationId() throws {
        let result = Self.readCase("030-operationid-duplicate-and-missing.yaml")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.message.contains("'listThings'"))
        #expect(error.message.contains("GET /alpha"))
        #expect(error.message.contains("GET /beta"))
        #expect(error.location?.line == 16)
        #expect(error.notes.first?.location?.line == 10)
        #expect(error.notes.first?.location?.file.hasSuffix("030-operationid-duplicate-and-missing.yaml") == true)
        #expect(result.document?.operations.count == 4)
    }
}
