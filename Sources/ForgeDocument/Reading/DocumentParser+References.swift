import ForgeDiagnostics
import ForgeFrontEnd

/// A value that can stand behind a reference object and remember it.
protocol Referable: Sendable {
    var reference: Reference? { get set }
    var description: String? { get set }

    /// Applies the `summary` and `description` written next to the `$ref` (OpenAPI 3.1).
    mutating func override(summary: String?, description: String?)
}

extension Referable {
    /// Applies the `description`; values without a summary ignore the `summary`.
    mutating func override(summary: String?, description: String?) {
        self.description = description ?? self.description
    }
}

extension DocumentParser {
    /// Reads `node` with `read`, following a `$ref` (and a chain of them) first.
    ///
    /// A referenced target is read once; later references reuse the value. The result keeps
    /// the first reference followed, and the reference object's `summary`/`description` win.
    func resolving<Value: Referable>(
        _ node: Node, at target: ReferenceTarget, _ kind: String, _ read: (Node, ReferenceTarget) -> Value?
    ) -> Value? {
        guard node["$ref"] != nil else {
            return read(node, target)
        }
        guard let object = object(node, at: target, "\(kind) reference", known: Keywords.reference, dereference: false),
            let (resolvedNode, resolvedTarget, reference) = follow(node, at: target)
        else {
            return nil
        }
        guard var value = cached(resolvedNode, at: resolvedTarget, read) else {
            return nil
        }
        value.reference = reference
        value.override(summary: string(object, "summary"), description: string(object, "description"))
        return value
    }

    /// Reads the value at `target` once, reusing it on later calls.
    func cached<Value: Sendable>(_ node: Node, at target: ReferenceTarget, _ read: (Node, ReferenceTarget) -> Value?)
        -> Value?
    {
        if let value = objectsByTarget[target] as? Value {
            return value
        }
        guard let value = read(node, target) else {
            return nil
        }
        objectsByTarget[target] = value
        return value
    }

    /// Follows `$ref`s from `node` until a node without one, reporting failures and cycles.
    func follow(_ node: Node, at target: ReferenceTarget) -> (Node, ReferenceTarget, Reference)? {
        var current = (node: node, target: target)
        var chain = [target]
        var first: Reference?
        while let refNode = current.node["$ref"] {
            guard let reference = reference(refNode, in: current.target) else {
                return nil
            }
            first = first ?? reference
            if let start = chain.firstIndex(of: reference.target) {
                reportCycle(Array(chain[start...]))
                return nil
            }
            guard let next = self.node(for: reference) else {
                return nil
            }
            chain.append(reference.target)
            current = (next, reference.target)
        }
        guard let first else {
            return nil
        }
        return (current.node, current.target, first)
    }

    /// Resolves the `$ref` value `refNode`, written at `target`, to a reference; nil when invalid (reported).
    func reference(_ refNode: Node, in target: ReferenceTarget) -> Reference? {
        let refTarget = target.appending("$ref")
        guard let text = refNode.string else {
            wrongType("$ref", expected: "a string", found: refNode, refTarget)
            return nil
        }
        do {
            let resolved = try resolver.target(of: text, in: target.file)
            return Reference(text: text, target: resolved, location: refNode.location)
        } catch {
            report(error, text: text, at: refNode.location, refTarget)
            return nil
        }
    }

    /// Returns the node a reference points at; nil when it cannot be found (reported at the `$ref`).
    func node(for reference: Reference) -> Node? {
        do {
            return try resolver.node(at: reference.target)
        } catch {
            report(error, text: reference.text, at: reference.location, nil)
            return nil
        }
    }

    /// Names a target the way messages show it: `#/pointer` in the root document, `file#/pointer` elsewhere.
    func describe(_ target: ReferenceTarget) -> String {
        target.file == resolver.rootFile ? "#\(target.pointer)" : target.description
    }

    /// Reports a cycle of references, once however it was entered: the chain starts at its
    /// smallest target and the message sits at that target's `$ref`.
    func reportCycle(_ cycle: [ReferenceTarget]) {
        guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else {
            return
        }
        let rotated = Array(cycle[smallest...] + cycle[..<smallest])
        let names = (rotated + [rotated[0]]).map(describe).joined(separator: " → ")
        let location = (try? resolver.node(at: rotated[0]))?["$ref"]?.location
        error("reference cycle: \(names)", at: location, rotated[0])
    }

    private func report(
        _ failure: ReferenceResolver.Failure, text: String, at location: SourceLocation, _ target: ReferenceTarget?
    ) {
        switch failure {
        case .invalid(let message):
            error(message, at: location, target)
        case .missingFile(let path):
            error("cannot resolve reference '\(text)': file '\(path)' does not exist", at: location, target)
        case .unreadableFile(let path):
            error("cannot resolve reference '\(text)': file '\(path)' could not be loaded", at: location, target)
        case .noValue(let pointer, let siblings):
            var message = "cannot resolve reference '\(text)': nothing at '\(pointer)'"
            let missingKey = JSONPointer.segments(of: pointer).last ?? ""
            if let suggestion = Suggestion.closest(to: missingKey, in: siblings) {
                message += "; did you mean '\(suggestion)'?"
            }
            error(message, at: location, target)
        }
    }
}
