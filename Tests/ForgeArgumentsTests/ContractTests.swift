import ForgeArguments
import Testing

/// Mistakes in the calling code stop the program; these run in a child process.
@Suite struct ContractTests {
    @Test func undeclaredNameStops() async {
        await #expect(processExitsWith: .failure) {
            let command = try parsed(counter, ["words.txt"])
            _ = command.value("output")
        }
    }

    @Test func flagReadAsValueStops() async {
        await #expect(processExitsWith: .failure) {
            let command = try parsed(counter, ["words.txt"])
            _ = command.value("verbose")
        }
    }

    @Test func valueReadAsFlagStops() async {
        await #expect(processExitsWith: .failure) {
            let command = try parsed(counter, ["words.txt"])
            _ = command.flag("jobs")
        }
    }

    @Test func unknownHelpPathStops() async {
        await #expect(processExitsWith: .failure) {
            _ = forge.help(for: ["publish"])
        }
    }

    @Test func requiredAfterOptionalStops() async {
        await #expect(processExitsWith: .failure) {
            let arguments: [ArgumentSpec] = [.optional("a", help: ""), .required("b", help: "")]
            _ = CommandParser(root: CommandSpec(name: "tool", abstract: "", arguments: arguments))
        }
    }

    @Test func redeclaredHelpStops() async {
        await #expect(processExitsWith: .failure) {
            _ = CommandParser(root: CommandSpec(name: "tool", abstract: "", options: [.flag("help", help: "")]))
        }
    }

    @Test func subcommandsWithOptionsStop() async {
        await #expect(processExitsWith: .failure) {
            let leaf = CommandSpec(name: "leaf", abstract: "")
            _ = CommandParser(
                root: CommandSpec(name: "tool", abstract: "", options: [.flag("x", help: "")], subcommands: [leaf])
            )
        }
    }

    @Test func validSpecDoesNotStop() async {
        await #expect(processExitsWith: .success) {
            _ = CommandParser(root: CommandSpec(name: "tool", abstract: "", options: [.flag("x", help: "")]))
        }
    }
}
