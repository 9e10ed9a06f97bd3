import ForgeRendering
import ForgeSchemaModel

/// Maps an operation's documented responses to the cases of its `Response` enum and the branches of
/// the client method's `switch` over the status code.
///
/// Explicit codes come before ranges, so `404` wins over `4XX`; a range case and `default` carry the
/// actual status code. A response that documents headers carries them as a `headers:` struct, see
/// ``ResponseHeaderContext``. NOTE: a response with several media types is decoded as its first JSON one
/// (else its first).
struct ResponseContext {
    let operation: OperationModel
    let docComment: DocComment
    let index: TypeIndex
    /// The documented responses: codes first, then ranges, then `default`, each in document order.
    private let ordered: [ResponseModel]
    private let headerContext: ResponseHeaderContext

    init(operation: OperationModel, docComment: DocComment, index: TypeIndex) {
        self.operation = operation
        self.docComment = docComment
        self.index = index
        ordered = Self.ordered(operation.responses)
        headerContext = ResponseHeaderContext(index: index, docComment: docComment, responses: ordered)
    }

    private static func ordered(_ responses: [ResponseModel]) -> [ResponseModel] {
        func rank(_ status: ResponseStatus) -> Int {
            switch status {
            case .code: return 0
            case .range: return 1
            case .default: return 2
            }
        }
        return responses.enumerated().sorted { left, right in
            (rank(left.element.status), left.offset) < (rank(right.element.status), right.offset)
        }.map(\.element)
    }

    /// The enum cases: `caseName`, `docLines`, `payloadClause` (such as `(TrainingRoutine)` or
    /// `(statusCode: Int, body: Problem)`).
    var cases: TemplateValue {
        .list(
            ordered.map { response in
                [
                    "caseName": .string(response.caseName),
                    "docLines": docComment.value(response.documentation, facts: [Self.statusFact(response.status)]),
                    "payloadClause": .string(payloadClause(response)),
                ]
            })
    }

    /// The nested header structs, see ``ResponseHeaderContext/declaration(_:)``, in case order.
    var headerTypes: TemplateValue {
        .list(ordered.compactMap(headerContext.declaration))
    }

    /// The `switch` branches for codes and ranges: `pattern`, `decode` (or null), `headers` (or null),
    /// `returnExpression`.
    var branches: TemplateValue {
        .list(ordered.filter { $0.status != .default }.map(branch))
    }

    /// The branch for the `default` response, or nil when the document has none.
    var defaultBranch: TemplateValue? {
        ordered.first { $0.status == .default }.map(branch)
    }

    private func branch(_ response: ResponseModel) -> TemplateValue {
        var pattern: String = ""
        switch response.status {
        case .code(let code): pattern = String(code)
        case .range(let digit): pattern = "\(digit * 100)...\(digit * 100 + 99)"
        case .default: pattern = ""
        }
        return [
            "pattern": .string(pattern),
            "decode": .optional(decode(response)),
            "headers": .optional(
                headerContext.reading(response, responseType: "Operations.\(operation.typeName).Response")),
            "returnExpression": .string(returnExpression(response)),
        ]
    }

    /// Returns how the body is read (`type`, `isJSON`, `isText`, `isRaw`, `validates`), or nil without a body.
    private func decode(_ response: ResponseModel) -> TemplateValue? {
        guard let content = RequestContext.chosenContent(response.contents) else {
            return nil
        }
        return [
            "type": .string(RequestContext.bodyType(content)),
            "isJSON": .bool(content.encoding == .json),
            "isText": .bool(content.encoding == .text),
            "isRaw": .bool(content.encoding != .json && content.encoding != .text),
            "validates": .bool(content.encoding == .json && index.validates(content.type)),
        ]
    }

    private func payloadClause(_ response: ResponseModel) -> String {
        var parts: [String] = []
        if !response.status.isCode {
            parts.append("statusCode: Int")
        }
        if let type = RequestContext.chosenContent(response.contents).map(RequestContext.bodyType) {
            parts.append(response.status.isCode ? type : "body: " + type)
        }
        if let headers = headerContext.typeName(response) {
            parts.append("headers: " + headers)
        }
        return parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")"
    }

    private func returnExpression(_ response: ResponseModel) -> String {
        var parts: [String] = []
        if !response.status.isCode {
            parts.append("statusCode: forge_response.statusCode")
        }
        if RequestContext.chosenContent(response.contents) != nil {
            parts.append(response.status.isCode ? "forge_body" : "body: forge_body")
        }
        if headerContext.typeName(response) != nil {
            parts.append("headers: forge_headers")
        }
        let name: String = "." + response.caseName
        return parts.isEmpty ? name : name + "(" + parts.joined(separator: ", ") + ")"
    }

    private static func statusFact(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code): return "- Status: `\(code)`"
        case .range(let digit):
            return "- Status: `\(digit)XX` unless listed on its own; `statusCode` is the actual code"
        case .default: return "- Status: any other; `statusCode` is the actual code"
        }
    }
}

extension ResponseStatus {
    /// Whether the status is one explicit code, whose case carries no `statusCode`.
    fileprivate var isCode: Bool {
        if case .code = self {
            return true
        }
        return false
    }
}
