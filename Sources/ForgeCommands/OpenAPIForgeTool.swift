import ForgeArguments
import ForgeDiagnostics
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The `openapi-forge` command line: parses arguments, runs a command and returns its exit status.
///
/// Exit statuses: 0 success; 1 the document, configuration or templates have errors, or `--check`
/// found changes; 2 the command line itself is wrong.
public struct OpenAPIForgeTool {
    public static let version = "0.1.0"
    public static let usageErrorStatus: Int32 = 2

    var console: Console
    /// The environment variables the commands read; `generate` finds its fingerprint cache folder
    /// through XDG_CACHE_HOME and HOME.
    var environment: [String: String]

    /// Creates the tool. Tests pass their own `environment`, so that fingerprints go to a temporary
    /// folder instead of the real home folder, without changing the environment of the test process.
    public init(console: Console = .standard, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.console = console
        self.environment = environment
    }

    /// Runs the command line `arguments`, which exclude the program name.
    public func run(_ arguments: [String]) -> Int32 {
        let parser = CommandParser(root: CommandLineSpec.root)
        let parsed: ParseResult
        do {
            parsed = try parser.parse(arguments)
        } catch {
            console.error(error.description + "\n")
            return Self.usageErrorStatus
        }

        switch parsed {
        case .help(let text):
            console.output(text)
            return 0
        case .version(let text):
            console.output(text + "\n")
            return 0
        case .command(let command):
            return dispatch(command)
        }
    }

    private func dispatch(_ command: ParsedCommand) -> Int32 {
        switch command.name {
        case "dump": return DumpCommand(console: console).run(command)
        case "validate": return ValidateCommand(console: console).run(command)
        case "dump-model": return DumpModelCommand(console: console).run(command)
        case "generate": return GenerateCommand(console: console, environment: environment).run(command)
        case "help": return run((command.value("command").map { [$0] } ?? []) + ["--help"])
        default:
            preconditionFailure("command '\(command.name)' is declared but not dispatched")
        }
    }
}

/// Where a command writes its output and its diagnostics; tests capture both.
public struct Console: Sendable {
    public var output: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void

    public init(output: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.output = output
        self.error = error
    }

    public static let standard = Console(
        output: { text in StandardStream.write(text, to: .output) },
        error: { text in StandardStream.write(text, to: .error) }
    )

    /// Prints diagnostics compiler-style, each with its source line and a caret.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else {
            return
        }
        let renderer = DiagnosticRenderer(sourceText: SourceTextCache.shared.text(of:))
        error(renderer.render(diagnostics))
    }
}
