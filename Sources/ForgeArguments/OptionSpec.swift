/// A named option of a command: a flag such as `--check`, or an option with a value such as `--output DIR`.
public struct OptionSpec: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// An option that is present or absent and takes no value.
        case flag
        /// An option followed by a value; `valueName` is the placeholder shown in usage and help.
        case value(valueName: String)
    }

    /// The long name without its leading dashes; also the key that `ParsedCommand` looks the option up by.
    public var name: String
    /// The single letter used after one dash, such as `o` for `-o`.
    public var shortName: Character?
    public var kind: Kind
    public var help: String
    /// Whether parsing fails when the option is absent.
    public var isRequired: Bool
    /// Whether the option may be given more than once; otherwise a second occurrence is an error.
    public var isRepeatable: Bool

    public init(
        name: String,
        shortName: Character? = nil,
        kind: Kind,
        help: String,
        isRequired: Bool = false,
        isRepeatable: Bool = false
    ) {
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.help = help
        self.isRequired = isRequired
        self.isRepeatable = isRepeatable
    }

    /// Creates an option that takes no value.
    public static func flag(
        _ name: String, short: Character? = nil, help: String, isRepeatable: Bool = false
    ) -> OptionSpec {
        OptionSpec(name: name, shortName: short, kind: .flag, help: help, isRepeatable: isRepeatable)
    }

    /// Creates an option that takes a value; `valueName` defaults to `name` in upper case.
    public static func value(
        _ name: String,
        short: Character? = nil,
        valueName: String? = nil,
        help: String,
        isRequired: Bool = false,
        isRepeatable: Bool = false
    ) -> OptionSpec {
        OptionSpec(
            name: name,
            shortName: short,
            kind: .value(valueName: valueName ?? name.uppercased()),
            help: help,
            isRequired: isRequired,
            isRepeatable: isRepeatable
        )
    }

    /// Whether the option takes a value.
    var takesValue: Bool {
        if case .value = kind {
            return true
        }
        return false
    }

    /// The option as written in usage: `--output DIR`, or `--check` for a flag.
    var synopsis: String {
        switch kind {
        case .flag:
            return "--\(name)"
        case .value(let valueName):
            return "--\(name) \(valueName)"
        }
    }
}
