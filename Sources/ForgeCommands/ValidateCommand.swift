import ForgeArguments
import ForgeDiagnostics
import ForgeDocument
import ForgeSchemaModel

/// `openapi-forge validate FILE [--strict]`: a one-line summary, or every problem found.
struct ValidateCommand {
    var console: Console

    func run(_ command: ParsedCommand) -> Int32 {
        let path = command.value("document") ?? ""
        let strict = command.flag("strict")
        let result = DocumentReader().read(contentsOf: path)
        var diagnostics = result.diagnostics
        if let document = result.document, !result.diagnostics.contains(where: { $0.severity == .error }) {
            // Building the schema model finds what only generation would otherwise report, such as
            // ignored header parameters, renamed operations and unsupported constructs.
            diagnostics += SchemaModelBuilder().build(document).diagnostics
            diagnostics = DiagnosticCollection.unique(diagnostics)
        }
        console.report(diagnostics)

        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        guard let document = result.document, errors == 0, !(strict && warnings > 0) else {
            let reason = errors > 0 ? "\(errors) error(s)" : "\(warnings) warning(s) with --strict"
            console.error("\(path): invalid: \(reason)\n")
            return 1
        }
        console.output(DocumentSummary(document).description + "\n")
        return 0
    }
}
