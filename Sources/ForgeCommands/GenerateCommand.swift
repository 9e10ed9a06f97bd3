import ForgeArguments
import ForgeDiagnostics
import ForgeEmitters

/// `openapi-forge generate [DOCUMENT] --output DIR [--config FILE] [--templates DIR] [--check] [--force]`.
///
/// A run that writes successfully ends by storing an `InputFingerprint`: in the output folder in plugin
/// layout, in the user's cache folder otherwise (see `FingerprintFile.locate`). The next run without
/// `--check` or `--force` compares it with the inputs and generated files as they are then, and stops
/// before reading the document when nothing changed.
struct GenerateCommand {
    var console: Console
    /// The environment that names the fingerprint cache folder through XDG_CACHE_HOME or HOME.
    var environment: [String: String]

    func run(_ command: ParsedCommand) -> Int32 {
        let start = ContinuousClock.now
        let documentPath = command.value("document") ?? CommandLineSpec.defaultDocument
        let outputDirectory = command.value("output") ?? CommandLineSpec.defaultOutput
        if let problem = Self.outputPathProblem(outputDirectory) {
            console.error("error: \(problem)\n")
            return OpenAPIForgeTool.usageErrorStatus
        }

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
        let settings = GenerateSettings(
            documentPath: documentPath, configurationPath: command.value("config"),
            templatesDirectory: configuration.templatesDirectory, pluginLayout: pluginLayout)
        let fingerprintFile = FingerprintFile.locate(
            outputDirectory: outputDirectory, pluginLayout: pluginLayout, environment: environment)
        if !command.flag("check") {
            if !pluginLayout {
                // Earlier versions stored the fingerprint in every output folder, where it would be committed.
                FingerprintFile.inOutputDirectory(outputDirectory).remove()
            }
            if isUpToDate(command, settings: settings, fingerprintFile: fingerprintFile) {
                OutputStaging.removeStaleTemporaries(in: outputDirectory)
                return 0
            }
        }

        let split: EmitterOptions.FileSplit = pluginLayout ? .files(PluginLayout.filesPerGroup) : .automatic
        let pipeline = GenerationPipeline(configuration: configuration, fileSplit: split)
        if command.flag("check") {
            let result = pipeline.run(documentPath: documentPath)
            console.report(result.diagnostics)
            guard var files = result.files else {
                reportFailure(result, documentPath: documentPath)
                return 1
            }
            if pluginLayout {
                files = PluginLayout.complete(files, documentPath: documentPath)
            }
            let writer = OutputWriter(directory: outputDirectory)
            return check(files, writer: writer, outputDirectory: outputDirectory, quiet: command.flag("quiet"))
        }

        Interruption.startRecording()
        let staging: OutputStaging
        do {
            staging = try OutputStaging(directory: outputDirectory)
        } catch {
            console.error("error: \(error.description); the output folder was left as it was\n")
            return 1
        }
        // Each file is staged on the thread that rendered it, so only the files being rendered are in memory.
        let staged = StagedOutputs(staging: staging)
        let result = pipeline.run(
            documentPath: documentPath, handleFile: staged.stage, stopsWhen: { Interruption.isRequested })
        if Interruption.isRequested {
            staging.discard()
            Interruption.endIfRequested()
        }
        console.report(result.diagnostics)
        guard result.files != nil else {
            staging.discard()
            reportFailure(result, documentPath: documentPath)
            return 1
        }
        if pluginLayout {
            let present = Set(staged.outputs.map(\.path))
            PluginLayout.missingFiles(present: present, documentPath: documentPath).forEach(staged.stage)
        }
        do throws(OutputError) {
            if let error = staged.error {
                throw error
            }
            if Interruption.isRequested {
                staging.discard()
                Interruption.endIfRequested()
            }
            let summary = try staging.commit()
            // A signal during the renames lets them finish, and then the run ends by that signal.
            Interruption.endIfRequested()
            recordFingerprint(settings, documentFiles: result.documentFiles, outputs: staged.outputs, in: fingerprintFile)
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
            staging.discard()
            console.error("error: \(error.description); the output folder was left as it was\n")
            return 1
        }
    }

    /// Returns why `path` cannot be an output folder, or nil: it must not be empty or the file system root.
    private static func outputPathProblem(_ path: String) -> String? {
        if path.isEmpty {
            return "the output folder path is empty; pass a folder such as --output GeneratedSources/API"
        }
        if path.allSatisfy({ $0 == "/" }) {
            return "the output folder '\(path)' is the file system root; pass a folder for the generated files"
        }
        return nil
    }

    private func reportFailure(_ result: GenerationPipeline.Result, documentPath: String) {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        console.error("\(documentPath): generation failed with \(errors) error(s); nothing was written\n")
    }

    /// Returns true, after printing so unless `--quiet`, when the stored fingerprint matches the inputs.
    ///
    /// Otherwise removes the stored fingerprint, so that a run failing from here on leaves none.
    /// Returns false when the fingerprint has no place.
    private func isUpToDate(
        _ command: ParsedCommand, settings: GenerateSettings, fingerprintFile: FingerprintFile?
    ) -> Bool {
        guard let fingerprintFile else {
            return false
        }
        if !command.flag("force"), fingerprintFile.matches(settings) {
            if !command.flag("quiet") {
                console.output(
                    "\(fingerprintFile.outputDirectory): up to date, no input changed since the last run; "
                        + "pass --force to regenerate\n")
            }
            return true
        }
        fingerprintFile.remove()
        return false
    }

    /// Stores the fingerprint of a run that wrote `files`, unless it has no place; a failure only costs
    /// the next run its shortcut.
    private func recordFingerprint(
        _ settings: GenerateSettings, documentFiles: [String], outputs: [(path: String, hash: String)],
        in fingerprintFile: FingerprintFile?
    ) {
        guard let fingerprintFile else {
            return
        }
        // NOTE: the document files are hashed again here, after the pipeline read them. An edit saved
        // while the pipeline ran is therefore recorded as generated, and the next run skips it.
        let fingerprint = InputFingerprint(settings: settings, documentFiles: documentFiles, outputs: outputs)
        do {
            try fingerprintFile.write(fingerprint)
        } catch {
            console.error(
                "warning: cannot write '\(fingerprintFile.path)': \(FileSystem.reason(for: error)); "
                    + "the next run generates again instead of stopping early\n")
        }
    }

    /// Prints the diff of every out-of-date file and returns 1, or returns 0 (saying so unless `quiet`).
    private func check(_ files: [GeneratedFile], writer: OutputWriter, outputDirectory: String, quiet: Bool) -> Int32 {
        do {
            let changes = try writer.plannedChanges(for: files).filter { $0.kind != .unchanged }
            guard !changes.isEmpty else {
                if !quiet {
                    console.output("\(outputDirectory): generated files are up to date\n")
                }
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
        return fixedPointText(milliseconds, digits: 3)
    }
}
