import ForgeArguments
import Testing

@Suite struct ArgumentErrorTests {
    @Test func unknownOptionDescription() {
        let expected = """
            error: unknown option '--ouput'; did you mean '--output'?
            usage: openapi-forge generate [DOCUMENT] --output DIR [--config FILE] [--templates DIR] [--check] [--quiet]
            Run 'openapi-forge generate --help' for more information.

            """
        let error = #expect(throws: ArgumentError.self) {
            try forge.parse(["generate", "--ouput", "out"])
        }
        #expect(error?.description == expected)
        #expect(error?.commandPath == ["openapi-forge", "generate"])
    }

    @Test func unknownOptionWithValue() {
        #expect(failure(forge, ["generate", "--ouput=out"]) == .unknownOption("--ouput", suggestion: "--output"))
    }

    @Test func unknownOptionWithoutSuggestion() {
        #expect(failure(forge, ["generate", "--frobnicate"]) == .unknownOption("--frobnicate", suggestion: nil))
    }

    @Test func unknownShortOption() {
        #expect(failure(forge, ["generate", "-x"]) == .unknownOption("-x", suggestion: nil))
    }

    @Test func groupedShortOptions() {
        #expect(failure(forge, ["generate", "-qo"]) == .unknownOption("-qo", suggestion: nil))
    }

    @Test func singleDashLongOption() {
        #expect(failure(forge, ["generate", "-output"]) == .unknownOption("-output", suggestion: "--output"))
    }

    @Test func unknownShortOptionSuggestsByPrefix() {
        #expect(failure(forge, ["generate", "-c"]) == .unknownOption("-c", suggestion: nil))
        #expect(failure(forge, ["validate", "-s"]) == .unknownOption("-s", suggestion: "--strict"))
    }

    @Test func unknownRootOption() {
        #expect(failure(forge, ["--verison"]) == .unknownOption("--verison", suggestion: "--version"))
        #expect(failure(forge, ["--strict", "validate"]) == .unknownOption("--strict", suggestion: nil))
    }

    @Test func unknownCommand() {
        #expect(failure(forge, ["genrate"]) == .unknownCommand("genrate", suggestion: "generate"))
    }

    @Test func unknownCommandByPrefix() {
        #expect(failure(forge, ["gen"]) == .unknownCommand("gen", suggestion: "generate"))
    }

    @Test func unknownCommandWithoutSuggestion() {
        #expect(failure(forge, ["publish"]) == .unknownCommand("publish", suggestion: nil))
    }

    @Test func unknownCommandDescription() {
        let error = #expect(throws: ArgumentError.self) {
            try forge.parse(["valdate", "api.yaml"])
        }
        #expect(
            error?.description == """
                error: unknown command 'valdate'; did you mean 'validate'?
                usage: openapi-forge COMMAND
                Run 'openapi-forge --help' for more information.

                """
        )
    }

    @Test func missingCommand() {
        #expect(failure(forge, []) == .missingCommand)
    }

    @Test func missingValueAtEnd() {
        #expect(failure(forge, ["generate", "--output"]) == .missingValue(option: "--output"))
    }

    @Test func missingValueBeforeOption() {
        #expect(failure(forge, ["generate", "-o", "--check"]) == .missingValue(option: "-o"))
    }

    @Test func flagGivenValue() {
        #expect(failure(forge, ["generate", "-o", "out", "--check=yes"]) == .unexpectedValue(option: "--check"))
    }

    @Test func missingArgument() {
        #expect(failure(forge, ["validate", "--strict"]) == .missingArgument("FILE"))
    }

    @Test func missingRequiredOption() {
        #expect(failure(forge, ["generate", "api.yaml"]) == .missingOption("--output"))
    }

    @Test func unexpectedArgument() {
        #expect(failure(forge, ["validate", "a.yaml", "b.yaml"]) == .unexpectedArgument("b.yaml"))
    }

    @Test func duplicateOption() {
        #expect(failure(forge, ["generate", "-o", "a", "--output=b"]) == .duplicateOption("--output"))
    }

    @Test func duplicateFlag() {
        #expect(failure(forge, ["generate", "-o", "a", "-q", "--quiet"]) == .duplicateOption("--quiet"))
    }

    @Test func messages() {
        let cases: [(ArgumentError.Reason, String)] = [
            (.unknownOption("--x", suggestion: nil), "unknown option '--x'"),
            (.unknownCommand("x", suggestion: "y"), "unknown command 'x'; did you mean 'y'?"),
            (.missingCommand, "missing command"),
            (.missingValue(option: "-o"), "missing value for option '-o'"),
            (.unexpectedValue(option: "--check"), "option '--check' takes no value"),
            (.missingArgument("FILE"), "missing argument 'FILE'"),
            (.missingOption("--output"), "missing option '--output'"),
            (.unexpectedArgument("b.yaml"), "unexpected argument 'b.yaml'"),
            (.duplicateOption("--output"), "option '--output' given more than once"),
            (.invalidValue("two", name: "--jobs"), "invalid value 'two' for '--jobs'"),
        ]
        for (reason, message) in cases {
            #expect(ArgumentError(reason, commandPath: ["tool"], usage: "usage: tool").message == message)
        }
    }
}
