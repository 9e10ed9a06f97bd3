import ForgeArguments
import ForgeDiagnostics
import ForgeEmitters
import Foundation

/// `openapi-forge generate [DOCUMENT] --output DIR [--config FILE] [--templates DIR] [--check]`.
struct GenerateCommand {
    var console: Console

    func run(_ command: ParsedCommand) -> Int32 {
        let start = ContinuousClock.now
        let documentPath = command.value("document") ?? CommandLineSpec.defaultDocument
        let outputDirectory = command.value("output") ?? CommandLineSpec.defaultOutput

        var configuration = GeneratorConfiguration()
        if let configurationPath = command.value("config") {
            do {
                configuration = try ConfigurationReader().read(contentsOf: configurationPath)
            } catch {
                console.report(error.diagnostics)
                return 1
            }
        }
        if let templates = command.value("templates") {
            configuration.templatesDirectory = templates
        }

        let pluginLayout = command.flag("plugin-layout")
        let split: EmitterOptions.FileSplit = pluginLayout ? .files(PluginLayout.filesPerGroup) : .automatic
        let result = GenerationPipeline(configuration: configuration, fileSplit: split).run(documentPath: documentPath)
        console.report(result.diagnostics)
        guard var files = result.files else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            console.error("\(documentPath): generation failed with \(errors) error(s); nothing was written\n")
            return 1
        }

        if pluginLayout {
            files = PluginLayout.complete(files, documentPath: documentPath)
        }
        let writer = OutputWriter(directory: outputDirectory)
        if command.flag("check") {
            return check(files, writer: writer, outputDirectory: outputDirectory)
        }
        do {
            let summary = try writer.write(files)
            if !command.flag("quiet") {
                let seconds = Self.seconds(since: start)
                console.output(
                    "\(outputDirectory): wrote \(summary.written.count) file(s), \(summary.unchanged.count) unchanged, "
                        + "\(summary.removed.count) removed; \(result.typeCount) type(s), "
                        + "\(result.operationCount) operation(s) in \(seconds) s\n")
                for path in summary.written {
                    console.output("  wrote \(path)\n")
                }
                for path in summary.removed {
                    console.output("  removed \(path)\n")
                }
            }
            return 0
        } catch {
            console.error("error: \(error.description); the output folder was left as it was\n")
            return 1
        }
    }

    private func check(_ files: [GeneratedFile], writer: OutputWriter, outputDirectory: String) -> Int32 {
        do {
            let changes = try writer.plannedChanges(for: files).filter { $0.kind != .unchanged }
            guard !changes.isEmpty else {
                console.output("\(outputDirectory): generated files are up to date\n")
                return 0
            }
            for change in changes {
                console.output(change.diff)
            }
            console.error(
                "\(outputDirectory): \(changes.count) generated file(s) are out of date; "
                    + "run 'openapi-forge generate' without --check to update them\n")
            return 1
        } catch {
            console.error("error: \(error.description)\n")
            return 1
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> String {
        let duration = ContinuousClock.now - start
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return String(format: "%.3f", Double(milliseconds) / 1000)
    }
}
