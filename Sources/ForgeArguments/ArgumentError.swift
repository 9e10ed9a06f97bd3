/// A mistake in the command line the user typed, with the usage of the command it happened in.
///
/// `description` is the text to print on standard error: `error: MESSAGE`, the usage line, and a line that
/// names the help command. Callers are meant to exit with status 2 after printing it, the convention for
/// usage errors, so scripts can tell them from failures of the work itself (status 1).
public struct ArgumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// An option no command declares; `suggestion` is the closest declared one, such as `--output`.
        case unknownOption(String, suggestion: String?)
        /// A word that names no subcommand; `suggestion` is the closest subcommand name.
        case unknownCommand(String, suggestion: String?)
        /// No subcommand was given to a command that needs one.
        case missingCommand
        /// An option that takes a value came last, or was followed by another option.
        case missingValue(option: String)
        /// A flag was given a value with `--flag=value`.
        case unexpectedValue(option: String)
        /// A required positional argument, named by its value name such as `FILE`, was not given.
        case missingArgument(String)
        /// A required option, such as `--output`, was not given.
        case missingOption(String)
        /// A positional argument was given after every declared one was filled.
        case unexpectedArgument(String)
        /// An option that is not repeatable was given more than once.
        case duplicateOption(String)
        /// A value could not be converted to the type the caller asked for.
        case invalidValue(String, name: String)
    }

    public var reason: Reason
    /// The command the error happened in, from the program name down, such as `["openapi-forge", "generate"]`.
    public var commandPath: [String]
    /// The usage line of that command, starting with `usage: `.
    public var usage: String

    public init(_ reason: Reason, commandPath: [String], usage: String) {
        self.reason = reason
        self.commandPath = commandPath
        self.usage = usage
    }

    /// The one-line message without the `error: ` prefix.
    public var message: String {
        switch reason {
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'" + Self.hint(suggestion)
        case .unknownCommand(let command, let suggestion):
            return "unknown command '\(command)'" + Self.hint(suggestion)
        case .missingCommand:
            return "missing command"
        case .missingValue(let option):
            return "missing value for option '\(option)'"
        case .unexpectedValue(let option):
            return "option '\(option)' takes no value"
        case .missingArgument(let valueName):
            return "missing argument '\(valueName)'"
        case .missingOption(let option):
            return "missing option '\(option)'"
        case .unexpectedArgument(let argument):
            return "unexpected argument '\(argument)'"
        case .duplicateOption(let option):
            return "option '\(option)' given more than once"
        case .invalidValue(let value, let name):
            return "invalid value '\(value)' for '\(name)'"
        }
    }

    public var description: String {
        let command = commandPath.joined(separator: " ")
        return "error: \(message)\n\(usage)\nRun '\(command) --help' for more information.\n"
    }

    private static func hint(_ suggestion: String?) -> String {
        guard let suggestion else {
            return ""
        }
        return "; did you mean '\(suggestion)'?"
    }
}
