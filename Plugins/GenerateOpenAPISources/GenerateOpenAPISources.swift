import Foundation
import PackagePlugin

/// Writes generated Swift into a target's source folder, for teams that commit generated code.
///
/// `swift package --allow-writing-to-package-directory generate-openapi-sources --target NAME`
/// regenerates `Sources/NAME/Generated/`; `--check` writes nothing, prints the diff of what
/// would change and fails when the committed files are stale.
@main
struct GenerateOpenAPISources: CommandPlugin {
    static let documentNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configurationName = "openapi-forge.yaml"

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        guard extractor.remainingArguments.isEmpty else {
            throw CommandError(
                "unexpected arguments: \(extractor.remainingArguments.joined(separator: " ")); "
                    + "usage: generate-openapi-sources [--target NAME ...] [--check]")
        }

        let targets = try selectedTargets(context: context, names: targetNames)
        let tool = try context.tool(named: "openapi-forge")
        var failures: [String] = []
        for target in targets {
            let succeeded = try run(tool: tool.url, target: target, check: check)
            if !succeeded {
                failures.append(target.name)
            }
        }
        if !failures.isEmpty {
            let verb = check ? "has stale generated files" : "failed to generate"
            throw CommandError("\(failures.joined(separator: ", ")) \(verb)")
        }
    }

    /// The named targets, or every source target that contains an OpenAPI document.
    private func selectedTargets(context: PluginContext, names: [String]) throws -> [SourceModuleTarget] {
        let all = context.package.targets.compactMap { $0 as? SourceModuleTarget }
        if names.isEmpty {
            return all.filter { document(in: $0) != nil }
        }
        return try names.map { name in
            guard let target = all.first(where: { $0.name == name }) else {
                throw CommandError("no source target named '\(name)' in package '\(context.package.displayName)'")
            }
            return target
        }
    }

    private func document(in target: SourceModuleTarget) -> URL? {
        target.sourceFiles.first { Self.documentNames.contains($0.url.lastPathComponent) }?.url
    }

    private func run(tool: URL, target: SourceModuleTarget, check: Bool) throws -> Bool {
        guard let document = document(in: target) else {
            throw CommandError(
                "target '\(target.name)' has no OpenAPI document; add one named "
                    + Self.documentNames.map { "'\($0)'" }.joined(separator: ", "))
        }
        var arguments = ["generate", document.path, "--output", target.directoryURL.appending(path: "Generated").path]
        let configuration = target.sourceFiles.first { $0.url.lastPathComponent == Self.configurationName }
        if let configuration {
            arguments += ["--config", configuration.url.path]
        }
        if check {
            arguments.append("--check")
        }

        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

struct CommandError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
