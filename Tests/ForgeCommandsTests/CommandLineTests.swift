import Foundation
import Testing

@Suite("Command line")
struct CommandLineTests {
    @Test("help lists every command")
    func helpListsCommands() {
        let run = runTool("--help")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("usage: openapi-forge"))
        for command in ["generate", "validate", "dump", "dump-model", "help"] {
            #expect(run.output.contains("  \(command) "))
        }
        #expect(run.error.isEmpty)
    }

    @Test("version prints the tool version")
    func versionPrintsVersion() {
        let run = runTool("--version")
        #expect(run.status == 0)
        #expect(run.output == "0.1.0\n")
    }

    @Test("subcommand help names its options")
    func subcommandHelp() {
        let run = runTool("generate", "--help")
        #expect(run.status == 0)
        #expect(run.output.contains("--output"))
        #expect(run.output.contains("--check"))
        #expect(run.output.contains("--config"))
        #expect(run.output.contains("--force"))
    }

    @Test("help command matches the help option")
    func helpCommand() {
        #expect(runTool("help").output == runTool("--help").output)
        #expect(runTool("help", "generate").output == runTool("generate", "--help").output)
        #expect(runTool("help", "generate").status == 0)
        let unknown = runTool("help", "nope")
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("unknown command 'nope'"))
    }

    @Test("unknown option exits 2 with usage")
    func unknownOptionExitsWithUsage() {
        let run = runTool("generate", "--ouput", "x")
        #expect(run.status == 2)
        #expect(run.error.contains("error: unknown option '--ouput'; did you mean '--output'?"))
        #expect(run.error.contains("usage: openapi-forge generate"))
        #expect(run.output.isEmpty)
    }

    @Test("unknown command exits 2 with usage")
    func unknownCommandExitsWithUsage() {
        let run = runTool("generat")
        #expect(run.status == 2)
        #expect(run.error.contains("'generat'"))
        #expect(run.error.contains("usage: openapi-forge"))
    }

    @Test("missing argument exits 2")
    func missingArgumentExits() {
        let run = runTool("validate")
        #expect(run.status == 2)
        #expect(run.error.contains("error: missing argument 'DOCUMENT'"))
    }
}
