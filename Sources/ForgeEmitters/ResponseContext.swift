import ForgeRendering
import ForgeSchemaModel

/// Maps an operation's documented responses to the cases of its `Response` enum and the branches of
/// the client method's `switch` over the status code.
///
/// Explicit codes come before ranges, so `404` wins over `4XX`; a range case and `default` carry the
/// actual status code. NOTE: response headers are not exposed, and a response with several media
/// types is decoded as its first JSON one (else its first).
struct ResponseContext {
    let operation: OperationModel
    let docComment: DocComment
    let index: TypeIndex

    /// The documented responses: codes first, then ranges, then `default`, each in document order.
    private var ordered: [ResponseModel] {
        func rank(_ status: ResponseStatus) -> Int {
            switch status {
            case .code: return 0
            case .range: return 1
            case .default: return 2
            }
        }
        return operation.responses.enumerated().sorted { left, right in
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

    /// The `switch` branches for codes and ranges: `pattern`, `decode` (or null), `returnExpression`.
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
        let body: String? = RequestContext.chosenContent(response.contents).map(RequestContext.bodyType)
        switch (response.status, body) {
        case (.code, nil): return ""
        case (.code, let type?): return "(\(type))"
        case (_, nil): return "(statusCode: Int)"
        case (_, let type?): return "(statusCode: Int, body: \(type))"
        }
    }

    private func returnExpression(_ response: ResponseModel) -> String {
        let hasBody: Bool = RequestContext.chosenContent(response.contents) != nil
        let name: String = "." + response.caseName
        switch (response.status, hasBody) {
        case (.code, false): return name
        case (.code, true): return name + "(forge_body)"
        case (_, false): return name + "(statusCode: forge_response.statusCode)"
        case (_, true): return name + "(statusCode: forge_response.statusCode, body: forge_body)"
        }
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
