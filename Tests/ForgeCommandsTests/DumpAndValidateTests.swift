import Foundation
import Testing

@Suite("dump and validate")
struct DumpAndValidateTests {
    @Test("dump prints canonical JSON")
    func dumpPrintsCanonicalJSON() throws {
        let directory = try makeTemporaryDirectory()
        let path = try write("b: [1, 0x1F, 3.10]\na: yes\nc: ~\n", to: "doc.yaml", in: directory)

        let run = runTool("dump", path)

        #expect(run.status == 0)
        #expect(run.output == "{\n  \"a\": \"yes\",\n  \"b\": [\n    1,\n    31,\n    3.10\n  ],\n  \"c\": null\n}\n")
    }

    @Test("dump reports a syntax error with location")
    func dumpReportsSyntaxError() throws {
        let directory = try makeTemporaryDirectory()
        let path = try write("a: 1\nb: [1, 2\nc: 3\n", to: "broken.yaml", in: directory)

        let run = runTool("dump", path)

        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error.hasPrefix("\(path):"))
        #expect(run.error.contains(": error: "))
    }

    @Test("validate summarises the bundled document")
    func validateSummary() {
        let run = runTool("validate", repositoryPath("openapi/training-routine.yaml"))
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("OpenAPI 3.1.0, 1 path, 1 operation, 2 schemas\n"))
    }

    @Test("validate reports generation warnings")
    func validateReportsModelWarnings() {
        let path = repositoryPath("openapi/training-routine.yaml")

        let lenient = runTool("validate", path)
        let strict = runTool("validate", "--strict", path)

        #expect(lenient.status == 0)
        #expect(lenient.error.contains("\(path):20:11: warning: header parameter 'content-type' is ignored"))
        #expect(strict.status == 1)
    }

    @Test("dump rejects a FIFO without blocking")
    func dumpRejectsFIFO() throws {
        let directory = try makeTemporaryDirectory()
        let path = directory.appendingPathComponent("pipe.yaml").path
        try #require(mkfifo(path, 0o600) == 0)

        let run = runTool("dump", path)

        #expect(run.status == 1)
        #expect(run.error.contains("cannot read '\(path)': not a regular file"))
    }

    @Test("validate rejects Swagger 2.0")
    func validateRejectsSwagger() throws {
        let directory = try makeTemporaryDirectory()
        let path = try write(
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", to: "old.yaml", in: directory)

        let run = runTool("validate", path)

        #expect(run.status == 1)
        #expect(run.error.contains("\(path):1:10: error: Swagger 2.0 documents are not supported"))
        #expect(run.error.contains("3.0.x, 3.1.x, 3.2.x"))
    }

    @Test("strict validation fails on warnings")
    func strictFailsOnWarnings() throws {
        let document = """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              name: {type: string, maxLenght: 3}
            """
        let directory = try makeTemporaryDirectory()
        let path = try write(document, to: "api.yaml", in: directory)

        let lenient = runTool("validate", path)
        let strict = runTool("validate", "--strict", path)

        #expect(lenient.status == 0)
        #expect(lenient.error.contains("warning:"))
        #expect(lenient.error.contains("did you mean 'maxLength'?"))
        #expect(strict.status == 1)
    }
}
