import ForgeDocument
import Foundation
import Testing

/// `$ref` resolution: JSON pointers, other files, cycles and refused targets.
struct ReferenceTests {
    @Test func pointerSegments() {
        #expect(JSONPointer.segments(of: "/a~1b/t~0n/~01") == ["a/b", "t~n", "~1"])
        #expect(JSONPointer.segments(of: "") == [])
        #expect(JSONPointer.escape("a/b~c") == "a~1b~0c")
        let target = ReferenceTarget(file: "api.yaml", pointer: "/paths").appending("/pets/{id}")
        #expect(target.pointer == "/paths/~1pets~1{id}")
        #expect(target.lastSegment == "/pets/{id}")
    }

    @Test func escapedPointers() throws {
        let document = try document(
            """
            openapi: 3.1.0
            info: {title: Pointers, version: "1"}
            components:
              schemas:
                a/b: {type: string}
                t~n: {type: integer}
                with space: {type: boolean}
                Holder:
                  properties:
                    slash: {$ref: '#/components/schemas/a~1b'}
                    tilde: {$ref: '#/components/schemas/t~0n'}
                    space: {$ref: '#/components/schemas/with%20space'}
            """)
        let holder = try #require(document.componentSchema("Holder"))
        let targets = holder.properties.compactMap(\.schema.reference?.target)
        #expect(
            targets.map(\.pointer) == [
                "/components/schemas/a~1b", "/components/schemas/t~0n", "/components/schemas/with space",
            ])
        #expect(targets.map { document.schema(at: $0)?.types?.first } == [.string, .integer, .boolean])
    }

    static let externalFiles = [
        "api/root.yaml": """
        openapi: 3.0.3
        info: {title: External, version: "1"}
        paths:
          /invoices/{invoiceId}:
            get:
              operationId: getInvoice
              parameters:
                - $ref: './common/common.yaml#/components/parameters/InvoiceId'
              responses:
                '200':
                  description: An invoice.
                  content:
                    application/json:
                      schema: {$ref: './common/common.yaml#/components/schemas/Money'}
                default:
                  description: Error.
                  content:
                    application/json:
                      schema: {$ref: 'error.yaml'}
        """,
        "api/common/common.yaml": """
        components:
          parameters:
            InvoiceId:
              name: invoiceId
              in: path
              required: true
              schema: {type: string, pattern: '^inv-[0-9]+$'}
          schemas:
            Money:
              properties:
                currency: {$ref: './types/currency.yaml#/Currency'}
        """,
        "api/common/types/currency.yaml": "Currency: {type: string, enum: [EUR, USD]}\n",
        "api/error.yaml": "type: object\nproperties:\n  code: {type: integer}\n",
    ]

    @Test func externalFiles() throws {
        let folder = try TemporaryFolder(Self.externalFiles)
        let result = folder.read("api/root.yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let document = try #require(result.document)
        let operation = try #require(document.operation(id: "getInvoice"))
        let parameter = try #require(operation.parameters.first)
        #expect(parameter.name == "invoiceId")
        #expect(parameter.schema?.pattern?.text == "^inv-[0-9]+$")
        #expect(parameter.reference?.target.file == folder.path + "/api/common/common.yaml")
        #expect(parameter.location.file == folder.path + "/api/common/common.yaml")
        #expect(parameter.location.line == 4)

        let money = try #require(operation.responses.first?.response.content.first?.schema?.reference)
        let currencyReference = try #require(document.schema(at: money.target)?.properties.first?.schema.reference)
        #expect(
            currencyReference.target
                == ReferenceTarget(file: folder.path + "/api/common/types/currency.yaml", pointer: "/Currency"))
        #expect(document.schema(at: currencyReference.target)?.enumValues?.map(\.text) == ["EUR", "USD"])

        let error = try #require(operation.responses.last?.response.content.first?.schema?.reference)
        #expect(error.target == ReferenceTarget(file: folder.path + "/api/error.yaml", pointer: ""))
        #expect(document.schema(at: error.target)?.properties.first?.name == "code")
        #expect(result.loadedFiles.count == 4)
    }

    @Test func missingFile() throws {
        var files = Self.externalFiles
        files["api/root.yaml"] = files["api/root.yaml"]?.replacingOccurrences(
            of: "'error.yaml'", with: "'errors/missing.yaml'")
        let folder = try TemporaryFolder(files)
        let result = folder.read("api/root.yaml")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(
            error.message
                == "cannot resolve reference 'errors/missing.yaml': file '\(folder.path)/api/errors/missing.yaml' does not exist"
        )
        #expect(error.location?.file == folder.path + "/api/root.yaml")
        #expect(error.location?.line == 19)
        #expect(error.location?.column == 30)
    }

    @Test func refusedTargets() throws {
        let folder = try TemporaryFolder([
            "api/root.yaml": """
            openapi: 3.1.0
            info: {title: Refused, version: "1"}
            components:
              schemas:
                A: {$ref: 'file:///etc/passwd'}
                B: {$ref: '//example.com/schemas.yaml'}
                C: {$ref: '../secret.yaml'}
                D: {$ref: 'sub/../../secret.yaml#/S'}
            """,
            "secret.yaml": "S: {type: string}\n",
        ])
        let result = folder.read("api/root.yaml")
        #expect(result.errors.map(\.location?.line) == [5, 6, 7, 8])
        #expect(result.errors[0].message.contains("points at a URL"))
        #expect(result.errors[1].message.contains("points at a URL"))
        #expect(result.errors[2].message.contains("outside the folder of the root document"))
        #expect(result.errors[3].message.contains("outside the folder of the root document"))
        #expect(result.loadedFiles == [folder.path + "/api/root.yaml"])
    }

    @Test func recursionKept() throws {
        let document = try document(
            """
            openapi: 3.1.0
            info: {title: Recursion, version: "1"}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    next: {$ref: '#/components/schemas/Alias'}
                Alias: {$ref: '#/components/schemas/Node'}
            """)
        let node = try #require(document.componentSchema("Node"))
        let items = try #require(node.properties.first?.schema.items?.reference)
        #expect(items.target == node.origin)
        #expect(document.componentSchema("Alias")?.isReferenceOnly == true)
    }

    @Test func referencedObjectsKeepTheirReference() throws {
        let document = try document(
            """
            openapi: 3.1.0
            info: {title: Reuse, version: "1"}
            paths:
              /a:
                get:
                  parameters:
                    - $ref: '#/components/parameters/Limit'
                      description: Overrides the shared description.
                  responses:
                    '200': {$ref: '#/components/responses/Ok'}
            components:
              parameters:
                Limit: {name: limit, in: query, description: Shared., schema: {type: integer}}
              responses:
                Ok: {description: Fine.}
            """)
        let operation = try #require(document.operations.first)
        let parameter = try #require(operation.parameters.first)
        #expect(parameter.description == "Overrides the shared description.")
        #expect(parameter.reference?.text == "#/components/parameters/Limit")
        #expect(parameter.reference?.location.line == 7)
        #expect(parameter.location.line == 13)
        #expect(operation.responses.first?.response.description == "Fine.")
        #expect(document.components.parameters.first?.value.description == "Shared.")
    }

    @Test func schemaTargetOutsideComponents() throws {
        let document = try document(
            """
            openapi: 3.1.0
            info: {title: Fragments, version: "1"}
            x-fragments:
              id: {type: string, format: uuid}
            components:
              schemas:
                Item: {properties: {id: {$ref: '#/x-fragments/id'}}}
            """)
        let target = ReferenceTarget(file: "inline.yaml", pointer: "/x-fragments/id")
        #expect(document.schema(at: target)?.format == "uuid")
    }
}
