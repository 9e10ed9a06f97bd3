import ForgeDiagnostics
import ForgeDocument

/// A schema that gets a top-level Swift name: a component, or another `$ref` target.
struct NamedTarget {
    var target: ReferenceTarget
    var schema: JSONSchema
    var name: String
}

extension BuildContext {
    /// Names every component schema, then every other schema a `$ref` points at.
    ///
    /// Components are named from their keys and other targets from the last pointer segment or
    /// the file name; `nameOverrides` (by key or pointer) win. Collisions are resolved by
    /// `NameAllocator`, so one schema's name never depends on unrelated schemas.
    func nameTopLevelTargets() -> [NamedTarget] {
        let components = document.components.schemas.filter { component in
            guard let override = options.typeOverrides[component.name] else {
                return true
            }
            namedTargets[component.value.origin] =
                BuiltinType(rawValue: override).map(TypeUsage.builtin) ?? .named(override)
            return false
        }
        let componentTargets = Set(document.components.schemas.map(\.value.origin))
        let others = referencedTargets().subtracting(componentTargets).sorted()
        var named = claim(components.map { ($0.value.origin, $0.value, $0.name) })
        named += claim(
            others.compactMap { target in
                document.schema(at: target).map { (target, $0, Self.targetName(target)) }
            })
        return named
    }

    private func claim(_ entries: [(ReferenceTarget, JSONSchema, String)]) -> [NamedTarget] {
        let candidates = entries.map { target, _, key in
            let override = options.nameOverrides[key] ?? options.nameOverrides[target.pointer]
            return NameAllocator.Candidate(
                original: key, preferred: override ?? SwiftNaming.typeName(key), alternate: nil)
        }
        let names = topScope.names.allocate(candidates)
        for ((target, schema, _), (candidate, name)) in zip(entries, zip(candidates, names))
        where overridden(target, key: candidate.original) && SwiftNaming.unescaped(name) != candidate.preferred {
            warn(
                "nameOverrides names this schema '\(candidate.preferred)', which another type already has, "
                    + "so it is generated as '\(name)'; choose a name no other type takes",
                at: schema.location, pointer: schema.pointer)
        }
        return zip(entries, names).map { entry, name in
            namedTargets[entry.0] = .named(name)
            targetNames[entry.0] = entry.2
            return NamedTarget(target: entry.0, schema: entry.1, name: name)
        }
    }

    private func overridden(_ target: ReferenceTarget, key: String) -> Bool {
        options.nameOverrides[key] != nil || options.nameOverrides[target.pointer] != nil
    }

    /// Warns about `nameOverrides` keys that name no component schema and no reference target.
    func warnAboutUnmatchedNameOverrides(_ named: [NamedTarget]) {
        let names: [String] = named.compactMap { targetNames[$0.target] }
        let keys: Set<String> = Set(names + named.map(\.target.pointer))
        for key in options.nameOverrides.keys.sorted() where !keys.contains(key) {
            var message = "nameOverrides key '\(key)' names no schema of the document, so it changes nothing"
            if let suggestion = Suggestion.closest(to: key, in: names) {
                message += "; did you mean '\(suggestion)'?"
            }
            warn(message, at: nil)
        }
    }

    /// Returns the name of a target that is not a component: its last pointer segment, else its file name.
    private static func targetName(_ target: ReferenceTarget) -> String {
        if let segment = target.lastSegment {
            return segment
        }
        let file = target.file.split(separator: "/").last.map(String.init) ?? target.file
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    /// Returns every target of a schema `$ref` or discriminator mapping in the documents read.
    private func referencedTargets() -> Set<ReferenceTarget> {
        var targets: Set<ReferenceTarget> = []
        for schema in document.allSchemas.values {
            if let reference = schema.reference {
                targets.insert(reference.target)
            }
            for entry in schema.discriminator?.mapping ?? [] {
                targets.insert(entry.reference.target)
            }
        }
        return targets.filter { document.schema(at: $0) != nil }
    }

    /// Declares the named targets (only those in `kept`, when given): type aliases first, then
    /// enums, so the constraints and defaults of other types can see through aliases and name cases.
    func declareTopLevel(_ targets: [NamedTarget], keeping kept: Set<ReferenceTarget>?) -> [TypeDeclaration] {
        let included = targets.filter { kept?.contains($0.target) ?? true }
        let ranks = included.map(buildRank)
        let ordered = included.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { included[$0] }
        var declarations = ordered.map(declareTopLevel)
        declarations += topScope.declarations
        return declarations.sorted { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
    }

    private func buildRank(_ named: NamedTarget) -> Int {
        switch declarationKind(of: NullableSchema(named.schema, context: self).core) {
        case nil: return 0
        case .enumeration?: return 1
        default: return 2
        }
    }

    private func declareTopLevel(_ named: NamedTarget) -> TypeDeclaration {
        let core = NullableSchema(named.schema, context: self).core
        referencedTopLevelNames = topLevelNames(referencedIn: [named.schema])
        defer { referencedTopLevelNames = [] }
        if let kind = declarationKind(of: core) {
            return declare(kind, schema: core, name: named.name, qualifiedName: named.name)
        }
        let target = usage(of: core, in: topScope, hint: named.name)
        aliasTargets[named.name] = target
        return .typeAlias(
            TypeAliasDeclaration(
                name: named.name, qualifiedName: named.name, origin: origin(of: named.schema), target: target,
                documentation: documentation(of: named.schema)))
    }
}
