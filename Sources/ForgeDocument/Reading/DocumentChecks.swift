import ForgeDiagnostics
import ForgeFrontEnd

/// Checks that span several objects of a read document: operation ids, path templates,
/// duplicate parameters and security scheme names.
struct DocumentChecks {
    let document: OpenAPIDocument
    private(set) var diagnostics: [Diagnostic] = []

    init(document: OpenAPIDocument) {
        self.document = document
    }

    mutating func run() {
        checkOperationIds()
        checkIdenticalPaths()
        for entry in document.paths {
            checkPathTemplate(entry)
        }
        let items = document.paths.map(\.item) + document.webhooks.map(\.value)
        for item in items {
            checkDuplicates(item.parameters)
            for operation in item.operations {
                checkDuplicates(operation.parameters)
            }
        }
        checkSecuritySchemeNames(items)
    }

    /// Reports an operationId used by a second operation, with a note at its first use.
    ///
    /// The first use is kept as its name and location, not as the `Operation`: this runs when the whole
    /// document and every file's node tree are in memory, the peak of the generator's memory use.
    private mutating func checkOperationIds() {
        var firstUse: [String: (displayName: String, location: SourceLocation?)] = [:]
        for entry in document.paths {
            for operation in entry.item.operations {
                checkOperationId(operation, firstUse: &firstUse)
            }
        }
        for webhook in document.webhooks {
            for operation in webhook.value.operations {
                checkOperationId(operation, firstUse: &firstUse)
            }
        }
    }

    private mutating func checkOperationId(
        _ operation: Operation, firstUse: inout [String: (displayName: String, location: SourceLocation?)]
    ) {
        guard let id = operation.operationId else {
            return
        }
        guard let first = firstUse[id] else {
            firstUse[id] = (operation.displayName, operation.operationIdLocation)
            return
        }
        let note = Diagnostic.Note("\(first.displayName) declares operationId '\(id)' here", at: first.location)
        diagnostics.append(
            .error(
                "duplicate operationId '\(id)': \(operation.displayName) uses the id of \(first.displayName)",
                at: operation.operationIdLocation, notes: [note]))
    }

    /// Reports paths that differ only in the names of their template parameters: an error when
    /// both have an operation with the same method (a request could match either), else a warning.
    private mutating func checkIdenticalPaths() {
        var seen: [String: PathEntry] = [:]
        for entry in document.paths {
            let shape = Self.templateShape(entry.path)
            guard let first = seen[shape] else {
                seen[shape] = entry
                continue
            }
            let note = Diagnostic.Note("'\(first.path)' is declared here", at: first.pathLocation)
            let message = "path '\(entry.path)' is identical to '\(first.path)' apart from parameter names"
            let methods = Set(first.item.operations.map(\.method))
            if entry.item.operations.contains(where: { methods.contains($0.method) }) {
                diagnostics.append(.error(message, at: entry.pathLocation, notes: [note]))
            } else {
                diagnostics.append(.warning(message, at: entry.pathLocation, notes: [note]))
            }
        }
    }

    private mutating func checkPathTemplate(_ entry: PathEntry) {
        let names = Self.templateNames(entry.path)
        for (index, name) in names.enumerated() where names[..<index].contains(name) {
            diagnostics.append(.error("path '\(entry.path)' uses '{\(name)}' twice", at: entry.pathLocation))
        }
        for parameter in entry.item.parameters where parameter.in == .path && !names.contains(parameter.name) {
            diagnostics.append(notInTemplate(parameter, entry.path))
        }
        for operation in entry.item.operations {
            checkOperation(operation, in: entry, templateNames: names)
        }
    }

    private mutating func checkOperation(_ operation: Operation, in entry: PathEntry, templateNames: [String]) {
        for parameter in operation.parameters where parameter.in == .path && !templateNames.contains(parameter.name) {
            diagnostics.append(notInTemplate(parameter, entry.path))
        }
        let declared = (entry.item.parameters + operation.parameters).filter { $0.in == .path }.map(\.name)
        for name in templateNames where !declared.contains(name) {
            diagnostics.append(
                .error(
                    "path parameter '\(name)' of \(operation.displayName) is not declared; add a parameter with 'in: path'",
                    at: operation.location))
        }
    }

    private func notInTemplate(_ parameter: Parameter, _ path: String) -> Diagnostic {
        .error(
            "path parameter '\(parameter.name)' does not appear in the path template '\(path)'",
            at: parameter.reference?.location ?? parameter.location)
    }

    /// Reports a parameter declared twice in one list (same name and placement).
    private mutating func checkDuplicates(_ parameters: [Parameter]) {
        for (index, parameter) in parameters.enumerated() {
            guard let first = parameters[..<index].first(where: { $0.isSameParameter(as: parameter) }) else {
                continue
            }
            let note = Diagnostic.Note("first declared here", at: first.reference?.location ?? first.location)
            diagnostics.append(
                .error(
                    "duplicate parameter '\(parameter.name)' in \(parameter.in.rawValue)",
                    at: parameter.reference?.location ?? parameter.location, notes: [note]))
        }
    }

    private mutating func checkSecuritySchemeNames(_ items: [PathItem]) {
        let known = document.components.securitySchemes.map(\.name)
        let requirements = (document.security ?? []) + items.flatMap { $0.operations.flatMap { $0.security ?? [] } }
        for requirement in requirements {
            for entry in requirement.schemes where !known.contains(entry.schemeName) {
                var message = "unknown security scheme '\(entry.schemeName)'"
                if let suggestion = Suggestion.closest(to: entry.schemeName, in: known) {
                    message += "; did you mean '\(suggestion)'?"
                }
                diagnostics.append(.error(message, at: entry.nameLocation))
            }
        }
    }

    /// Returns the names inside `{…}` of a path template, in order.
    static func templateNames(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Returns the path with every template parameter name removed: `/pets/{}`.
    private static func templateShape(_ path: String) -> String {
        var shape = path
        for name in templateNames(path) {
            shape = shape.replacing("{\(name)}", with: "{}")
        }
        return shape
    }
}
