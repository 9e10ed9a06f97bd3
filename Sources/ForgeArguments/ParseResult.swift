/// The outcome of parsing a command line: a command to run, or text to print before exiting with status 0.
public enum ParseResult: Sendable, Equatable {
    /// Run the command with these arguments and options.
    case command(ParsedCommand)
    /// Print this help text on standard output and exit; `-h` or `--help` was given.
    case help(String)
    /// Print this version on standard output and exit; `--version` was given to the root command.
    case version(String)
}
