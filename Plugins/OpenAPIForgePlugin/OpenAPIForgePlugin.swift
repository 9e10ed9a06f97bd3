import Foundation
import PackagePlugin

/// Generates Swift from a target's OpenAPI document at build time.
///
/// The target contains exactly one of `openapi.yaml`, `openapi.yml` or `openapi.json`, and may hold
/// an `openapi-forge.yaml` configuration. The plugin declares every file that can change the
/// output as an input (every YAML, JSON and Mustache file in the target, because references are
/// confined to the document's folder) and every generated file as an output, so the build runs
/// the generator when an input changes and skips it otherwise.
@main
struct OpenAPIForgePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            return []
        }
        let inputs = try PluginInputs(
            targetName: target.name, directory: target.directoryURL, files: target.sourceFiles)
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let tool = try context.tool(named: "openapi-forge")
        return [
            .buildCommand(
                displayName: "Generating Swift from \(inputs.document.lastPathComponent) for \(target.name)",
                executable: tool.url,
                arguments: inputs.generateArguments(outputDirectory: outputDirectory),
                inputFiles: inputs.dependencies,
                outputFiles: PluginOutputs.files(in: outputDirectory)
            )
        ]
    }
}
