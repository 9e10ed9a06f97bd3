import ForgeRendering
import ForgeSchemaModel

/// Maps one operation to the values the `operation` template reads: its namespace with the response
/// enum, and its client method.
///
/// Keys: `typeName`, `methodName`, `access`, `responseConformances`, `docLines`, `methodDocLines`, `isDeprecated`,
/// `nestedTypes`,
/// `validators`, `responses` (enum cases), `branches` (status handling), `parameters` (the method's
/// signature), `hasParameters`, `requestChecks`, `pathSegments`, `pathLiteral`, `methodLiteral`, `items` (query,
/// header and cookie statements), `hasCookies`, `accept`, `body`, `requirements`, `requestBinding` (`var`, or `let`
/// when nothing is added to the request).
/// Every local the method declares starts with `forge_`, which no parameter name can.
struct OperationContext {
    let operation: OperationModel
    let access: String
    let docComment: DocComment
    let index: TypeIndex
    let models: ModelContext
    let validators: ValidatorContext

    var value: TemplateValue {
        let responses: ResponseContext = ResponseContext(operation: operation, docComment: docComment, index: index)
        let request: RequestContext = RequestContext(operation: operation, index: index)
        let signature: [TemplateValue] = request.signature
        let items: [TemplateValue] = request.items
        let body: TemplateValue? = request.body
        let mutates: Bool = !items.isEmpty || body != nil || !operation.acceptedContentTypes.isEmpty
        let members: [String: TemplateValue] = [
            "typeName": .string(operation.typeName),
            "methodName": .string(operation.methodName),
            "access": .string(access),
            "responseConformances": .string(models.equality.conformances + "Sendable"),
            "docLines": docComment.value(operation.documentation, summary: nil),
            "methodDocLines": DocComment.value(lines: methodDocLines(request)),
            "isDeprecated": .bool(operation.documentation.isDeprecated),
            "nestedTypes": .list(operation.nestedTypes.map { models.declaration($0, depth: 2) }),
            "validators": .list(
                operation.nestedTypes.flatMap {
                    validators.validators(for: $0, insideDeprecated: operation.documentation.isDeprecated)
                }),
            "endpoint": .string(endpoint),
            "methodLiteral": .string(SwiftLiteral.string(operation.httpMethod)),
            "pathLiteral": .string(pathLiteral),
            "pathSegments": .list(PathSegmentContext(operation: operation, index: index).segments),
            "requirements": .string(requirementsLiteral),
            "accept": accept,
            "responses": responses.cases,
            "headerTypes": responses.headerTypes,
            "branches": responses.branches,
            "defaultBranch": .optional(responses.defaultBranch),
            "parameters": .separatedList(signature),
            "hasParameters": .bool(!signature.isEmpty),
            "items": .list(items),
            "hasCookies": .bool(operation.parameters.contains { $0.location == .cookie }),
            "body": .optional(body),
            "requestChecks": .optional(request.checks),
            "requestBinding": .string(mutates ? "var" : "let"),
        ]
        return .object(members)
    }

    /// The `Accept` media types: `types` (literals) and `isSingle`; null when no response has a body.
    private var accept: TemplateValue {
        let types: [String] = operation.acceptedContentTypes.map(SwiftLiteral.string)
        if types.isEmpty {
            return .null
        }
        return ["types": .list(types.map { .string($0) }), "isSingle": .bool(types.count == 1)]
    }

    /// `POST /routines/v1/rs/training`, for doc comments.
    private var endpoint: String {
        operation.httpMethod + " " + operation.path
    }

    /// Returns the method's doc comment: the operation's documentation, endpoint, parameters and source.
    private func methodDocLines(_ request: RequestContext) -> [String] {
        var facts: [String] = ["- Endpoint: `\(endpoint)`"]
        let described: [(String, String)] = request.parameterSummaries
        if !described.isEmpty {
            facts += ["- Parameters:"] + described.map { "  - \($0.0): \($0.1)" }
        }
        return docComment.lines(operation.documentation, facts: facts)
    }

    /// The path as a Swift string literal that interpolates one `forge_pathN` local per path parameter.
    private var pathLiteral: String {
        var literal: String = "\""
        var number: Int = 0
        for component in operation.pathComponents {
            switch component {
            case .literal(let part):
                literal += String(SwiftLiteral.string(part).dropFirst().dropLast())
            case .parameter:
                literal += "\\(forge_path\(number))"
                number += 1
            }
        }
        return literal + "\""
    }

    /// The security alternatives as `[[String]]`: scheme names, any one inner list to satisfy.
    private var requirementsLiteral: String {
        let alternatives: [String] = operation.security.map { requirement in
            "[" + requirement.schemes.map(SwiftLiteral.string).joined(separator: ", ") + "]"
        }
        return "[" + alternatives.joined(separator: ", ") + "]"
    }
}
