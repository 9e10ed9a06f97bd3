/// Checks the rules of `CommandSpec` that the parser relies on, stopping the program when one is broken.
enum SpecValidation {
    static func check(_ spec: CommandSpec, isRoot: Bool) {
        let context = "command '\(spec.name)'"
        if !spec.subcommands.isEmpty {
            precondition(spec.arguments.isEmpty && spec.options.isEmpty, "\(context) has subcommands and options")
            let subcommandNames = spec.subcommands.map(\.name)
            precondition(Set(subcommandNames).count == subcommandNames.count, "\(context) repeats a subcommand")
            for subcommand in spec.subcommands {
                precondition(!subcommand.name.hasPrefix("-"), "\(context) has a subcommand starting with '-'")
                check(subcommand, isRoot: false)
            }
        }

        var reserved: Set<String> = ["help"]
        if isRoot, spec.version != nil {
            reserved.insert("version")
        }
        let names = spec.options.map(\.name) + spec.arguments.map(\.name)
        precondition(Set(names).count == names.count, "\(context) declares a name twice")
        precondition(reserved.isDisjoint(with: spec.options.map(\.name)), "\(context) redeclares a built-in option")

        let shortNames = spec.options.compactMap(\.shortName)
        precondition(Set(shortNames).count == shortNames.count, "\(context) declares a short name twice")
        precondition(!shortNames.contains("h"), "\(context) redeclares '-h'")

        let firstOptional = spec.arguments.firstIndex { !$0.isRequired } ?? spec.arguments.endIndex
        precondition(
            spec.arguments[firstOptional...].allSatisfy { !$0.isRequired },
            "\(context) has a required argument after an optional one"
        )
    }
}
