import ForgeDiagnostics
import ForgeFrontEnd

/// Reading the targets of schema references, in any file, once the document is read.
extension DocumentParser {
    /// Reads every schema target not read yet, including those of schemas read on the way,
    /// then reports chains of references that never reach a schema.
    func resolveSchemaReferences() {
        var index = 0
        var failed: Set<ReferenceTarget> = []
        while index < schemaReferences.count {
            let reference = schemaReferences[index]
            index += 1
            guard schemas[reference.target] == nil else {
                continue
            }
            guard !failed.contains(reference.target), let node = node(for: reference) else {
                failed.insert(reference.target)
                continue
            }
            _ = schema(node, at: reference.target)
        }
        reportFailedReferences(failed)
        reportAliasCycles()
    }

    /// Reports every `$ref` to a target that could not be read, after the first which was reported already.
    private func reportFailedReferences(_ failed: Set<ReferenceTarget>) {
        guard !failed.isEmpty else {
            return
        }
        var reported: Set<ReferenceTarget> = []
        for reference in schemaReferences where failed.contains(reference.target) {
            if reported.insert(reference.target).inserted {
                continue
            }
            _ = node(for: reference)
        }
    }

    /// Reports schemas that are only a `$ref` and lead back to themselves without any schema
    /// in between (`A: {$ref: A}`, or `A → B → A`); recursion through properties or items is legal.
    private func reportAliasCycles() {
        var settled: Set<ReferenceTarget> = []
        for (start, schema) in schemas where schema.isReferenceOnly && !settled.contains(start) {
            var chain: [ReferenceTarget] = [start]
            var current = schema
            while let next = current.reference?.target, let nextSchema = schemas[next], nextSchema.isReferenceOnly {
                if let cycleStart = chain.firstIndex(of: next) {
                    reportCycle(Array(chain[cycleStart...]))
                    break
                }
                if settled.contains(next) {
                    break
                }
                chain.append(next)
                current = nextSchema
            }
            settled.formUnion(chain)
        }
    }
}
