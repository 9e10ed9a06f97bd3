// Written by Scripts/embed-templates.py from Templates/. Do not edit; rerun the script.

/// The Mustache templates compiled into the tool, by name.
enum BundledTemplates {
    static let all: [String: String] = [
        "Client": #"""
        {{> fileHeader}}

        {{> docComment}}
        ///
        /// Each operation is a method that validates its input, sends one request through the middlewares
        /// and the transport, and returns the operation's `Response`.
        {{access}} struct Client: Sendable {
            /// The URL that every request path is appended to.
            {{access}} let baseURL: URL
            /// The transport that sends requests after the middlewares.
            {{access}} let transport: any ClientTransport
            /// The credentials for the security schemes that operations require.
            {{access}} let authentication: Authentication
            /// The middlewares every request passes through, the first one outermost.
            {{access}} let middlewares: [any ClientMiddleware]
            /// Whether parameters and bodies are validated before sending; a violation throws and sends nothing.
            {{access}} let validatesRequests: Bool
            /// Whether decoded response bodies are validated; a violation throws `ClientError.responseValidation`.
            {{access}} let validatesResponses: Bool

            /// Creates a client for the API.
            {{access}} init(
        {{#defaultServer}}
                baseURL: URL = Client.defaultServerURL,
        {{/defaultServer}}
        {{^defaultServer}}
                baseURL: URL,
        {{/defaultServer}}
                transport: any ClientTransport = URLSessionTransport(),
                authentication: Authentication = Authentication(),
                middlewares: [any ClientMiddleware] = [],
                validatesRequests: Bool = true,
                validatesResponses: Bool = true
            ) {
                self.baseURL = baseURL
                self.transport = transport
                self.authentication = authentication
                self.middlewares = middlewares
                self.validatesRequests = validatesRequests
                self.validatesResponses = validatesResponses
            }
        {{#defaultServer}}

            /// The first server the document lists: `{{url}}`.
            {{access}} static let defaultServerURL: URL =
                URL(string: {{literal}})!
        {{/defaultServer}}

            /// Credentials for the security schemes the document declares; leave a scheme nil to send none.
            {{access}} struct Authentication: Sendable {
        {{#schemes}}
                {{> docComment}}
                {{access}} var {{swiftName}}: {{credentialType}}?
        {{/schemes}}
        {{#hasSchemes}}

        {{/hasSchemes}}
                /// Creates credentials for the schemes given.
        {{#hasSchemes}}
                {{access}} init(
        {{#schemes}}
                    {{swiftName}}: {{credentialType}}? = nil{{^isLast}},{{/isLast}}
        {{/schemes}}
                ) {
        {{#schemes}}
                    self.{{swiftName}} = {{swiftName}}
        {{/schemes}}
                }
        {{/hasSchemes}}
        {{^hasSchemes}}
                {{access}} init() {}
        {{/hasSchemes}}
            }

            /// Returns the credential set for a scheme, by its name in the document.
            func forge_credential(for scheme: String) -> ClientAuthentication? {
                switch scheme {
        {{#schemes}}
                case {{nameLiteral}}:
                    guard let forge_credential = self.authentication.{{swiftName}} else {
                        return nil
                    }
        {{#isToken}}
                    return ClientAuthentication.bearer(forge_credential)
        {{/isToken}}
        {{#isBasic}}
                    return ClientAuthentication.basic(username: forge_credential.username, password: forge_credential.password)
        {{/isBasic}}
        {{#isAPIKey}}
                    return ClientAuthentication.apiKey(name: {{keyNameLiteral}}, location: .{{keyLocation}}, value: forge_credential)
        {{/isAPIKey}}
        {{/schemes}}
                default:
                    return nil
                }
            }

            /// Adds the credentials of the first requirement whose schemes all have credentials, then sends the
            /// request through the middlewares and the transport.
            func forge_send(_ request: HTTPRequest, requirements: [[String]]) async throws -> HTTPResponse {
                var forge_request: HTTPRequest = request
                for forge_requirement in requirements where !forge_requirement.isEmpty {
                    let forge_credentials: [ClientAuthentication] = forge_requirement.compactMap(self.forge_credential)
                    if forge_credentials.count == forge_requirement.count {
                        for forge_credential in forge_credentials {
                            forge_credential.apply(to: &forge_request)
                        }
                        break
                    }
                }
                return try await ClientPipeline.send(
                    forge_request, baseURL: self.baseURL, middlewares: self.middlewares, transport: self.transport)
            }

            /// Throws the issues collected while checking a request's input.
            func forge_checkRequest(_ context: ValidationContext) throws(ClientError) {
                if !context.issues.isEmpty {
                    throw ClientError.requestValidation(ValidationError(issues: context.issues))
                }
            }

            /// Validates a decoded response body when `validatesResponses` is set.
            func forge_checkResponse<Value: Validatable>(_ value: Value) throws(ClientError) {
                guard self.validatesResponses else {
                    return
                }
                let forge_issues: [ValidationIssue] = value.validationIssues
                if !forge_issues.isEmpty {
                    throw ClientError.responseValidation(ValidationError(issues: forge_issues))
                }
            }
        }

        /// The namespaces of the operations, each holding its `Response` and the types only it uses.
        {{access}} enum Operations {}

        """#,
        "Models": #"""
        {{> fileHeader}}
        {{#types}}

        {{> declaration}}
        {{/types}}

        """#,
        "Operations": #"""
        {{> fileHeader}}
        {{#operations}}

        {{> operation}}
        {{/operations}}

        """#,
        "Validators": #"""
        {{> fileHeader}}
        {{#validators}}

        {{> validator}}
        {{/validators}}

        """#,
        "anyOfCoding": #"""
        {{access}} init(from decoder: any Decoder) throws {
        {{#properties}}
            self.{{codingCase}} = try? {{codingType}}(from: decoder)
        {{/properties}}
        {{#hasOneDeclaredKey}}
            let forge_matches: [Bool] = [{{#properties}}self.{{codingCase}} != nil{{/properties}}]
        {{/hasOneDeclaredKey}}
        {{^hasOneDeclaredKey}}
            let forge_matches: [Bool] = [
        {{#properties}}
                self.{{codingCase}} != nil,
        {{/properties}}
            ]
        {{/hasOneDeclaredKey}}
            guard forge_matches.contains(true) else {
                let forge_message: String = "the value matches no alternative of {{name}}"
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: forge_message))
            }
        }

        {{access}} func encode(to encoder: any Encoder) throws {
        {{#properties}}
            if let forge_value = self.{{codingCase}} {
                try forge_value.encode(to: encoder)
        {{^mergesAlternatives}}
                return
        {{/mergesAlternatives}}
            }
        {{/properties}}
        }

        """#,
        "clientMethod": #"""
        {{#methodDocLines}}
        ///{{#hasText}} {{text}}{{/hasText}}
        {{/methodDocLines}}
        ///
        /// - Throws: `ClientError` when the input breaks a constraint (nothing is sent), the request cannot be
        ///   built or sent, or a documented response body cannot be decoded; errors of a custom transport or
        ///   middleware as they are.
        {{> deprecation}}
        {{#hasParameters}}
        {{access}} func {{methodName}}(
        {{#parameters}}
            {{label}}{{#hasDistinctParameterName}} {{parameterName}}{{/hasDistinctParameterName}}: {{type}}{{defaultClause}}{{^isLast}},{{/isLast}}
        {{/parameters}}
        ) async throws -> Operations.{{typeName}}.Response {
        {{/hasParameters}}
        {{^hasParameters}}
        {{access}} func {{methodName}}() async throws -> Operations.{{typeName}}.Response {
        {{/hasParameters}}
        {{#requestChecks}}
            if self.validatesRequests {
                var forge_context: ValidationContext = ValidationContext()
        {{#validatesBody}}
                forge_context.validate({{bodyExpression}}, at: "")
        {{/validatesBody}}
        {{#parameters}}
                do {
                    let forge_pointer: String = {{pointerLiteral}}
        {{#validatesNested}}
                    forge_context.validate({{expression}}, at: forge_pointer)
        {{/validatesNested}}
        {{#value}}
                    {{> valueChecks}}
        {{/value}}
                }
        {{/parameters}}
                try self.forge_checkRequest(forge_context)
            }
        {{/requestChecks}}
        {{#pathSegments}}
        {{#elementText}}
            var {{name}}Items: [String] = []
            for forge_item in {{reference}} {
                {{name}}Items.append({{elementText}})
            }
        {{/elementText}}
        {{#pairs}}
            let {{name}}Pairs: [(name: String, value: String)] = {{pairs}}
        {{/pairs}}
            let {{name}}: String = {{encoded}}
        {{/pathSegments}}
            let forge_path: String = {{pathLiteral}}
            {{requestBinding}} forge_request: HTTPRequest = HTTPRequest(method: {{methodLiteral}}, path: forge_path)
        {{#hasCookies}}
            var forge_cookies: [String] = []
        {{/hasCookies}}
        {{#items}}
        {{#isOptional}}
            if let forge_value = {{expression}} {
                {{> requestItem}}
            }
        {{/isOptional}}
        {{^isOptional}}
            {{> requestItem}}
        {{/isOptional}}
        {{/items}}
        {{#hasCookies}}
            if !forge_cookies.isEmpty {
                forge_request.setHeader("Cookie", forge_cookies.joined(separator: "; "))
            }
        {{/hasCookies}}
        {{#accept}}
        {{#isSingle}}
            forge_request.setHeader("Accept", {{#types}}{{.}}{{/types}})
        {{/isSingle}}
        {{^isSingle}}
            let forge_accept: [String] = [
        {{#types}}
                {{.}},
        {{/types}}
            ]
            forge_request.setHeader("Accept", forge_accept.joined(separator: ", "))
        {{/isSingle}}
        {{/accept}}
        {{#body}}
        {{#isOptional}}
            if let forge_value = {{expression}} {
                {{> requestBody}}
            }
        {{/isOptional}}
        {{^isOptional}}
            {{> requestBody}}
        {{/isOptional}}
        {{/body}}
            let forge_response: HTTPResponse = try await self.forge_send(
                forge_request, requirements: {{requirements}})
            switch forge_response.statusCode {
        {{#branches}}
            case {{pattern}}:
                {{> responseBranch}}
        {{/branches}}
            default:
        {{#defaultBranch}}
                {{> responseBranch}}
        {{/defaultBranch}}
        {{^defaultBranch}}
                return .undocumented(statusCode: forge_response.statusCode, body: forge_response.body)
        {{/defaultBranch}}
            }
        }

        """#,
        "declaration": #"""
        {{#struct}}
        {{> struct}}
        {{/struct}}
        {{#enum}}
        {{> enum}}
        {{/enum}}
        {{#oneOf}}
        {{> oneOf}}
        {{/oneOf}}
        {{#typeAlias}}
        {{> typeAlias}}
        {{/typeAlias}}

        """#,
        "declaredKeys": #"""
        {{#hasOneDeclaredKey}}
        private static let forge_declaredKeys: Set<String> = [{{#declaredKeys}}{{.}}{{/declaredKeys}}]
        {{/hasOneDeclaredKey}}
        {{#hasDeclaredKeys}}
        {{^hasOneDeclaredKey}}
        private static let forge_declaredKeys: Set<String> = [
        {{#declaredKeys}}
            {{.}},
        {{/declaredKeys}}
        ]
        {{/hasOneDeclaredKey}}
        {{/hasDeclaredKeys}}
        {{^hasDeclaredKeys}}
        private static let forge_declaredKeys: Set<String> = []
        {{/hasDeclaredKeys}}

        """#,
        "deprecation": #"""
        {{#isDeprecated}}
        @available(*, deprecated)
        {{/isDeprecated}}

        """#,
        "docComment": #"""
        {{#docLines}}
        ///{{#hasText}} {{text}}{{/hasText}}
        {{/docLines}}

        """#,
        "enum": #"""
        {{> docComment}}
        {{> deprecation}}
        {{access}} enum {{name}}: {{protocolName}} {
        {{#cases}}
            {{> docComment}}
            case {{swiftName}}
        {{/cases}}
            /// A value the document does not list, kept as it was received.
            case {{unknownCaseName}}({{rawType}})

            {{access}} init(rawValue: {{rawType}}) {
                switch rawValue {
        {{#cases}}
                case {{rawValueLiteral}}:
                    self = .{{swiftName}}
        {{/cases}}
                default:
                    self = .{{unknownCaseName}}(rawValue)
                }
            }

            {{access}} var rawValue: {{rawType}} {
                switch self {
        {{#cases}}
                case .{{swiftName}}:
                    return {{rawValueLiteral}}
        {{/cases}}
                case .{{unknownCaseName}}(let forge_value):
                    return forge_value
                }
            }
        }

        """#,
        "fileHeader": #"""
        // Generated by openapi-forge {{toolVersion}}. Do not edit.
        // Source: {{sourceName}}

        {{#imports}}
        import {{.}}
        {{/imports}}

        """#,
        "oneOf": #"""
        {{> docComment}}
        {{> deprecation}}
        {{access}} enum {{name}}: {{conformances}} {
        {{#nestedTypes}}
            {{> declaration}}

        {{/nestedTypes}}
        {{#cases}}
            {{#isIndirect}}indirect {{/isIndirect}}case {{swiftName}}({{payloadType}})
        {{/cases}}

            {{access}} init(from decoder: any Decoder) throws {
        {{#hasDiscriminator}}
                let container: KeyedDecodingContainer<PropertyKey> = try decoder.container(keyedBy: PropertyKey.self)
                let forge_value: String = try container.decode(String.self, forKey: {{discriminatorLiteral}})
                switch forge_value {
        {{#cases}}
        {{#hasLabels}}
                case {{labels}}:
                    self = .{{swiftName}}(try {{payloadType}}(from: decoder))
        {{/hasLabels}}
        {{/cases}}
                default:
                    let forge_message: String =
                        "unknown value '\(forge_value)' of discriminator '{{discriminatorText}}' in {{name}}"
                    throw DecodingError.dataCorruptedError(
                        forKey: {{discriminatorLiteral}}, in: container, debugDescription: forge_message)
                }
        {{/hasDiscriminator}}
        {{^hasDiscriminator}}
        {{#cases}}
                if let forge_payload = try? {{payloadType}}(from: decoder) {
                    self = .{{swiftName}}(forge_payload)
                    return
                }
        {{/cases}}
                let forge_message: String = "the value matches no alternative of {{name}}"
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: forge_message))
        {{/hasDiscriminator}}
            }

            {{access}} func encode(to encoder: any Encoder) throws {
                switch self {
        {{#cases}}
                case .{{swiftName}}(let forge_payload):
                    try forge_payload.encode(to: encoder)
        {{#injectsDiscriminator}}
                    var container: KeyedEncodingContainer<PropertyKey> = encoder.container(keyedBy: PropertyKey.self)
                    try container.encode({{injectedLiteral}}, forKey: {{discriminatorLiteral}})
        {{/injectsDiscriminator}}
        {{/cases}}
                }
            }
        }

        """#,
        "operation": #"""
        extension Operations {
            {{> docComment}}
            {{> deprecation}}
            {{access}} enum {{typeName}} {
        {{#nestedTypes}}
                {{> declaration}}

        {{/nestedTypes}}
                /// The responses of `{{endpoint}}`: one case per documented status, and `undocumented`.
                {{access}} indirect enum Response: {{responseConformances}} {
        {{#responses}}
                    {{> docComment}}
                    case {{caseName}}{{payloadClause}}
        {{/responses}}
                    /// A status the document does not list, with the body as received.
                    case undocumented(statusCode: Int, body: Data)
        {{#headerTypes}}

                    /// The documented headers of {{responsesText}}.
                    {{access}} struct {{typeName}}: {{responseConformances}} {
        {{#properties}}
                        {{> docComment}}
                        {{access}} var {{name}}: {{type}}
        {{/properties}}

                        /// Creates the headers from their values.
                        {{access}} init(
        {{#parameters}}
                            {{label}}{{#hasDistinctParameterName}} {{parameterName}}{{/hasDistinctParameterName}}: {{type}}{{defaultClause}}{{^isLast}},{{/isLast}}
        {{/parameters}}
                        ) {
        {{#properties}}
                            self.{{name}} = {{parameterName}}
        {{/properties}}
                        }
                    }
        {{/headerTypes}}
                }
            }
        }
        {{#validators}}

        {{> validator}}
        {{/validators}}

        extension Client {
        {{#requestChecks}}
        {{#patterns}}
            private static let {{name}}: ValidationPattern =
                ValidationPattern({{literal}})
        {{/patterns}}
        {{/requestChecks}}
            {{> clientMethod}}
        }

        """#,
        "property": #"""
        {{> docComment}}
        {{> deprecation}}
        {{#hasStorage}}
        {{access}} var {{swiftName}}: {{type}} {
            {{> storageAccessors}}
        }
        {{storageAccess}} var {{storageName}}: {{storageType}}
        {{/hasStorage}}
        {{^hasStorage}}
        {{access}} var {{swiftName}}: {{type}}
        {{/hasStorage}}

        """#,
        "propertyAssignment": #"""
        {{^hasStorage}}
        self.{{swiftName}} = {{parameterName}}
        {{/hasStorage}}
        {{#isPlainStorage}}
        self.{{storageName}} = {{parameterName}}
        {{/isPlainStorage}}
        {{#isBoxRequired}}
        self.{{storageName}} = {{boxType}}({{parameterName}})
        {{/isBoxRequired}}
        {{#isBoxOptional}}
        self.{{storageName}} = {{parameterName}}.map({{boxType}}.init)
        {{/isBoxOptional}}
        {{#isBoxNullable}}
        self.{{storageName}} = {{parameterName}}.map { (forge_new: Nullable<{{valueType}}>) -> Nullable<{{boxType}}> in
            Nullable<{{boxType}}>(forge_new.wrappedValue.map({{boxType}}.init))
        }
        {{/isBoxNullable}}

        """#,
        "propertyCount": #"""
        {{#isConstant}}
        let forge_count: Int = {{fixedCount}}
        {{/isConstant}}
        {{^isConstant}}
        var forge_count: Int = {{fixedCount}}
        {{/isConstant}}
        {{#optionalMembers}}
        if {{.}} != nil {
            forge_count += 1
        }
        {{/optionalMembers}}
        {{#additionalName}}
        forge_count += {{additionalName}}.count
        {{/additionalName}}
        {{#checks}}
        {{validationContext}}.{{method}}({{arguments}}, at: {{pointer}})
        {{/checks}}

        """#,
        "requestBody": #"""
        {{#isJSON}}
        forge_request.body = try BodyCoding.encodeJSON({{reference}}, encoder: JSONCoding.makeEncoder())
        {{/isJSON}}
        {{#isText}}
        forge_request.body = Data({{reference}}.utf8)
        {{/isText}}
        {{#isForm}}
        {{#hasFormFields}}
        let forge_fields: [FormField] = [
        {{#formFields}}
            FormField(name: {{nameLiteral}}, style: .{{style}}, explode: {{explode}}),
        {{/formFields}}
        ]
        forge_request.body = try FormEncoding.encode({{reference}}, fields: forge_fields)
        {{/hasFormFields}}
        {{^hasFormFields}}
        forge_request.body = try FormEncoding.encode({{reference}})
        {{/hasFormFields}}
        {{/isForm}}
        {{#isRaw}}
        forge_request.body = {{reference}}
        {{/isRaw}}
        forge_request.setHeader("Content-Type", {{contentTypeLiteral}})

        """#,
        "requestItem": #"""
        {{#text}}
        {{#convertsText}}
        let {{textName}}: String = {{text}}
        {{/convertsText}}
        {{/text}}
        {{#texts}}
        {{#elementText}}
        var {{textName}}: [String] = []
        for forge_item in {{reference}} {
            {{textName}}.append({{elementText}})
        }
        {{/elementText}}
        {{/texts}}
        {{#pairs}}
        let {{textName}}: [(name: String, value: String)] = {{pairs}}
        {{/pairs}}
        {{#isQuery}}
        {{#text}}
        forge_request.query.append(QueryItem(name: {{nameLiteral}}, value: {{textName}}))
        {{/text}}
        {{#texts}}
        {{#delimiter}}
        let {{textName}}Joined: String = {{textName}}.map(PathEncoding.encodeSegment).joined(separator: {{delimiter}})
        forge_request.query.append(QueryItem(name: {{nameLiteral}}, percentEncodedValue: {{textName}}Joined))
        {{/delimiter}}
        {{^delimiter}}
        forge_request.query += QueryEncoding.formArray(name: {{nameLiteral}}, values: {{textName}}, explode: {{explode}})
        {{/delimiter}}
        {{/texts}}
        {{#pairs}}
        {{#isDeepObject}}
        forge_request.query += QueryEncoding.deepObject(name: {{nameLiteral}}, pairs: {{textName}})
        {{/isDeepObject}}
        {{^isDeepObject}}
        forge_request.query += QueryEncoding.formObject(name: {{nameLiteral}}, pairs: {{textName}}, explode: {{explode}})
        {{/isDeepObject}}
        {{/pairs}}
        {{/isQuery}}
        {{#isHeader}}
        {{#text}}
        forge_request.setHeader({{nameLiteral}}, {{textName}})
        {{/text}}
        {{#texts}}
        forge_request.setHeader({{nameLiteral}}, HeaderEncoding.encodeSimple({{textName}}))
        {{/texts}}
        {{#pairs}}
        forge_request.setHeader({{nameLiteral}}, HeaderEncoding.encodeSimple({{textName}}, explode: {{explode}}))
        {{/pairs}}
        {{/isHeader}}
        {{#isCookie}}
        {{#text}}
        forge_cookies.append({{nameLiteral}} + "=" + {{textName}})
        {{/text}}
        {{#texts}}
        forge_cookies.append({{nameLiteral}} + "=" + {{textName}}.joined(separator: ","))
        {{/texts}}
        {{#pairs}}
        forge_cookies.append({{nameLiteral}} + "=" + HeaderEncoding.encodeSimple({{textName}}, explode: false))
        {{/pairs}}
        {{/isCookie}}

        """#,
        "responseBranch": #"""
        {{#decode}}
        {{#isJSON}}
        let forge_decoder: JSONDecoder = JSONCoding.makeDecoder()
        let forge_body: {{type}} = try BodyCoding.decodeJSON(
            {{type}}.self, from: forge_response, decoder: forge_decoder)
        {{/isJSON}}
        {{#isText}}
        let forge_body: String = String(decoding: forge_response.body, as: UTF8.self)
        {{/isText}}
        {{#isRaw}}
        let forge_body: Data = forge_response.body
        {{/isRaw}}
        {{#validates}}
        try self.forge_checkResponse(forge_body)
        {{/validates}}
        {{/decode}}
        {{#headers}}
        let forge_headers: {{type}} = {{type}}(
        {{#arguments}}
            {{label}}: {{expression}}{{^isLast}},{{/isLast}}
        {{/arguments}}
        )
        {{/headers}}
        return {{returnExpression}}

        """#,
        "storageAccessors": #"""
        {{#isPlainStorage}}
        get { self.{{storageName}} }
        set { self.{{storageName}} = newValue }
        {{/isPlainStorage}}
        {{#isBoxRequired}}
        get { self.{{storageName}}.value }
        set { self.{{storageName}} = {{boxType}}(newValue) }
        {{/isBoxRequired}}
        {{#isBoxOptional}}
        get { self.{{storageName}}?.value }
        set { self.{{storageName}} = newValue.map({{boxType}}.init) }
        {{/isBoxOptional}}
        {{#isBoxNullable}}
        get {
            self.{{storageName}}.map { (forge_stored: Nullable<{{boxType}}>) -> Nullable<{{valueType}}> in
                Nullable<{{valueType}}>(forge_stored.wrappedValue?.value)
            }
        }
        set {
            self.{{storageName}} = newValue.map { (forge_new: Nullable<{{valueType}}>) -> Nullable<{{boxType}}> in
                Nullable<{{boxType}}>(forge_new.wrappedValue.map({{boxType}}.init))
            }
        }
        {{/isBoxNullable}}

        """#,
        "struct": #"""
        {{> docComment}}
        {{> deprecation}}
        {{access}} struct {{name}}: {{conformances}} {
        {{#nestedTypes}}
            {{> declaration}}

        {{/nestedTypes}}
        {{#properties}}
            {{> property}}

        {{/properties}}
        {{#additional}}
            {{> docComment}}
            {{access}} var {{swiftName}}: {{type}}

        {{/additional}}
            /// Creates a value from its properties.
        {{#hasInitParameters}}
            {{access}} init(
        {{#initParameters}}
                {{label}}{{#hasDistinctParameterName}} {{parameterName}}{{/hasDistinctParameterName}}: {{type}}{{defaultClause}}{{^isLast}},{{/isLast}}
        {{/initParameters}}
            ) {
        {{#properties}}
                {{> propertyAssignment}}
        {{/properties}}
        {{#additional}}
                self.{{swiftName}} = {{swiftName}}
        {{/additional}}
            }
        {{/hasInitParameters}}
        {{^hasInitParameters}}
            {{access}} init() {}
        {{/hasInitParameters}}
        {{#isCustomCoding}}

            {{> structDecoding}}

            {{> structEncoding}}
        {{/isCustomCoding}}
        {{#isAnyOf}}

            {{> anyOfCoding}}
        {{/isAnyOf}}
        {{#checksDeclaredKeys}}

            {{> declaredKeys}}
        {{/checksDeclaredKeys}}
        }

        """#,
        "structDecoding": #"""
        {{access}} init(from decoder: any Decoder) throws {
        {{#isDeep}}
            let container: KeyedDecodingContainer<PropertyKey> =
                try decoder.container(keyedBy: PropertyKey.self)
        {{/isDeep}}
        {{^isDeep}}
            let container: KeyedDecodingContainer<PropertyKey> = try decoder.container(keyedBy: PropertyKey.self)
        {{/isDeep}}
        {{#forbidsAdditional}}
            for forge_key in container.allKeys where !Self.forge_declaredKeys.contains(forge_key.stringValue) {
                let forge_message: String =
                    "unexpected property '\(forge_key.stringValue)' in {{name}}"
                throw DecodingError.dataCorruptedError(
                    forKey: forge_key, in: container, debugDescription: forge_message)
            }
        {{/forbidsAdditional}}
        {{#properties}}
        {{#wrapsDecodeLine}}
            self.{{codingCase}} = try container.{{decodeMethod}}(
                {{codingType}}.self, forKey: {{jsonLiteral}})
        {{/wrapsDecodeLine}}
        {{^wrapsDecodeLine}}
            self.{{codingCase}} = try container.{{decodeMethod}}({{codingType}}.self, forKey: {{jsonLiteral}})
        {{/wrapsDecodeLine}}
        {{/properties}}
        {{#additional}}
            var forge_additional: {{type}} = [:]
            for forge_key in container.allKeys where !Self.forge_declaredKeys.contains(forge_key.stringValue) {
                let forge_value: {{valueType}} = try container.decode({{valueType}}.self, forKey: forge_key)
                forge_additional[forge_key.stringValue] = forge_value
            }
            self.{{swiftName}} = forge_additional
        {{/additional}}
        }

        """#,
        "structEncoding": #"""
        {{access}} func encode(to encoder: any Encoder) throws {
        {{#encodesMembers}}
        {{#isDeep}}
            var container: KeyedEncodingContainer<PropertyKey> =
                encoder.container(keyedBy: PropertyKey.self)
        {{/isDeep}}
        {{^isDeep}}
            var container: KeyedEncodingContainer<PropertyKey> = encoder.container(keyedBy: PropertyKey.self)
        {{/isDeep}}
        {{/encodesMembers}}
        {{^encodesMembers}}
            _ = encoder.container(keyedBy: PropertyKey.self)
        {{/encodesMembers}}
        {{#properties}}
        {{#wrapsEncodeLine}}
            try container.{{encodeMethod}}(
                self.{{codingCase}}, forKey: {{jsonLiteral}})
        {{/wrapsEncodeLine}}
        {{^wrapsEncodeLine}}
            try container.{{encodeMethod}}(self.{{codingCase}}, forKey: {{jsonLiteral}})
        {{/wrapsEncodeLine}}
        {{/properties}}
        {{#additional}}
            for forge_key in self.{{swiftName}}.keys.sorted() where !Self.forge_declaredKeys.contains(forge_key) {
                let forge_codingKey: PropertyKey = PropertyKey(stringValue: forge_key)
                try container.encode(self.{{swiftName}}[forge_key], forKey: forge_codingKey)
            }
        {{/additional}}
        }

        """#,
        "typeAlias": #"""
        {{> docComment}}
        {{> deprecation}}
        {{access}} typealias {{name}} = {{target}}

        """#,
        "validator": #"""
        {{> deprecation}}
        extension {{qualifiedName}}: Validatable {
        {{#patterns}}
            private static let {{name}}: ValidationPattern =
                ValidationPattern({{literal}})
        {{/patterns}}
        {{#hasPatterns}}

        {{/hasPatterns}}
            {{access}} func collectIssues(into context: inout ValidationContext, at pointer: String) {
        {{#struct}}
        {{#objectCount}}
                {{> propertyCount}}
        {{/objectCount}}
        {{#properties}}
                do {
        {{#pointsIntoObject}}
                    let {{pointer}}: String = ValidationContext.pointer(pointer, {{jsonLiteral}})
        {{/pointsIntoObject}}
        {{^pointsIntoObject}}
                    let {{pointer}}: String = pointer
        {{/pointsIntoObject}}
        {{#validatesNested}}
                    context.validate({{expression}}, at: {{pointer}})
        {{/validatesNested}}
        {{#value}}
                    {{> valueChecks}}
        {{/value}}
                }
        {{/properties}}
        {{#additional}}
                context.validate({{expression}}, at: pointer)
        {{/additional}}
        {{/struct}}
        {{#oneOf}}
                switch self {
        {{#cases}}
        {{#validatesPayload}}
                case .{{swiftName}}(let forge_payload):
                    context.validate(forge_payload, at: pointer)
        {{/validatesPayload}}
        {{^validatesPayload}}
                case .{{swiftName}}:
                    break
        {{/validatesPayload}}
        {{/cases}}
                }
        {{/oneOf}}
            }
        }

        """#,
        "valueChecks": #"""
        {{#checks}}
        {{validationContext}}.{{method}}({{arguments}}, at: {{pointer}})
        {{/checks}}
        {{#optional}}
        if let {{binding}} = {{expression}} {
            {{#value}}
            {{> valueChecks}}
            {{/value}}
        }
        {{/optional}}
        {{#nullable}}
        if case .value(let {{binding}})? = {{expression}} {
            {{#value}}
            {{> valueChecks}}
            {{/value}}
        }
        {{/nullable}}
        {{#array}}
        for ({{index}}, {{binding}}) in {{expression}}.enumerated() {
            let {{pointer}}: String = ValidationContext.pointer({{parentPointer}}, {{index}})
            {{#value}}
            {{> valueChecks}}
            {{/value}}
        }
        {{/array}}
        {{#dictionary}}
        for {{key}} in {{expression}}.keys.sorted() {
            let {{pointer}}: String = ValidationContext.pointer({{parentPointer}}, {{key}})
            let {{binding}}: {{elementType}} = {{expression}}[{{key}}]!
            {{#value}}
            {{> valueChecks}}
            {{/value}}
        }
        {{/dictionary}}

        """#,
    ]
}
