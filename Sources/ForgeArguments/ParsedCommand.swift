/// The arguments and options of one command line, looked up by the names their specs declare.
///
/// Asking for a name the command does not declare, or asking for a flag as a value or a value as a flag,
/// stops the program: that is a mistake in the calling code, not in the command line.
public struct ParsedCommand: Sendable, Equatable {
    /// The words that selected the command, from the program name down, such as `["openapi-forge", "generate"]`.
    public var commandPath: [String] {
        chain.names
    }

    /// The name of the command that was selected; the program name when the root has no subcommands.
    public var name: String {
        chain.command.name
    }

    private let chain: CommandChain
    /// Every value given for each argument or option, in command-line order; a flag stores one empty string
    /// per occurrence.
    private let occurrences: [String: [String]]

    init(chain: CommandChain, occurrences: [String: [String]]) {
        self.chain = chain
        self.occurrences = occurrences
    }

    /// Returns the value of an argument or an option that takes a value, or nil when it was not given.
    ///
    /// For a repeatable option given several times, returns the last value.
    public func value(_ name: String) -> String? {
        values(name).last
    }

    /// Returns every value given for an argument or an option that takes a value, in command-line order.
    public func values(_ name: String) -> [String] {
        precondition(declaresValue(name), "'\(name)' is not an argument or an option with a value of '\(self.name)'")
        return occurrences[name] ?? []
    }

    /// Returns whether a flag was given.
    public func flag(_ name: String) -> Bool {
        count(name) > 0
    }

    /// Returns how many times a flag was given; more than 1 only for a repeatable flag.
    public func count(_ name: String) -> Int {
        precondition(chain.command.option(named: name)?.kind == .flag, "'\(name)' is not a flag of '\(self.name)'")
        return occurrences[name]?.count ?? 0
    }

    /// Converts the value of an argument or option to `type`, or returns nil when it was not given.
    ///
    /// Throws `ArgumentError.Reason.invalidValue` when `type` cannot be made from the text, such as
    /// `--jobs two` read as an `Int`.
    public func value<Value: LosslessStringConvertible>(
        _ name: String, as type: Value.Type
    ) throws(ArgumentError) -> Value? {
        guard let text = value(name) else {
            return nil
        }
        guard let converted = Value(text) else {
            throw chain.error(.invalidValue(text, name: displayName(of: name)))
        }
        return converted
    }

    private func declaresValue(_ name: String) -> Bool {
        if let option = chain.command.option(named: name) {
            return option.takesValue
        }
        return chain.command.arguments.contains { $0.name == name }
    }

    /// Names an argument or option the way the user sees it: `--jobs` for an option, `COUNT` for an argument.
    private func displayName(of name: String) -> String {
        if chain.command.option(named: name) != nil {
            return "--\(name)"
        }
        return chain.command.arguments.first { $0.name == name }?.valueName ?? name
    }
}
