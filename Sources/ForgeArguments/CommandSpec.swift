/// A declarative description of a command: its name, help text, positional arguments, options and subcommands.
///
/// A command either has subcommands, and then takes no arguments or options of its own, or it is a leaf that
/// the parser fills in. Every command accepts `-h` and `--help`; the root also accepts `--version` when
/// `version` is set. `CommandParser.init(root:)` checks these rules and stops the program when a spec breaks
/// them, because a broken spec is a programming error, not a user error.
public struct CommandSpec: Sendable, Equatable {
    /// The word that selects the command, or the program name for the root.
    public var name: String
    /// A one-line summary, shown in the parent's command list and under the usage line.
    public var abstract: String
    /// Longer text shown in the command's help after the abstract, printed as written.
    public var discussion: String
    /// Positional arguments in the order they are given; optional ones come after all required ones.
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var subcommands: [CommandSpec]
    /// The text `--version` prints; read only on the root command.
    public var version: String?

    public init(
        name: String,
        abstract: String,
        discussion: String = "",
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        subcommands: [CommandSpec] = [],
        version: String? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.version = version
    }

    /// Finds the option declared with this long name, without its leading dashes.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// Finds the option declared with this short name.
    func option(short: Character) -> OptionSpec? {
        options.first { $0.shortName == short }
    }

    /// Finds the subcommand selected by this word.
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}
