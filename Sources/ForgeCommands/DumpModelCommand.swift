import ForgeArguments
import ForgeDiagnostics
import ForgeDocument
import ForgeSchemaModel

/// `openapi-forge dump-model FILE`: the schema model as JSON, for debugging and tests.
struct DumpModelCommand {
    var console: Console

    func run(_ command: ParsedCommand) -> Int32 {
        let path = command.value("document") ?? ""
        var configuration = GeneratorConfiguration()
        if let configurationPath = command.value("config") {
            do {
                configuration = try ConfigurationReader().read(contentsOf: configurationPath)
            } catch {
                console.report(error.diagnostics)
                return 1
            }
        }

        let read = DocumentReader().read(contentsOf: path)
        guard let document = read.document, !read.diagnostics.contains(where: { $0.severity == .error }) else {
            console.report(read.diagnostics)
            return 1
        }
        let model = SchemaModelBuilder(options: configuration.schemaModelOptions).build(document)
        console.report(DiagnosticCollection.unique(read.diagnostics + model.diagnostics))
        console.output(encodeModelJSON(model))
        return model.diagnostics.contains { $0.severity == .error } ? 1 : 0
    }
}
