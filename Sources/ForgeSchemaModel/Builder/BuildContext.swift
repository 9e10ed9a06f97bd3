import ForgeDiagnostics
import ForgeDocument

/// The mutable state of one model build: the document, the options, names and diagnostics.
final class BuildContext {
    let document: OpenAPIDocument
    let options: SchemaModelOptions
    var diagnostics = DiagnosticCollection()

    /// The Swift type of every schema that has a top-level name: components and `$ref` targets.
    var namedTargets: [ReferenceTarget: TypeUsage] = [:]
    /// The component key or pointer-derived name of each named target, for messages and oneOf cases.
    var targetNames: [ReferenceTarget: String] = [:]
    /// Enums by qualified name, so defaults can name their cases.
    var enumsByName: [String: EnumDeclaration] = [:]
    /// The target type of each declared type alias, by qualified name.
    var aliasTargets: [String: TypeUsage] = [:]
    /// Top-level type names referenced inside the type or operation being built. Nested types avoid
    /// them, because a nested `Status` would hide a top-level `Status` from the parent's members.
    var referencedTopLevelNames: Set<String> = []
    /// Response header models whose types are all built-in, shared by the responses that list the same headers.
    var sharedHeaderModels: [SharedHeadersKey: [ParameterModel]] = [:]
    /// Types declared at the top level, in the order they were built.
    let topScope = TypeScope(prefix: nil, reserved: [SwiftNaming.reservedTypeNames])

    private var nullabilityInProgress: Set<ReferenceTarget> = []

    init(document: OpenAPIDocument, options: SchemaModelOptions) {
        self.document = document
        self.options = options
    }

    func warn(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        diagnostics.append(.warning(message, at: location, pointer: pointer))
    }

    func note(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        diagnostics.append(Diagnostic(.note, message, at: location, pointer: pointer))
    }

    /// Returns the schema a reference points at, reporting a target that is not a schema.
    func schema(for reference: SchemaReference) -> JSONSchema? {
        if let target = document.schema(at: reference.target) {
            return target
        }
        warn(
            "'\(reference.text)' does not point at a schema; its value is treated as free-form JSON",
            at: reference.location)
        return nil
    }

    /// Returns whether the schema a reference points at allows `null`, following references.
    func targetAllowsNull(_ reference: SchemaReference) -> Bool {
        let target = reference.target
        guard !nullabilityInProgress.contains(target), let schema = document.schema(at: target) else {
            return false
        }
        nullabilityInProgress.insert(target)
        defer { nullabilityInProgress.remove(target) }
        return NullableSchema(schema, context: self).isNullable
    }
}

/// A namespace that declares nested types: a type, an operation, or the top level.
final class TypeScope {
    /// The qualified name of the enclosing type; nil at the top level.
    let prefix: String?
    var names: NameAllocator
    var declarations: [TypeDeclaration] = []

    init(prefix: String?, reserved: [Set<String>]) {
        self.prefix = prefix
        names = NameAllocator(reserving: reserved)
    }

    /// The number of types that enclose a declaration in this scope, 0 at the top level.
    var depth: Int {
        prefix.map { $0.split(separator: ".").count } ?? 0
    }

    /// Returns the qualified spelling of a type declared in this scope.
    func qualified(_ name: String) -> String {
        prefix.map { "\($0).\(name)" } ?? name
    }

    /// Claims a distinct type name made from `original`, such as `Status` for `status`, or, when
    /// that is taken, the enclosing type's name followed by it, such as `WidgetType`.
    func claimTypeName(for original: String) -> String {
        let parent = prefix?.split(separator: ".").last.map(String.init)
        let alternate = parent.map { SwiftNaming.typeName($0 + " " + original) }
        return names.claim(.init(original: original, preferred: SwiftNaming.typeName(original), alternate: alternate))
    }
}
