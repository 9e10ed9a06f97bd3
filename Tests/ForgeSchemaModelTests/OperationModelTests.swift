import Testing

@testable import ForgeSchemaModel

struct OperationModelTests {
    private static let document = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        security: [{token: []}]
        paths:
          /pets/{petId}:
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
              - {name: verbose, in: query, schema: {type: boolean}}
            get:
              operationId: get-pet
              tags: [pets]
              parameters:
                - {name: verbose, in: query, schema: {type: integer}}
                - {name: ids, in: query, style: pipeDelimited, schema: {type: array, items: {type: integer}}}
                - {name: X-Trace, in: header, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  headers:
                    X-Rate: {schema: {type: integer}}
                    Content-Type: {schema: {type: string}}
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                    application/problem+json: {schema: {type: object, properties: {title: {type: string}}}}
                '4XX': {description: client}
                '404': {description: missing}
                default: {description: other, content: {text/plain: {schema: {type: string}}}}
            put:
              security: []
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded: {schema: {type: object, properties: {a: {type: string}}}}
                  multipart/form-data: {schema: {type: object, properties: {f: {type: string, format: binary}}}}
                  image/png: {}
                  application/xml: {}
              responses:
                '204': {description: done}
          /owners:
            post:
              tags: [owners]
              security: [{key: []}, {basic: [], key: []}]
              requestBody:
                content:
                  application/json: {schema: {$ref: '#/components/schemas/Owner'}}
              responses:
                '201': {description: created}
        components:
          securitySchemes:
            token: {type: http, scheme: bearer}
            basic: {type: http, scheme: basic}
            key: {type: apiKey, name: X-Key, in: header}
            oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://auth.invalid/token', scopes: {}}}}
            digest: {type: http, scheme: digest}
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
            Owner: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet'}}}
            Unused: {type: object, properties: {x: {type: string}}}
        """

    private func model(_ options: SchemaModelOptions = .init()) throws -> SchemaModel {
        try ModelFixture.model(yaml: Self.document, options: options)
    }

    @Test func methodNames() throws {
        let model = try model()
        #expect(model.operations.map(\.methodName) == ["getPet", "putPetsPetId", "postOwners"])
        #expect(model.operations.map(\.typeName) == ["GetPet", "PutPetsPetId", "PostOwners"])
    }

    @Test func mergedParameters() throws {
        let get = try #require(try model().operation("getPet"))
        #expect(get.parameters.map(\.name) == ["petId", "verbose", "ids", "X-Trace"])
        #expect(get.parameters[1].type == .builtin(.int))
        #expect(get.parameters[0].isRequired)
        #expect(get.parameters.map(\.style) == [.simple, .form, .pipeDelimited, .simple])
        #expect(get.parameters.map(\.explode) == [false, true, false, false])
        #expect(get.pathComponents == [.literal("/pets/"), .parameter(swiftName: "petId")])
    }

    @Test func responses() throws {
        let get = try #require(try model().operation("getPet"))
        #expect(get.responses.map(\.caseName) == ["ok", "clientError", "notFound", "`default`"])
        #expect(get.responses.map(\.status) == [.code(200), .range(4), .code(404), .default])
        let ok = get.responses[0]
        #expect(ok.headers.map(\.name) == ["X-Rate"])
        #expect(ok.contents.map(\.swiftName) == ["json", "problemJson"])
        #expect(ok.contents.map(\.type) == [.named("Pet"), .named("Operations.GetPet.OkBodyProblemJson")])
        #expect(get.responses[3].contents.first?.encoding == .text)
        #expect(get.acceptedContentTypes == ["application/json", "application/problem+json", "text/plain"])
        #expect(get.nestedTypes.map(\.qualifiedName) == ["Operations.GetPet.OkBodyProblemJson"])
    }

    @Test func headersDifferingInCase() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: Headers, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: Items.
                      headers:
                        X-Rate-Limit: {schema: {type: integer}}
                        x-rate-limit: {schema: {type: integer}}
                        '': {schema: {type: string}}
            """
        let model = try ModelFixture.model(yaml: yaml)
        let ok = try #require(model.operation("listItems")?.responses.first)
        #expect(ok.headers.map(\.name) == ["X-Rate-Limit"])
        let messages = model.diagnostics.map(\.message)
        let duplicate = "response header 'x-rate-limit' is the same header as 'X-Rate-Limit'"
        #expect(messages.contains { $0.hasPrefix(duplicate) })
        #expect(messages.contains { $0.hasPrefix("a response header has an empty name") })
    }

    @Test func bodyEncodings() throws {
        let model = try model()
        let body = try #require(model.operation("putPetsPetId")?.requestBody)
        #expect(body.isRequired)
        #expect(body.contents.map(\.encoding) == [.formURLEncoded, .multipart, .binary, .binary])
        #expect(body.contents.map(\.swiftName) == ["form", "formData", "png", "xml"])
        #expect(body.contents[2].type == .builtin(.data))
        #expect(model.warnings(containing: "media type 'application/xml' is not modelled").count == 1)
    }

    @Test func security() throws {
        let model = try model()
        #expect(model.operation("getPet")?.security.map(\.schemes) == [["token"]])
        #expect(model.operation("putPetsPetId")?.security == [])
        #expect(model.operation("postOwners")?.security.map(\.schemes) == [["key"], ["basic", "key"]])
        #expect(model.securitySchemes.map(\.name) == ["token", "basic", "key", "oauth"])
        #expect(model.securitySchemes[2].kind == .apiKey(name: "X-Key", location: .header))
        #expect(model.securitySchemes[3].kind == .oauth2)
        #expect(model.warnings(containing: "scheme 'digest'").count == 1)
    }

    @Test func filterDropsUnreachable() throws {
        let all = try model()
        #expect(all.types.map(\.name) == ["Owner", "Pet", "Unused"])
        let pets = try model(.init(operationFilter: OperationFilter(tags: ["pets"])))
        #expect(pets.operations.map(\.methodName) == ["getPet"])
        #expect(pets.types.map(\.name) == ["Pet"])
        let owners = try model(.init(operationFilter: OperationFilter(operationIds: [], paths: ["/owners"])))
        #expect(owners.types.map(\.name) == ["Owner", "Pet"])
    }

    @Test func modelDumpIsStable() throws {
        let path = ModelFixture.repository.appendingPathComponent("openapi/training-routine.yaml").path
        let first = encodeModelJSON(try ModelFixture.model(path: path))
        #expect(first == encodeModelJSON(try ModelFixture.model(path: path)))
        #expect(first.contains("\"methodName\" : \"createTrainingRoutine\""))
        #expect(first.contains("\"type\" : \"[Int]\""))
    }
}

struct NameStabilityTests {
    private func names(_ keys: [String]) throws -> [String: String] {
        let schemas = keys.map { "'\($0)': {type: object, properties: {x: {type: string}}}" }.joined(separator: "\n")
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas))
        var byKey: [String: String] = [:]
        for declaration in model.types {
            if case .structure(let structure) = declaration {
                byKey[structure.origin] = structure.name
            }
        }
        return byKey
    }

    @Test func addingSchemaKeepsNames() throws {
        let before = try names(["user-name", "user_name", "Order"])
        let after = try names(["user-name", "user_name", "Order", "Zebra", "user.name", "Alpha"])
        for key in before.keys {
            #expect(before[key] == after[key])
        }
        #expect(before["user-name"] == "UserName")
        #expect(before["user_name"] == "UserName_" + StableHash.hex("user_name"))
    }

    @Test func exactKeyKeepsName() throws {
        let names = try names(["user-name", "UserName"])
        #expect(names["UserName"] == "UserName")
        #expect(names["user-name"] == "UserName_" + StableHash.hex("user-name"))
    }
}

struct OperationNameCollisionTests {
    /// Two operation ids that give one method name: the id already spelled as the method keeps it.
    @Test func exactOperationIdKeepsName() throws {
        let model = try ModelFixture.model(
            yaml: """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      operationId: get-item
                      responses: {'204': {description: none}}
                  /b:
                    get:
                      operationId: getItem
                      responses: {'204': {description: none}}
                """)
        let byPath = Dictionary(uniqueKeysWithValues: model.operations.map { ($0.path, $0) })
        #expect(byPath["/b"]?.methodName == "getItem")
        #expect(byPath["/b"]?.typeName == "GetItem")
        #expect(byPath["/a"]?.methodName.hasPrefix("getItem_") == true)
        #expect(byPath["/a"]?.typeName != "GetItem")
    }
}

struct OperationNamespaceTests {
    @Test func schemaNameAvoided() throws {
        let model = try ModelFixture.model(
            yaml: """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /contexts:
                    post:
                      operationId: createContext
                      responses:
                        '201':
                          description: created
                          content:
                            application/json: {schema: {$ref: '#/components/schemas/CreateContext'}}
                    get:
                      operationId: listContexts
                      responses:
                        '200': {description: ok}
                components:
                  schemas:
                    CreateContext: {type: object, properties: {id: {type: string}}}
                """)
        #expect(model.operations.map(\.typeName) == ["ListContexts", "CreateContextOperation"])
        #expect(model.structure("CreateContext") != nil)
    }
}
