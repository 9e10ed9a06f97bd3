import ForgeDocument

/// An operation from the document with the path item it belongs to.
struct SourceOperation {
    var path: PathEntry
    var operation: Operation
}

extension BuildContext {
    /// Builds every operation, with distinct method and namespace names.
    ///
    /// Method names come from `operationId` in lowerCamelCase, or from the method and path
    /// (`deleteGammaGammaId`) when there is none. Where two operations get the same name, the one
    /// whose `operationId` (then method and path) sorts first keeps it and the other gets a suffix
    /// hashed from its own method and path. A namespace whose name a top-level type already has
    /// ends in `Operation`, because inside it that name would mean the namespace, not the type.
    func buildOperations(_ operations: [SourceOperation]) -> [OperationModel] {
        var methodNames = NameAllocator()
        let methods = methodNames.allocate(operations.map(Self.methodCandidate))
        var typeNames = NameAllocator(reserving: [SwiftNaming.reservedTypeNames, topScope.names.claimedNames])
        let types = typeNames.allocate(
            zip(operations, methods).map { source, method in
                let preferred = SwiftNaming.typeName(SwiftNaming.unescaped(method))
                return .init(
                    original: Self.methodCandidate(source).original, preferred: preferred,
                    alternate: preferred + "Operation")
            })
        reportRenames(operations, methods: methods)
        return operations.indices.map { index in
            buildOperation(operations[index], methodName: methods[index], typeName: types[index])
        }
    }

    private static func methodCandidate(_ source: SourceOperation) -> NameAllocator.Candidate {
        let operation = source.operation
        let place = "\(operation.method) \(operation.path)"
        guard let id = operation.operationId else {
            let derived = operation.method.name.lowercased() + " " + operation.path
            return .init(original: place, preferred: SwiftNaming.memberName(derived), alternate: nil)
        }
        return .init(original: id + " " + place, preferred: SwiftNaming.memberName(id), alternate: nil, written: id)
    }

    private func reportRenames(_ operations: [SourceOperation], methods: [String]) {
        for (source, method) in zip(operations, methods) {
            guard let id = source.operation.operationId,
                SwiftNaming.unescaped(method) != SwiftNaming.unescaped(SwiftNaming.memberName(id))
            else {
                continue
            }
            warn(
                "operationId '\(id)' of \(source.operation.displayName) gives the same Swift name as another "
                    + "operation, so its method is named '\(method)'",
                at: source.operation.operationIdLocation ?? source.operation.location)
        }
    }

    private func buildOperation(_ source: SourceOperation, methodName: String, typeName: String) -> OperationModel {
        let operation = source.operation
        referencedTopLevelNames = topLevelNames(referencedIn: Self.schemas(of: source))
        defer { referencedTopLevelNames = [] }
        let scope = TypeScope(
            prefix: SwiftNaming.operationsNamespace + "." + typeName,
            reserved: [SwiftNaming.reservedTypeNames, referencedTopLevelNames])
        let parameters = parameterModels(
            mergedParameters(pathLevel: source.path.item.parameters, operation: operation.parameters), scope: scope)
        let requestBody = operation.requestBody.map { body in
            RequestBodyModel(
                isRequired: body.required, contents: contents(body.content, scope: scope, hint: "request body"),
                documentation: Documentation(description: body.description, location: body.location))
        }
        let responses = operation.responses.map { responseModel($0, scope: scope) }
        return OperationModel(
            methodName: methodName, typeName: typeName, operationId: operation.operationId,
            httpMethod: operation.method.name.uppercased(), path: operation.path,
            pathComponents: pathComponents(operation, parameters: parameters), parameters: parameters,
            requestBody: requestBody, responses: responses,
            security: securityRequirements(operation.security ?? document.security ?? []),
            acceptedContentTypes: acceptedContentTypes(operation.responses), tags: operation.tags,
            documentation: Documentation(
                title: operation.summary, description: operation.description, isDeprecated: operation.deprecated,
                location: operation.location),
            nestedTypes: scope.declarations)
    }

    private func responseModel(_ entry: ResponseEntry, scope: TypeScope) -> ResponseModel {
        let caseName = ResponseNames.caseName(for: entry.status)
        let hint = SwiftNaming.unescaped(caseName) + " body"
        return ResponseModel(
            status: ResponseStatus(entry.status), caseName: caseName,
            headers: headerModels(entry.response.headers, scope: scope, hint: SwiftNaming.unescaped(caseName)),
            contents: contents(entry.response.content, scope: scope, hint: hint),
            documentation: Documentation(description: entry.response.description, location: entry.statusLocation))
    }

    private func acceptedContentTypes(_ responses: [ResponseEntry]) -> [String] {
        var seen: Set<String> = []
        return responses.flatMap(\.response.content).map(\.contentType).filter { seen.insert($0).inserted }
    }

    /// Splits the path template into literal text and parameters, reporting names with no parameter.
    func pathComponents(_ operation: Operation, parameters: [ParameterModel]) -> [PathComponent] {
        var components: [PathComponent] = []
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex {
                components.append(.literal(String(rest[..<open])))
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let parameter = parameters.first(where: { $0.location == .path && $0.name == name }) {
                components.append(.parameter(swiftName: parameter.swiftName))
            } else {
                warn(
                    "path template variable '{\(name)}' of \(operation.displayName) has no path parameter",
                    at: operation.location)
                components.append(.literal("{\(name)}"))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty {
            components.append(.literal(String(rest)))
        }
        return components
    }
}

extension ResponseStatus {
    init(_ status: ForgeDocument.ResponseStatus) {
        switch status {
        case .code(let code): self = .code(code)
        case .range(let digit): self = .range(digit)
        case .default: self = .default
        }
    }
}
