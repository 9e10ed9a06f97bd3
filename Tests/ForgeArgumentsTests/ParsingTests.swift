import ForgeArguments
import Testing

@Suite struct ParsingTests {
    @Test func subcommandWithArgument() throws {
        let command = try parsed(forge, ["validate", "api.yaml"])
        #expect(command.name == "validate")
        #expect(command.commandPath == ["openapi-forge", "validate"])
        #expect(command.value("file") == "api.yaml")
        #expect(command.flag("strict") == false)
    }

    @Test func flagAfterArgument() throws {
        let command = try parsed(forge, ["validate", "api.yaml", "--strict"])
        #expect(command.flag("strict"))
        #expect(command.value("file") == "api.yaml")
    }

    @Test func flagBeforeArgument() throws {
        let command = try parsed(forge, ["validate", "--strict", "api.yaml"])
        #expect(command.flag("strict"))
        #expect(command.value("file") == "api.yaml")
    }

    @Test func optionWithSeparateValue() throws {
        let command = try parsed(forge, ["generate", "--output", "Sources/API"])
        #expect(command.value("output") == "Sources/API")
        #expect(command.value("document") == nil)
    }

    @Test func optionWithAttachedValue() throws {
        let command = try parsed(forge, ["generate", "--output=Sources/API"])
        #expect(command.value("output") == "Sources/API")
    }

    @Test func attachedValueKeepsEquals() throws {
        let command = try parsed(forge, ["generate", "--output=a=b"])
        #expect(command.value("output") == "a=b")
    }

    @Test func attachedEmptyValue() throws {
        let command = try parsed(forge, ["generate", "--output="])
        #expect(command.value("output") == "")
    }

    @Test func attachedValueMayStartWithDash() throws {
        let command = try parsed(forge, ["generate", "--output=-out"])
        #expect(command.value("output") == "-out")
    }

    @Test func shortOptionWithValue() throws {
        let command = try parsed(forge, ["generate", "-o", "out", "-q"])
        #expect(command.value("output") == "out")
        #expect(command.flag("quiet"))
    }

    @Test func everyGenerateOption() throws {
        let command = try parsed(
            forge,
            ["generate", "api.yaml", "-o", "out", "--config", "forge.yaml", "--templates=tpl", "--check", "--quiet"]
        )
        #expect(command.value("document") == "api.yaml")
        #expect(command.value("output") == "out")
        #expect(command.value("config") == "forge.yaml")
        #expect(command.value("templates") == "tpl")
        #expect(command.flag("check"))
        #expect(command.flag("quiet"))
    }

    @Test func doubleDashEndsOptions() throws {
        let command = try parsed(forge, ["validate", "--", "--strict"])
        #expect(command.value("file") == "--strict")
        #expect(command.flag("strict") == false)
    }

    @Test func doubleDashKeepsHelpWord() throws {
        let command = try parsed(forge, ["dump", "--", "-h"])
        #expect(command.value("file") == "-h")
    }

    @Test func singleDashIsPositional() throws {
        let command = try parsed(forge, ["dump", "-"])
        #expect(command.value("file") == "-")
    }

    @Test func hyphenatedSubcommand() throws {
        let command = try parsed(forge, ["dump-model", "api.json"])
        #expect(command.name == "dump-model")
        #expect(command.value("file") == "api.json")
    }

    @Test func rootWithoutSubcommands() throws {
        let command = try parsed(counter, ["words.txt", "10"])
        #expect(command.name == "count")
        #expect(command.commandPath == ["count"])
        #expect(command.value("input") == "words.txt")
        #expect(command.value("limit") == "10")
    }

    @Test func optionalArgumentLeftOut() throws {
        let command = try parsed(counter, ["words.txt"])
        #expect(command.value("limit") == nil)
        #expect(command.values("limit") == [])
    }

    @Test func repeatedValueOption() throws {
        let command = try parsed(counter, ["--tag", "a", "words.txt", "-t", "b", "--tag=c"])
        #expect(command.values("tag") == ["a", "b", "c"])
        #expect(command.value("tag") == "c")
    }

    @Test func repeatedFlagCounts() throws {
        let command = try parsed(counter, ["-v", "words.txt", "--verbose", "-v"])
        #expect(command.count("verbose") == 3)
        #expect(command.flag("verbose"))
    }

    @Test func absentFlagCountsZero() throws {
        let command = try parsed(counter, ["words.txt"])
        #expect(command.count("verbose") == 0)
        #expect(command.values("tag") == [])
    }

    @Test func typedValue() throws {
        let command = try parsed(counter, ["words.txt", "25", "--jobs", "4"])
        #expect(try command.value("jobs", as: Int.self) == 4)
        #expect(try command.value("limit", as: Int.self) == 25)
    }

    @Test func typedValueAbsent() throws {
        let command = try parsed(counter, ["words.txt"])
        #expect(try command.value("jobs", as: Int.self) == nil)
    }

    @Test func typedOptionInvalid() throws {
        let command = try parsed(counter, ["words.txt", "--jobs", "two"])
        let error = #expect(throws: ArgumentError.self) {
            try command.value("jobs", as: Int.self)
        }
        #expect(error?.reason == .invalidValue("two", name: "--jobs"))
        #expect(error?.message == "invalid value 'two' for '--jobs'")
        #expect(error?.commandPath == ["count"])
    }

    @Test func typedArgumentInvalid() throws {
        let command = try parsed(counter, ["words.txt", "many"])
        let error = #expect(throws: ArgumentError.self) {
            try command.value("limit", as: Int.self)
        }
        #expect(error?.reason == .invalidValue("many", name: "N"))
    }

    @Test func versionOnRoot() throws {
        #expect(try forge.parse(["--version"]) == .version("openapi-forge 0.1.0"))
    }

    @Test func helpWinsOverOtherErrors() throws {
        #expect(try forge.parse(["generate", "--ouput", "x", "--help"]) == .help(forge.help(for: ["generate"])))
    }

    @Test func helpOnRoot() throws {
        #expect(try forge.parse(["--help"]) == .help(forge.help()))
        #expect(try forge.parse(["-h"]) == .help(forge.help()))
    }

    @Test func helpOnSubcommand() throws {
        #expect(try forge.parse(["validate", "-h"]) == .help(forge.help(for: ["validate"])))
        #expect(try forge.parse(["validate", "--help"]) == .help(forge.help(for: ["validate"])))
    }

    @Test func helpBeforeSubcommand() throws {
        #expect(try forge.parse(["--help", "validate"]) == .help(forge.help()))
    }

    @Test func helpOnRootWithoutSubcommands() throws {
        #expect(try counter.parse(["-h"]) == .help(counter.help()))
    }
}
