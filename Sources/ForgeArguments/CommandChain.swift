/// A command together with the commands above it, from the root down.
struct CommandChain: Sendable, Equatable {
    private(set) var specs: [CommandSpec]

    init(root: CommandSpec) {
        specs = [root]
    }

    var command: CommandSpec {
        specs[specs.count - 1]
    }

    var isRoot: Bool {
        specs.count == 1
    }

    /// The words that select the command, starting with the program name.
    var names: [String] {
        specs.map(\.name)
    }

    /// The long options the command accepts, with dashes, including the ones every command gets.
    var longOptionNames: [String] {
        var names = command.options.map { "--\($0.name)" }
        names.append("--help")
        if acceptsVersion {
            names.append("--version")
        }
        return names
    }

    /// Whether `--version` is accepted here: only on the root, and only when it has a version.
    var acceptsVersion: Bool {
        isRoot && specs[0].version != nil
    }

    mutating func descend(into subcommand: CommandSpec) {
        specs.append(subcommand)
    }

    /// Builds the error for an option word the command does not accept, suggesting the closest long option.
    ///
    /// A long option is reported without any `=value`; a short option is reported as typed.
    func unknownOption(_ word: String) -> ArgumentError {
        var reported = word
        if word.hasPrefix("--") {
            reported = String(word.prefix { $0 != "=" })
        }
        let typed = String(reported.drop { $0 == "-" })
        let candidates = longOptionNames.map { String($0.dropFirst(2)) }
        let suggestion = closestMatch(to: typed, in: candidates).map { "--" + $0 }
        return error(.unknownOption(reported, suggestion: suggestion))
    }

    /// Builds an error that happened in this command, carrying its usage line.
    func error(_ reason: ArgumentError.Reason) -> ArgumentError {
        ArgumentError(reason, commandPath: names, usage: HelpFormatter(chain: self).usage)
    }
}
