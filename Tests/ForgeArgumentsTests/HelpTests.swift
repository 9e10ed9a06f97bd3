import ForgeArguments
import Testing

@Suite struct HelpTests {
    @Test func rootHelp() {
        #expect(
            forge.help() == """
                usage: openapi-forge COMMAND

                Generate Swift source from OpenAPI documents.

                commands:
                  dump        Print the node tree of a document.
                  validate    Check a document and report its problems.
                  dump-model  Print the schema model of a document.
                  generate    Write Swift source for a document.

                options:
                  -h, --help  Show this help and exit.
                  --version   Show the version and exit.

                Run 'openapi-forge COMMAND --help' for the arguments and options of a command.

                """
        )
    }

    @Test func subcommandHelp() {
        #expect(
            forge.help(for: ["generate"]) == """
                usage: openapi-forge generate [DOCUMENT] --output DIR [--config FILE] [--templates DIR] [--check] [--quiet]

                Write Swift source for a document.

                Files are written only when their content changes.

                arguments:
                  DOCUMENT  The OpenAPI document; defaults to the one in the configuration.

                options:
                  -o, --output DIR  The folder to write into.
                  --config FILE     The configuration file.
                  --templates DIR   A folder of templates that replace the built-in ones.
                  --check           Write nothing, and exit with status 1 when a file would
                                    change.
                  -q, --quiet       Print errors only.
                  -h, --help        Show this help and exit.

                """
        )
    }

    @Test func subcommandHelpHasNoVersion() {
        #expect(
            forge.help(for: ["validate"]) == """
                usage: openapi-forge validate FILE [--strict]

                Check a document and report its problems.

                arguments:
                  FILE  The YAML or JSON document to read.

                options:
                  --strict    Treat warnings as errors.
                  -h, --help  Show this help and exit.

                """
        )
    }

    @Test func repeatableAndOptionalInUsage() {
        #expect(
            counter.help() == """
                usage: count INPUT [N] [--tag TAG ...] [--jobs N] [--verbose ...]

                Count words.

                arguments:
                  INPUT  The file to read.
                  N      The most words to count.

                options:
                  -t, --tag TAG  A tag to attach; may be repeated.
                  -j, --jobs N   The number of parallel jobs.
                  -v, --verbose  Print more; repeat for even more.
                  -h, --help     Show this help and exit.

                """
        )
    }

    @Test func longLabelPutsHelpBelow() {
        let parser = CommandParser(
            root: CommandSpec(
                name: "serve",
                abstract: "",
                options: [
                    .value("certificate-chain-file", valueName: "FILE", help: "The PEM file with the chain."),
                    .flag("tls", help: ""),
                ]
            )
        )
        #expect(
            parser.help() == """
                usage: serve [--certificate-chain-file FILE] [--tls]

                options:
                  --certificate-chain-file FILE
                              The PEM file with the chain.
                  --tls
                  -h, --help  Show this help and exit.

                """
        )
    }

    @Test func nestedSubcommandUsage() throws {
        let parser = CommandParser(
            root: CommandSpec(
                name: "tool",
                abstract: "A tool.",
                subcommands: [
                    CommandSpec(
                        name: "cache",
                        abstract: "Manage the cache.",
                        subcommands: [CommandSpec(name: "clear", abstract: "Empty the cache.")]
                    )
                ]
            )
        )
        #expect(parser.help(for: ["cache"]).hasPrefix("usage: tool cache COMMAND\n\nManage the cache.\n"))
        #expect(parser.help(for: ["cache", "clear"]).hasPrefix("usage: tool cache clear\n"))

        let command = try parsed(parser, ["cache", "clear"])
        #expect(command.commandPath == ["tool", "cache", "clear"])
    }

    @Test func versionOnlyOnRoot() {
        #expect(failure(forge, ["dump", "--version"]) == .unknownOption("--version", suggestion: nil))
    }
}
