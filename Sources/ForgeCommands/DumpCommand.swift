import ForgeArguments
import ForgeFrontEnd

/// `openapi-forge dump FILE`: the front end's view of a file, as canonical JSON.
struct DumpCommand {
    var console: Console

    func run(_ command: ParsedCommand) -> Int32 {
        let path = command.value("file") ?? ""
        do {
            let node = try DocumentLoader().load(contentsOf: path)
            console.output(CanonicalJSONWriter().write(node))
            return 0
        } catch {
            console.report(error.diagnostics)
            return 1
        }
    }
}
