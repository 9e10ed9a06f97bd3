import ForgeDocument
import Testing

/// Typed values read from small documents.
struct ModelTests {
    static let petstore = """
        openapi: 3.1.0
        info: {title: Pets, version: "2.0"}
        servers:
          - url: https://{region}.example.com
            variables:
              region: {default: eu, enum: [eu, us]}
        security:
          - bearerAuth: []
        tags:
          - {name: pets, description: Pets.}
        paths:
          /pets/{petId}:
            summary: One pet.
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
            delete:
              operationId: deletePet
              security: []
              responses:
                '204': {description: Deleted.}
            get:
              operationId: getPet
              tags: [pets]
              deprecated: true
              parameters:
                - {name: verbose, in: query, schema: {type: boolean}}
              responses:
                '200':
                  description: A pet.
                  headers:
                    X-Rate: {schema: {type: integer}}
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                4XX: {description: Client error.}
                default: {description: Other.}
        webhooks:
          petAdded:
            post:
              operationId: petAdded
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: string}
                kind: {type: string}
              discriminator:
                propertyName: kind
                mapping: {dog: Dog, cat: '#/components/schemas/Cat'}
            Dog: {type: object}
            Cat: {type: object}
          securitySchemes:
            bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}
            key: {type: apiKey, name: X-Key, in: header}
            oauth:
              type: oauth2
              flows:
                clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {read: Read.}}
        """

    @Test func operationsInMethodOrder() throws {
        let document = try document(Self.petstore)
        let item = try #require(document.paths.first)
        #expect(item.path == "/pets/{petId}")
        #expect(item.item.operations.map(\.method) == [.get, .delete])
        #expect(item.item.parameters.map(\.name) == ["petId"])
        #expect(item.item.operations[0].parameters.map(\.name) == ["verbose"])
        #expect(item.item.summary == "One pet.")
    }

    @Test func responses() throws {
        let get = try #require(try document(Self.petstore).operation(id: "getPet"))
        #expect(get.responses.map(\.status) == [.code(200), .range(4), .default])
        #expect(get.responses[0].response.headers.map(\.name) == ["X-Rate"])
        #expect(get.responses[0].response.content.map(\.contentType) == ["application/json"])
        #expect(get.tags == ["pets"])
        #expect(get.deprecated)
    }

    @Test func security() throws {
        let document = try document(Self.petstore)
        #expect(document.security?.first?.schemes.map(\.schemeName) == ["bearerAuth"])
        #expect(document.operation(id: "getPet")?.security == nil)
        #expect(document.operation(id: "deletePet")?.security?.isEmpty == true)
        let schemes = document.components.securitySchemes
        guard case .http(let scheme, let format)? = schemes.value(named: "bearerAuth")?.kind else {
            Issue.record("bearerAuth is not an HTTP scheme")
            return
        }
        #expect(scheme == "bearer")
        #expect(format == "JWT")
        guard case .apiKey(let name, let placement)? = schemes.value(named: "key")?.kind else {
            Issue.record("key is not an API key scheme")
            return
        }
        #expect(name == "X-Key")
        #expect(placement == .header)
        guard case .oauth2(let flows)? = schemes.value(named: "oauth")?.kind else {
            Issue.record("oauth is not an OAuth 2 scheme")
            return
        }
        #expect(flows.clientCredentials?.scopes.map(\.name) == ["read"])
    }

    @Test func webhooks() throws {
        let document = try document(Self.petstore)
        let webhook = try #require(document.operation(id: "petAdded"))
        #expect(webhook.path == "petAdded")
        #expect(webhook.requestBody?.required == true)
        #expect(document.operations.count == 2)
    }

    @Test func discriminatorMapping() throws {
        let pet = try #require(try document(Self.petstore).componentSchema("Pet"))
        let mapping = try #require(pet.discriminator?.mapping)
        #expect(mapping.map(\.value) == ["dog", "cat"])
        #expect(mapping.map(\.reference.target.pointer) == ["/components/schemas/Dog", "/components/schemas/Cat"])
        #expect(pet.required == ["id"])
    }

    @Test func serversAndTags() throws {
        let document = try document(Self.petstore)
        #expect(document.servers.first?.variables.first?.value.enumValues == ["eu", "us"])
        #expect(document.tags.map(\.name) == ["pets"])
        #expect(document.info.version == "2.0")
    }

    @Test func summary() throws {
        let summary = DocumentSummary(try document(Self.petstore, file: "openapi/pets.yaml"))
        #expect(summary.description == "openapi/pets.yaml: OpenAPI 3.1.0, 1 path, 2 operations, 3 schemas")
    }

    @Test func version32() throws {
        let document = try document(
            """
            openapi: 3.2.0
            info: {title: Methods, version: "1"}
            paths:
              /search:
                query:
                  operationId: search
                additionalOperations:
                  LOCK:
                    operationId: lock
            """)
        #expect(document.paths.first?.item.operations.map(\.method) == [.query, HTTPMethod("LOCK")])
    }

    @Test func callbacksIgnored() throws {
        let result = try read(
            """
            openapi: 3.1.0
            info: {title: Callbacks, version: "1"}
            paths:
              /subscribe:
                post:
                  callbacks:
                    onEvent: {}
            """)
        #expect(
            result.warnings.map(\.message) == [
                "callbacks are not supported; the callbacks of POST /subscribe are ignored"
            ])
    }

    @Test func responsesOptionalIn31() throws {
        let result31 = try read("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {/a: {get: {}}}\n")
        #expect(result31.diagnostics.isEmpty)
        let result30 = try read("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {/a: {get: {}}}\n")
        #expect(result30.warnings.map(\.message) == ["GET /a has no 'responses'"])
        #expect(result30.document?.operations.count == 1)
    }

    @Test func pathLevelParametersCount() throws {
        let result = try read(
            """
            openapi: 3.1.0
            info: {title: Merge, version: "1"}
            paths:
              /a/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                get: {}
                put:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer}}
            """)
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func missingRootFile() {
        let result = DocumentReader().read(contentsOf: "no-such-folder/openapi.yaml")
        #expect(result.document == nil)
        #expect(result.hasErrors)
        #expect(result.loadedFiles.isEmpty)
    }

    @Test func diagnosticsInLocationOrder() throws {
        let result = try read(
            """
            openapi: 3.0.3
            info: {title: Order, version: "1"}
            paths: {}
            components:
              schemas:
                B: {tpye: string}
                A: {type: int}
            """)
        #expect(result.diagnostics.map(\.location?.line) == [6, 7])
    }
}
