/// The keys each OpenAPI object accepts, for unknown-key warnings and "did you mean" suggestions.
enum Keywords {
    static let document: Set<String> = [
        "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
        "externalDocs", "$self",
    ]
    static let info: Set<String> = [
        "title", "summary", "description", "termsOfService", "contact", "license", "version",
    ]
    static let contact: Set<String> = ["name", "url", "email"]
    static let license: Set<String> = ["name", "identifier", "url"]
    static let server: Set<String> = ["url", "description", "variables", "name"]
    static let serverVariable: Set<String> = ["enum", "default", "description"]
    static let externalDocs: Set<String> = ["description", "url"]
    static let tag: Set<String> = ["name", "summary", "description", "externalDocs", "parent", "kind"]
    static let pathItem: Set<String> = [
        "$ref", "summary", "description", "get", "put", "post", "delete", "options", "head", "patch", "trace",
        "query", "additionalOperations", "servers", "parameters",
    ]
    static let operation: Set<String> = [
        "tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody", "responses",
        "callbacks", "deprecated", "security", "servers",
    ]
    static let parameter: Set<String> = [
        "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode",
        "allowReserved", "schema", "example", "examples", "content",
    ]
    static let header: Set<String> = [
        "description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema",
        "example", "examples", "content",
    ]
    static let requestBody: Set<String> = ["description", "content", "required"]
    static let response: Set<String> = ["description", "summary", "headers", "content", "links"]
    static let mediaType: Set<String> = [
        "schema", "itemSchema", "example", "examples", "encoding", "prefixEncoding", "itemEncoding",
    ]
    static let encoding: Set<String> = [
        "contentType", "headers", "style", "explode", "allowReserved", "encoding", "prefixEncoding", "itemEncoding",
    ]
    static let example: Set<String> = [
        "summary", "description", "value", "externalValue", "dataValue", "serializedValue",
    ]
    static let link: Set<String> = [
        "operationRef", "operationId", "parameters", "requestBody", "description", "server",
    ]
    static let components: Set<String> = [
        "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "pathItems", "mediaTypes",
    ]
    static let securityScheme: Set<String> = [
        "type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl",
        "oauth2MetadataUrl", "deprecated",
    ]
    static let oauthFlows: Set<String> = [
        "implicit", "password", "clientCredentials", "authorizationCode", "deviceAuthorization",
    ]
    static let oauthFlow: Set<String> = [
        "authorizationUrl", "deviceAuthorizationUrl", "tokenUrl", "refreshUrl", "scopes",
    ]
    static let discriminator: Set<String> = ["propertyName", "mapping", "defaultMapping"]
    /// The keys a reference object may carry next to `$ref`.
    static let reference: Set<String> = ["$ref", "summary", "description"]

    /// Schema keywords of OpenAPI 3.0.
    static let schema30: Set<String> = [
        "$ref", "title", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
        "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required",
        "enum", "type", "allOf", "oneOf", "anyOf", "not", "items", "properties", "additionalProperties",
        "description", "format", "default", "nullable", "discriminator", "readOnly", "writeOnly", "xml",
        "externalDocs", "example", "deprecated",
    ]
    /// Schema keywords of JSON Schema 2020-12 and the OpenAPI vocabulary; 3.0 documents may use them too.
    static let schema: Set<String> = schema30.union([
        "$id", "$schema", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs", "const",
        "examples", "prefixItems", "contains", "minContains", "maxContains", "unevaluatedItems",
        "unevaluatedProperties", "patternProperties", "propertyNames", "dependentRequired", "dependentSchemas",
        "if", "then", "else", "contentEncoding", "contentMediaType", "contentSchema",
    ])
}
