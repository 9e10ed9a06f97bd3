/// Turns a command line into the command to run and its values, following a tree of `CommandSpec`s.
///
/// Accepted forms: `--name value`, `--name=value`, `-n value`, flags as `--name` or `-n`, and `--` to make
/// every later word a positional argument. Options and positional arguments may be mixed in any order. A
/// single `-` is a positional argument, by the usual convention for standard input. A value that starts with
/// a dash must be attached with `=`, because `--output -x` reads `-x` as a missing value. Short options
/// cannot be grouped, so `-qc` is an unknown option.
public struct CommandParser: Sendable {
    public let root: CommandSpec

    /// Creates a parser, stopping the program when `root` or a command below it breaks a rule of `CommandSpec`.
    public init(root: CommandSpec) {
        SpecValidation.check(root, isRoot: true)
        self.root = root
    }

    /// Parses the words typed after the program name.
    ///
    /// `-h` or `--help` anywhere before a `--` yields the help of the command selected so far. `--version` as
    /// the first word yields the root's version. Both return before the other words are checked.
    public func parse(_ arguments: [String]) throws(ArgumentError) -> ParseResult {
        var chain = CommandChain(root: root)
        var index = 0
        while !chain.command.subcommands.isEmpty {
            guard index < arguments.count else {
                throw chain.error(.missingCommand)
            }
            if let early = earlyResult(for: arguments[index], in: chain) {
                return early
            }
            chain.descend(into: try subcommand(arguments[index], in: chain))
            index += 1
        }

        let words = arguments[index...]
        for word in words.prefix(while: { $0 != "--" }) {
            if let early = earlyResult(for: word, in: chain) {
                return early
            }
        }
        var reader = CommandLineReader(chain: chain)
        return .command(try reader.read(words))
    }

    /// Returns the help text of the root, or of the subcommand selected by `commandPath`, such as `["generate"]`.
    ///
    /// Stops the program when `commandPath` names no subcommand.
    public func help(for commandPath: [String] = []) -> String {
        var chain = CommandChain(root: root)
        for name in commandPath {
            guard let subcommand = chain.command.subcommand(named: name) else {
                preconditionFailure("'\(chain.names.joined(separator: " "))' has no subcommand '\(name)'")
            }
            chain.descend(into: subcommand)
        }
        return HelpFormatter(chain: chain).help
    }

    private func earlyResult(for word: String, in chain: CommandChain) -> ParseResult? {
        if word == "-h" || word == "--help" {
            return .help(HelpFormatter(chain: chain).help)
        }
        if word == "--version", chain.acceptsVersion, let version = root.version {
            return .version(version)
        }
        return nil
    }

    private func subcommand(_ word: String, in chain: CommandChain) throws(ArgumentError) -> CommandSpec {
        if word.hasPrefix("-"), word != "-" {
            throw chain.unknownOption(word)
        }
        guard let subcommand = chain.command.subcommand(named: word) else {
            let suggestion = closestMatch(to: word, in: chain.command.subcommands.map(\.name))
            throw chain.error(.unknownCommand(word, suggestion: suggestion))
        }
        return subcommand
    }
}
