import ForgeEmitters
import Testing

@Suite("Model templates")
struct ModelTemplateTests {
    private func models(_ schemas: String, equality: EmitterOptions.Equality = .equatable) throws -> [GeneratedFile] {
        try Pipeline.files(yaml: Snippets.document(schemas: schemas)) { options in
            options.includesSourceLocations = false
            options.outputs = [.models]
            options.equality = equality
        }
    }

    @Test func requiredNullableHasNoDefaultAndEncodesNull() throws {
        let files: [GeneratedFile] = try models(
            """
            Assignment:
              type: object
              required: [ownerId]
              properties:
                ownerId: {type: [string, 'null']}
                priority: {type: integer}
            """)
        Snippets.expect(
            files,
            contains: """
                    public init(
                        ownerId: String?,
                        priority: Int? = nil
                    ) {
                """)
        Snippets.expect(files, contains: "try container.encodeRequiredNullable(self.ownerId, forKey: \"ownerId\")\n")
        Snippets.expect(
            files, contains: "self.ownerId = try container.decodeRequiredNullable(String.self, forKey: \"ownerId\")")
        Snippets.expect(files, contains: "try container.encodeIfPresent(self.priority, forKey: \"priority\")\n")
    }

    @Test func openEnumKeepsUnknownValues() throws {
        let files: [GeneratedFile] = try models("Status: {type: string, enum: [active, archived]}")
        Snippets.expect(
            files,
            contains: """
                public enum Status: OpenStringEnum {
                    case active
                    case archived
                    /// A value the document does not list, kept as it was received.
                    case unknown(String)

                    public init(rawValue: String) {
                        switch rawValue {
                        case "active":
                            self = .active
                        case "archived":
                            self = .archived
                        default:
                            self = .unknown(rawValue)
                        }
                    }

                    public var rawValue: String {
                        switch self {
                        case .active:
                            return "active"
                        case .archived:
                            return "archived"
                        case .unknown(let forge_value):
                            return forge_value
                        }
                    }
                }
                """)
    }

    @Test func propertiesAreCodedByTheirJSONNames() throws {
        let files: [GeneratedFile] = try models(
            """
            Person:
              type: object
              properties:
                first name: {type: string}
                age: {type: integer}
            """)
        Snippets.expect(
            files,
            contains: """
                    public init(from decoder: any Decoder) throws {
                        let container: KeyedDecodingContainer<PropertyKey> = try decoder.container(keyedBy: PropertyKey.self)
                        self.firstName = try container.decodeIfPresent(String.self, forKey: "first name")
                        self.age = try container.decodeIfPresent(Int.self, forKey: "age")
                    }
                """)
        Snippets.expect(files, contains: "try container.encodeIfPresent(self.firstName, forKey: \"first name\")\n")
        #expect(!files.allContents.contains("CodingKeys"))
    }

    @Test func conformancesFollowTheEqualityOption() throws {
        let files: [GeneratedFile] = try models(
            """
            Point:
              type: object
              required: [x]
              properties:
                x: {type: number}
            """)
        Snippets.expect(
            files, contains: "public struct Point: Codable, Equatable, Sendable {\n    public var x: Double\n")
        let hashable: [GeneratedFile] = try models(
            "Point: {type: object, properties: {x: {type: number}}}", equality: .hashable)
        Snippets.expect(hashable, contains: "public struct Point: Codable, Hashable, Sendable {\n")
        let plain: [GeneratedFile] = try models(
            "Point: {type: object, properties: {x: {type: number}}}", equality: .none)
        Snippets.expect(plain, contains: "public struct Point: Codable, Sendable {\n")
    }

    @Test func recursivePropertyIsBoxed() throws {
        let files: [GeneratedFile] = try models(
            """
            Node:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Node'}
            """)
        Snippets.expect(
            files,
            contains: """
                    public var parent: Node? {
                        get { self.forge_parent?.value }
                        set { self.forge_parent = newValue.map(Box<Node>.init) }
                    }
                    private var forge_parent: Box<Node>?
                """)
        Snippets.expect(files, contains: "self.forge_parent = parent.map(Box<Node>.init)\n")
        Snippets.expect(files, contains: "try container.encodeIfPresent(self.forge_parent, forKey: \"parent\")\n")
    }

    @Test func keptAdditionalPropertiesEncodeAtTopLevel() throws {
        let files: [GeneratedFile] = try models(
            """
            Metadata:
              type: object
              required: [source]
              properties:
                source: {type: string}
              additionalProperties: true
            """)
        Snippets.expect(
            files,
            contains: """
                        for forge_key in self.additionalProperties.keys.sorted() where !Self.forge_declaredKeys.contains(forge_key) {
                            let forge_codingKey: PropertyKey = PropertyKey(stringValue: forge_key)
                            try container.encode(self.additionalProperties[forge_key], forKey: forge_codingKey)
                        }
                """)
        Snippets.expect(files, contains: "private static let forge_declaredKeys: Set<String> = [\"source\"]\n")
    }

    @Test func forbiddenAdditionalPropertiesRejectKeys() throws {
        let files: [GeneratedFile] = try models(
            """
            StrictPoint:
              type: object
              properties:
                x: {type: number}
              additionalProperties: false
            """)
        Snippets.expect(
            files,
            contains: """
                        for forge_key in container.allKeys where !Self.forge_declaredKeys.contains(forge_key.stringValue) {
                            let forge_message: String =
                                "unexpected property '\\(forge_key.stringValue)' in StrictPoint"
                            throw DecodingError.dataCorruptedError(
                                forKey: forge_key, in: container, debugDescription: forge_message)
                        }
                """)
    }

    @Test func discriminatorIsInjectedWhenPayloadLacksIt() throws {
        let files: [GeneratedFile] = try models(
            """
            Step:
              oneOf:
                - $ref: '#/components/schemas/Tap'
                - $ref: '#/components/schemas/Swipe'
              discriminator:
                propertyName: kind
                mapping: {tap: '#/components/schemas/Tap', swipe: '#/components/schemas/Swipe'}
            Tap:
              type: object
              required: [kind]
              properties: {kind: {type: string}}
            Swipe:
              type: object
              properties: {direction: {type: string}}
            """)
        Snippets.expect(
            files,
            contains: """
                        case .tap(let forge_payload):
                            try forge_payload.encode(to: encoder)
                        case .swipe(let forge_payload):
                            try forge_payload.encode(to: encoder)
                            var container: KeyedEncodingContainer<PropertyKey> = encoder.container(keyedBy: PropertyKey.self)
                            try container.encode("swipe", forKey: "kind")
                """)
        Snippets.expect(files, contains: "        case \"tap\":\n            self = .tap(try Tap(from: decoder))\n")
    }

    @Test func oneOfWithoutDiscriminatorTriesEachCase() throws {
        let files: [GeneratedFile] = try models("Id:\n  oneOf: [{type: string}, {type: integer}]")
        Snippets.expect(
            files,
            contains: """
                        if let forge_payload = try? String(from: decoder) {
                            self = .case1(forge_payload)
                            return
                        }
                        if let forge_payload = try? Int(from: decoder) {
                """)
    }

    @Test func deprecatedPropertyIsStoredUnderAnotherName() throws {
        let files: [GeneratedFile] = try models(
            """
            User:
              type: object
              properties:
                login: {type: string, deprecated: true}
            """)
        Snippets.expect(
            files,
            contains: """
                    @available(*, deprecated)
                    public var login: String? {
                        get { self.forge_login }
                        set { self.forge_login = newValue }
                    }
                    internal var forge_login: String?
                """)
        Snippets.expect(files, contains: "self.forge_login = login\n")
    }

    @Test func deprecatedTypeUsedElsewhereIsOnlyDocumented() throws {
        let files: [GeneratedFile] = try models(
            """
            Role: {type: string, enum: [admin], deprecated: true}
            Legacy: {type: object, deprecated: true, properties: {name: {type: string}}}
            Member:
              type: object
              properties:
                role: {$ref: '#/components/schemas/Role'}
            """)
        Snippets.expect(
            files,
            contains: """
                /// - Deprecated: not marked with `@available`, because API that is not deprecated still uses it
                public enum Role: OpenStringEnum {
                """)
        Snippets.expect(
            files, contains: "@available(*, deprecated)\npublic struct Legacy: Codable, Equatable, Sendable {")
    }

    @Test func docCommentsCarryDocumentation() throws {
        let files: [GeneratedFile] = try Pipeline.files(
            yaml: Snippets.document(
                schemas: """
                    Page:
                      type: object
                      title: A page
                      description: |
                        One page of results.
                        Ordered by date.
                      properties:
                        size: {type: integer, default: 10, examples: [20]}
                    """)
        ) { $0.outputs = [.models] }
        Snippets.expect(
            files,
            contains: """
                /// A page
                ///
                /// One page of results.
                /// Ordered by date.
                ///
                /// - Source: api.yaml:7:7
                public struct Page: Codable, Equatable, Sendable {
                    /// - Default: `10`
                    /// - Example: `20`
                    /// - Source: api.yaml:13:9
                    public var size: Int?
                """)
    }

    @Test func accessModifierAndImportsComeFromOptions() throws {
        let files: [GeneratedFile] = try Pipeline.files(
            yaml: Snippets.document(schemas: "Ids: {type: array, items: {type: integer}}")
        ) {
            options in
            options.accessModifier = .package
            options.additionalImports = ["Shared", "Foundation"]
            options.outputs = [.models]
        }
        Snippets.expect(
            files,
            contains:
                "import Foundation\nimport OpenAPIForgeRuntime\nimport Shared\n\n/// - Source: api.yaml:6:10\npackage typealias Ids = [Int]\n"
        )
    }

    @Test func nullDefaultOfNullableIsNull() throws {
        let files: [GeneratedFile] = try models(
            """
            Request:
              type: object
              properties:
                bias: {type: [object, 'null'], additionalProperties: {type: integer}, default: null}
                stream: {type: [boolean, 'null'], default: false}
            """)
        Snippets.expect(files, contains: "bias: Nullable<[String: Int]>? = .null,\n")
        Snippets.expect(files, contains: "stream: Nullable<Bool>? = .value(false)\n")
    }
}
