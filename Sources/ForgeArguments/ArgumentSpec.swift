/// A positional argument of a command, such as the `FILE` in `validate FILE`.
public struct ArgumentSpec: Sendable, Equatable {
    /// The key that `ParsedCommand` looks the value up by.
    public var name: String
    /// The placeholder shown in usage and help, such as `FILE`.
    public var valueName: String
    public var help: String
    public var isRequired: Bool

    /// Creates an argument; `valueName` defaults to `name` in upper case.
    public init(_ name: String, valueName: String? = nil, help: String, isRequired: Bool = true) {
        self.name = name
        self.valueName = valueName ?? name.uppercased()
        self.help = help
        self.isRequired = isRequired
    }

    /// Creates an argument the user must give.
    public static func required(_ name: String, valueName: String? = nil, help: String) -> ArgumentSpec {
        ArgumentSpec(name, valueName: valueName, help: help, isRequired: true)
    }

    /// Creates an argument the user may leave out; usage shows it in brackets.
    public static func optional(_ name: String, valueName: String? = nil, help: String) -> ArgumentSpec {
        ArgumentSpec(name, valueName: valueName, help: help, isRequired: false)
    }
}
