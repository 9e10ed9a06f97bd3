import ForgeDiagnostics

/// One HTTP operation, as a client method.
public struct OperationModel: Hashable, Sendable, Encodable {
    /// The client method name: the operationId made a Swift identifier, or derived from method and path.
    public var methodName: String
    /// The name of the type namespace for this operation's inputs and outputs, such as `CreateTrainingRoutine`.
    ///
    /// The namespace sits inside `SwiftNaming.operationsNamespace`, so its qualified name is
    /// `Operations.CreateTrainingRoutine` and it never collides with a schema type.
    public var typeName: String
    public var operationId: String?
    /// `GET`, `POST` and so on, upper case.
    public var httpMethod: String
    /// The path template as written, such as `/routines/{routineId}`.
    public var path: String
    public var pathComponents: [PathComponent]
    /// Path-level and operation-level parameters merged, the operation's winning, in document order.
    public var parameters: [ParameterModel]
    public var requestBody: RequestBodyModel?
    public var responses: [ResponseModel]
    /// Security alternatives: any one requirement must be met; an empty list means no authentication.
    public var security: [SecurityRequirementModel]
    /// Media types for `Accept`, from the documented responses, in document order.
    public var acceptedContentTypes: [String]
    public var tags: [String]
    public var documentation: Documentation
    /// Types declared by the operation's inline schemas, nested in its namespace and named by
    /// their qualified names, such as `Operations.CreateTrainingRoutine.RequestBody`,
    /// `Operations.CreateTrainingRoutine.CreatedBody` or a parameter's `Operations.ListPets.Status`.
    public var nestedTypes: [TypeDeclaration]

    public init(
        methodName: String,
        typeName: String,
        operationId: String?,
        httpMethod: String,
        path: String,
        pathComponents: [PathComponent],
        parameters: [ParameterModel],
        requestBody: RequestBodyModel?,
        responses: [ResponseModel],
        security: [SecurityRequirementModel],
        acceptedContentTypes: [String],
        tags: [String],
        documentation: Documentation,
        nestedTypes: [TypeDeclaration] = []
    ) {
        self.methodName = methodName
        self.typeName = typeName
        self.operationId = operationId
        self.httpMethod = httpMethod
        self.path = path
        self.pathComponents = pathComponents
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.security = security
        self.acceptedContentTypes = acceptedContentTypes
        self.tags = tags
        self.documentation = documentation
        self.nestedTypes = nestedTypes
    }
}

/// A piece of a path template: literal text, or a parameter to percent-encode.
public enum PathComponent: Hashable, Sendable, Encodable {
    case literal(String)
    /// The Swift name of the path parameter that fills this place.
    case parameter(swiftName: String)
}

public struct ParameterModel: Hashable, Sendable, Encodable {
    public enum Location: String, Hashable, Sendable, Encodable {
        case path, query, header, cookie
    }

    public enum Style: String, Hashable, Sendable, Encodable {
        case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    }

    /// The name on the wire, exactly as in the document.
    public var name: String
    public var swiftName: String
    public var location: Location
    public var type: TypeUsage
    public var isRequired: Bool
    public var style: Style
    public var explode: Bool
    public var constraints: ValueConstraints
    /// A Swift expression for the documented default, of the parameter's type, as for properties.
    public var defaultExpression: String?
    public var documentation: Documentation

    public init(
        name: String,
        swiftName: String,
        location: Location,
        type: TypeUsage,
        isRequired: Bool,
        style: Style,
        explode: Bool,
        constraints: ValueConstraints = ValueConstraints(),
        defaultExpression: String? = nil,
        documentation: Documentation = Documentation()
    ) {
        self.name = name
        self.swiftName = swiftName
        self.location = location
        self.type = type
        self.isRequired = isRequired
        self.style = style
        self.explode = explode
        self.constraints = constraints
        self.defaultExpression = defaultExpression
        self.documentation = documentation
    }
}

/// How a body is put on the wire.
public enum BodyEncoding: String, Hashable, Sendable, Encodable {
    case json
    case text
    case formURLEncoded
    case multipart
    /// Raw bytes, for binary types and every media type the generator does not model.
    case binary
}

public struct ContentModel: Hashable, Sendable, Encodable {
    public var contentType: String
    /// The Swift case name for this media type where a body has several.
    public var swiftName: String
    public var encoding: BodyEncoding
    public var type: TypeUsage
    /// The `encoding` entries of a form body that set `style` or `explode`, in document order; empty otherwise.
    public var formFields: [FormFieldModel]

    public init(
        contentType: String, swiftName: String, encoding: BodyEncoding, type: TypeUsage,
        formFields: [FormFieldModel] = []
    ) {
        self.contentType = contentType
        self.swiftName = swiftName
        self.encoding = encoding
        self.type = type
        self.formFields = formFields
    }
}

/// The serialisation of one top-level property of an `application/x-www-form-urlencoded` body.
public struct FormFieldModel: Hashable, Sendable, Encodable {
    /// The property's name in the body, as written under `encoding`.
    public var name: String
    /// `form`, unless the `encoding` entry sets `spaceDelimited`, `pipeDelimited` or `deepObject`.
    public var style: ParameterModel.Style
    public var explode: Bool

    public init(name: String, style: ParameterModel.Style, explode: Bool) {
        self.name = name
        self.style = style
        self.explode = explode
    }
}

public struct RequestBodyModel: Hashable, Sendable, Encodable {
    public var isRequired: Bool
    public var contents: [ContentModel]
    public var documentation: Documentation

    public init(isRequired: Bool, contents: [ContentModel], documentation: Documentation = Documentation()) {
        self.isRequired = isRequired
        self.contents = contents
        self.documentation = documentation
    }
}

public enum ResponseStatus: Hashable, Sendable, Encodable {
    case code(Int)
    /// `1XX` to `5XX`, by the first digit.
    case range(Int)
    case `default`
}

public struct ResponseModel: Hashable, Sendable, Encodable {
    public var status: ResponseStatus
    /// The case name in the operation's response enum, such as `created` or `clientError`.
    public var caseName: String
    public var headers: [ParameterModel]
    public var contents: [ContentModel]
    public var documentation: Documentation

    public init(
        status: ResponseStatus, caseName: String, headers: [ParameterModel], contents: [ContentModel],
        documentation: Documentation = Documentation()
    ) {
        self.status = status
        self.caseName = caseName
        self.headers = headers
        self.contents = contents
        self.documentation = documentation
    }
}

public struct SecuritySchemeModel: Hashable, Sendable, Encodable {
    public enum Kind: Hashable, Sendable, Encodable {
        case bearer
        case basic
        case apiKey(name: String, location: ParameterModel.Location)
        /// OAuth 2 and OpenID Connect, sent as bearer tokens.
        case oauth2
        case openIdConnect
    }

    /// The key in `components/securitySchemes`.
    public var name: String
    public var swiftName: String
    public var kind: Kind
    public var description: String?

    public init(name: String, swiftName: String, kind: Kind, description: String? = nil) {
        self.name = name
        self.swiftName = swiftName
        self.kind = kind
        self.description = description
    }
}

/// Schemes that must all be satisfied together, by name, with their scopes.
public struct SecurityRequirementModel: Hashable, Sendable, Encodable {
    public var schemes: [String]
    public var scopes: [String: [String]]

    public init(schemes: [String], scopes: [String: [String]] = [:]) {
        self.schemes = schemes
        self.scopes = scopes
    }
}
