import ForgeDiagnostics
import ForgeDocument

extension BuildContext {
    /// Merges path-level and operation-level parameters: path-level ones first, each replaced by
    /// the operation's parameter of the same name and placement, then the operation's others.
    ///
    /// Header parameters named `Accept`, `Content-Type` or `Authorization` are left out with a
    /// warning, as OpenAPI requires; `querystring` parameters are left out with a warning.
    func mergedParameters(pathLevel: [Parameter], operation: [Parameter]) -> [Parameter] {
        var merged = pathLevel.map { shared in operation.first { $0.isSameParameter(as: shared) } ?? shared }
        merged += operation.filter { own in !pathLevel.contains { $0.isSameParameter(as: own) } }
        return merged.filter(isModelled)
    }

    private func isModelled(_ parameter: Parameter) -> Bool {
        let ignoredHeaders: Set = ["accept", "content-type", "authorization"]
        if parameter.in == .header && ignoredHeaders.contains(parameter.name.lowercased()) {
            warn(
                "header parameter '\(parameter.name)' is ignored: the OpenAPI specification requires ignoring "
                    + "header parameters named Accept, Content-Type and Authorization",
                at: parameter.location)
            return false
        }
        if parameter.in == .querystring {
            warn(
                "querystring parameter '\(parameter.name)' is not supported yet and is left out", at: parameter.location
            )
            return false
        }
        return true
    }

    /// Builds the parameters of one operation with distinct Swift names; inline types go in `scope`.
    func parameterModels(_ parameters: [Parameter], scope: TypeScope) -> [ParameterModel] {
        var allocator = NameAllocator()
        let names = allocator.allocate(
            parameters.map { parameter in
                .init(
                    original: parameter.name, preferred: SwiftNaming.memberName(parameter.name),
                    alternate: SwiftNaming.verbatimMemberName(parameter.name))
            })
        return zip(parameters, names).map { parameter, swiftName in
            parameterModel(parameter, swiftName: swiftName, scope: scope)
        }
    }

    private func parameterModel(_ parameter: Parameter, swiftName: String, scope: TypeScope) -> ParameterModel {
        let schema = parameter.schema ?? parameter.content.first?.schema
        let type = schema.map { resolve($0, in: scope, hint: parameter.name).usage } ?? .builtin(.string)
        let isRequired = parameter.required || parameter.in == .path
        let presence: Presence = isRequired ? .required : .optional
        return ParameterModel(
            name: parameter.name, swiftName: swiftName,
            location: ParameterModel.Location(rawValue: parameter.in.rawValue) ?? .query, type: type,
            isRequired: isRequired, style: ParameterModel.Style(rawValue: parameter.effectiveStyle.rawValue) ?? .form,
            explode: parameter.effectiveExplode,
            constraints: schema.map { constraints(of: $0, type: type) } ?? ValueConstraints(),
            defaultExpression: schema.flatMap { defaultExpression(for: $0, type: type, presence: presence) },
            documentation: Documentation(
                description: parameter.description, examples: parameter.example.map { [CompactJSON.text($0)] } ?? [],
                isDeprecated: parameter.deprecated || schema?.deprecated == true, location: parameter.location))
    }

    /// Builds the response headers, leaving out `Content-Type`, which OpenAPI requires ignoring.
    ///
    /// Many responses list the same referenced headers, such as rate limits. Lists whose types are all
    /// built-in are built once and shared, because their models cannot depend on the operation.
    func headerModels(_ headers: [Named<Header>], scope: TypeScope, hint: String) -> [ParameterModel] {
        let kept = distinctHeaders(headers.filter { $0.name.lowercased() != "content-type" })
        let key = SharedHeadersKey(kept)
        if let shared = sharedHeaderModels[key] {
            return shared
        }
        let models = buildHeaderModels(kept, scope: scope, hint: hint)
        if models.allSatisfy({ Self.isBuiltinOnly($0.type) }) {
            sharedHeaderModels[key] = models
        }
        return models
    }

    /// Returns the headers without an empty name or a name that an earlier header has in another case,
    /// with a warning for each one left out: HTTP header names ignore case, so a response carries one value.
    private func distinctHeaders(_ headers: [Named<Header>]) -> [Named<Header>] {
        var seen: [String: String] = [:]
        return headers.filter { header in
            guard !header.name.isEmpty else {
                warn(
                    "a response header has an empty name, so it is ignored; give it the header's name",
                    at: header.nameLocation)
                return false
            }
            if let first = seen[header.name.lowercased()] {
                warn(
                    "response header '\(header.name)' is the same header as '\(first)', because header names "
                        + "ignore case, so it is ignored; remove one of them",
                    at: header.nameLocation)
                return false
            }
            seen[header.name.lowercased()] = header.name
            return true
        }
    }

    private func buildHeaderModels(_ kept: [Named<Header>], scope: TypeScope, hint: String) -> [ParameterModel] {
        var allocator = NameAllocator()
        let names = allocator.allocate(
            kept.map {
                .init(
                    original: $0.name, preferred: SwiftNaming.memberName($0.name),
                    alternate: SwiftNaming.verbatimMemberName($0.name))
            })
        return zip(kept, names).map { header, swiftName in
            let schema = header.value.schema ?? header.value.content.first?.schema
            let type = schema.map { resolve($0, in: scope, hint: hint + " " + header.name).usage } ?? .builtin(.string)
            return ParameterModel(
                name: header.name, swiftName: swiftName, location: .header, type: type,
                isRequired: header.value.required,
                style: .simple, explode: header.value.explode ?? false,
                constraints: schema.map { constraints(of: $0, type: type) } ?? ValueConstraints(),
                documentation: Documentation(
                    description: header.value.description, isDeprecated: header.value.deprecated,
                    location: header.value.reference == nil ? header.nameLocation : header.value.location))
        }
    }

    /// Returns whether `type` names no generated type, so it reads the same in every scope.
    private static func isBuiltinOnly(_ type: TypeUsage) -> Bool {
        switch type {
        case .builtin: true
        case .named: false
        case .array(let element), .dictionary(let element), .optional(let element): isBuiltinOnly(element)
        }
    }
}

/// The identity of a list of response headers: each header's name and the location of its definition.
///
/// A referenced header has the location of its target, so responses that refer to the same headers
/// have equal keys. The location of an inline header belongs to one response only.
struct SharedHeadersKey: Hashable {
    let names: [String]
    let locations: [SourceLocation]

    init(_ headers: [Named<Header>]) {
        names = headers.map(\.name)
        locations = headers.map { $0.value.reference == nil ? $0.nameLocation : $0.value.location }
    }
}
