import ForgeDiagnostics
import ForgeDocument

/// Builds the schema model, where every Swift decision is made, from a typed OpenAPI document.
public struct SchemaModelBuilder: Sendable {
    public var options: SchemaModelOptions

    public init(options: SchemaModelOptions = .init()) {
        self.options = options
    }

    /// Returns the model of `document`; problems found on the way are in `diagnostics`, in location order.
    ///
    /// Building never stops early: a construct the generator cannot model is reported where it is
    /// written and replaced by the closest thing it can model (free-form JSON, raw bytes).
    public func build(_ document: OpenAPIDocument) -> SchemaModel {
        let context = BuildContext(document: document, options: options)
        let named = context.nameTopLevelTargets()
        context.warnAboutUnmatchedNameOverrides(named)
        let operations = keptOperations(document)
        let reachable = options.operationFilter.isEmpty ? nil : context.reachableTargets(from: operations)
        var types = context.declareTopLevel(named, keeping: reachable)
        types = Self.breakAliasCycles(in: types, named: named, context: context)
        var operationModels = context.buildOperations(operations)

        // NOTE: types nested in operations are not searched for cycles; only a `$ref` into an
        // operation's inline schema could close one there.
        types = Self.box(CycleBreaker(types).edgesToBox(), in: types)
        types = Self.box(NestingBreaker(types).edgesToBox(), in: types)
        let marker = ValidationMarker(types + operationModels.flatMap(\.nestedTypes))
        types = DeclarationWalk.map(types, marker.marked)
        operationModels = operationModels.map { Self.marked($0, marker: marker) }

        return SchemaModel(
            info: APIInfo(
                title: document.info.title, version: document.info.version, description: document.info.description),
            servers: document.servers.map(Self.server), types: types, operations: operationModels,
            securitySchemes: context.securitySchemeModels(), diagnostics: Self.unique(context.diagnostics.sorted))
    }

    /// Breaks cycles of type aliases, warning at the schema of each alias that now uses `JSONValue`.
    private static func breakAliasCycles(in types: [TypeDeclaration], named: [NamedTarget], context: BuildContext)
        -> [TypeDeclaration]
    {
        var breaker = AliasCycleBreaker(types)
        let (result, changed) = breaker.broken(types)
        let schemas = Dictionary(named.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        for case .typeAlias(let alias) in result where changed.contains(alias.qualifiedName) {
            context.aliasTargets[alias.qualifiedName] = alias.target
        }
        for name in changed {
            context.warn(
                "'\(name)' only refers back to itself through other schemas (array items, map values or allOf), "
                    + "which no Swift type can express; where it refers back, JSONValue is generated",
                at: schemas[name]?.location, pointer: schemas[name]?.pointer)
        }
        return result
    }

    private func keptOperations(_ document: OpenAPIDocument) -> [SourceOperation] {
        document.paths.flatMap { entry in
            entry.item.operations.map { SourceOperation(path: entry, operation: $0) }
        }.filter { source in
            options.operationFilter.includes(
                operationId: source.operation.operationId, tags: source.operation.tags, path: source.path.path)
        }
    }

    /// Returns `types` with the properties and `oneOf` cases of `boxed` stored out of line.
    private static func box(_ boxed: Set<CycleBreaker.Edge>, in types: [TypeDeclaration]) -> [TypeDeclaration] {
        guard !boxed.isEmpty else {
            return types
        }
        return DeclarationWalk.map(types) { declaration in
            switch declaration {
            case .structure(var structure):
                for index in structure.properties.indices {
                    let edge = CycleBreaker.Edge(
                        owner: structure.qualifiedName, member: structure.properties[index].jsonName)
                    structure.properties[index].isBoxed = structure.properties[index].isBoxed || boxed.contains(edge)
                }
                return .structure(structure)
            case .oneOf(var oneOf):
                for index in oneOf.cases.indices {
                    let edge = CycleBreaker.Edge(owner: oneOf.qualifiedName, member: oneOf.cases[index].swiftName)
                    oneOf.cases[index].isIndirect = oneOf.cases[index].isIndirect || boxed.contains(edge)
                }
                return .oneOf(oneOf)
            case .enumeration, .typeAlias:
                return declaration
            }
        }
    }

    private static func marked(_ operation: OperationModel, marker: ValidationMarker) -> OperationModel {
        var copy = operation
        copy.nestedTypes = DeclarationWalk.map(operation.nestedTypes, marker.marked)
        copy.parameters = operation.parameters.map { parameter in
            var marked = parameter
            marked.constraints = marker.marked(parameter.constraints, type: parameter.type)
            return marked
        }
        return copy
    }

    /// Returns the server URL with each variable replaced by its default.
    private static func server(_ server: Server) -> ServerModel {
        var url = server.url
        for variable in server.variables {
            url = url.replacing("{\(variable.name)}", with: variable.value.defaultValue)
        }
        return ServerModel(url: url, description: server.description)
    }

    /// Drops repeated diagnostics, such as a conflict found again where a schema is merged twice.
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
