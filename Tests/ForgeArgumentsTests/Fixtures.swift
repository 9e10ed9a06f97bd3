import ForgeArguments

/// The command tree of a code generator, the shape the parser is built for.
let forge = CommandParser(
    root: CommandSpec(
        name: "openapi-forge",
        abstract: "Generate Swift source from OpenAPI documents.",
        subcommands: [
            CommandSpec(
                name: "dump",
                abstract: "Print the node tree of a document.",
                arguments: [.required("file", help: "The YAML or JSON document to read.")]
            ),
            CommandSpec(
                name: "validate",
                abstract: "Check a document and report its problems.",
                arguments: [.required("file", help: "The YAML or JSON document to read.")],
                options: [.flag("strict", help: "Treat warnings as errors.")]
            ),
            CommandSpec(
                name: "dump-model",
                abstract: "Print the schema model of a document.",
                arguments: [.required("file", help: "The YAML or JSON document to read.")]
            ),
            CommandSpec(
                name: "generate",
                abstract: "Write Swift source for a document.",
                discussion: "Files are written only when their content changes.",
                arguments: [
                    .optional("document", help: "The OpenAPI document; defaults to the one in the configuration.")
                ],
                options: [
                    .value("output", short: "o", valueName: "DIR", help: "The folder to write into.", isRequired: true),
                    .value("config", valueName: "FILE", help: "The configuration file."),
                    .value(
                        "templates", valueName: "DIR", help: "A folder of templates that replace the built-in ones."
                    ),
                    .flag("check", help: "Write nothing, and exit with status 1 when a file would change."),
                    .flag("quiet", short: "q", help: "Print errors only."),
                ]
            ),
        ],
        version: "openapi-forge 0.1.0"
    )
)

/// A tool without subcommands, with repeatable options and several positional arguments.
let counter = CommandParser(
    root: CommandSpec(
        name: "count",
        abstract: "Count words.",
        arguments: [
            .required("input", help: "The file to read."),
            .optional("limit", valueName: "N", help: "The most words to count."),
        ],
        options: [
            .value("tag", short: "t", help: "A tag to attach; may be repeated.", isRepeatable: true),
            .value("jobs", short: "j", valueName: "N", help: "The number of parallel jobs."),
            .flag("verbose", short: "v", help: "Print more; repeat for even more.", isRepeatable: true),
        ]
    )
)

/// Parses `arguments` and returns the command, failing the test when the result is help or version text.
func parsed(_ parser: CommandParser, _ arguments: [String]) throws -> ParsedCommand {
    guard case .command(let command) = try parser.parse(arguments) else {
        throw UnexpectedResult()
    }
    return command
}

/// Parses `arguments` and returns the reason of the error it throws, or nil when it throws none.
func failure(_ parser: CommandParser, _ arguments: [String]) -> ArgumentError.Reason? {
    do {
        _ = try parser.parse(arguments)
        return nil
    } catch {
        return error.reason
    }
}

struct UnexpectedResult: Error {}
