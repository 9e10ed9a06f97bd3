import ForgeArguments

/// The commands, arguments and options of `openapi-forge`, with their help text.
enum CommandLineSpec {
    static let defaultDocument = "openapi/training-routine.yaml"
    static let defaultOutput = "GeneratedSources/TrainingRoutine"

    static let root = CommandSpec(
        name: "openapi-forge",
        abstract: "Generate Swift models, validators and an async client from an OpenAPI 3.x document.",
        discussion: """
            Documents may be YAML or JSON, OpenAPI 3.0, 3.1 or 3.2. Problems are reported as
            file:line:column: error: message, like a compiler.
            """,
        subcommands: [generate, validate, dump, dumpModel, help],
        version: OpenAPIForgeTool.version
    )

    static let generate = CommandSpec(
        name: "generate",
        abstract: "Write Swift source for a document into a folder.",
        discussion: """
            Writes only files whose content changed, atomically; on any error nothing is written.
            A successful run records its inputs in $XDG_CACHE_HOME/openapi-forge/fingerprints
            (default ~/.cache), or with --plugin-layout in DIR/.openapi-forge-fingerprint; the next
            run stops without reading the document when no input and no generated file changed.
            With no document, generates \(defaultDocument) into \(defaultOutput).
            """,
        arguments: [.optional("document", help: "The OpenAPI document (default: \(defaultDocument)).")],
        options: [
            .value(
                "output", short: "o", valueName: "DIR", help: "The folder to write into (default: \(defaultOutput))."),
            .value("config", valueName: "FILE", help: "An openapi-forge.yaml configuration file."),
            .value(
                "templates", valueName: "DIR", help: "A folder of templates that replace bundled ones by file name."),
            .flag(
                "check", help: "Write nothing; print a unified diff of what would change and exit 1 if anything would."),
            .flag(
                "force", help: "Generate even when the fingerprint shows that nothing changed since the last run."),
            .flag("plugin-layout", help: "Always write the fixed file set that the build plugin declares."),
            .flag("quiet", short: "q", help: "Print only diagnostics."),
        ]
    )

    static let validate = CommandSpec(
        name: "validate",
        abstract: "Check a document and print a one-line summary, or every problem found.",
        arguments: [.required("document", help: "The OpenAPI document to check.")],
        options: [.flag("strict", help: "Treat warnings as errors.")]
    )

    static let dump = CommandSpec(
        name: "dump",
        abstract: "Print a YAML or JSON file as canonical JSON (keys sorted, numbers as written).",
        arguments: [.required("file", help: "The YAML or JSON file to load.")]
    )

    static let help = CommandSpec(
        name: "help",
        abstract: "Show the help of the tool, or of one command.",
        arguments: [.optional("command", help: "The command to describe, such as generate.")]
    )

    static let dumpModel = CommandSpec(
        name: "dump-model",
        abstract: "Print the schema model the generator builds for a document, as JSON.",
        arguments: [.required("document", help: "The OpenAPI document.")],
        options: [.value("config", valueName: "FILE", help: "An openapi-forge.yaml configuration file.")]
    )
}
