/// Reads the words after a leaf command's name into values keyed by argument and option name.
struct CommandLineReader {
    let chain: CommandChain
    private var occurrences: [String: [String]] = [:]
    private var positionals: [String] = []

    init(chain: CommandChain) {
        self.chain = chain
    }

    /// Reads `words`, then checks that every required argument and option was given.
    mutating func read(_ words: ArraySlice<String>) throws(ArgumentError) -> ParsedCommand {
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            if word == "--" {
                positionals += words[index...]
                break
            }

            if word.hasPrefix("--") {
                try readLongOption(word, from: words, at: &index)
            } else if word.hasPrefix("-"), word != "-" {
                try readShortOption(word, from: words, at: &index)
            } else {
                positionals.append(word)
            }
        }

        try assignPositionals()
        try checkRequiredOptions()
        return ParsedCommand(chain: chain, occurrences: occurrences)
    }

    /// Reads `--name`, `--name value` or `--name=value`.
    private mutating func readLongOption(
        _ word: String, from words: ArraySlice<String>, at index: inout Int
    ) throws(ArgumentError) {
        let body = word.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        guard let option = chain.command.option(named: name) else {
            throw chain.unknownOption(word)
        }

        let spelling = "--\(name)"
        if let equals = body.firstIndex(of: "=") {
            guard option.takesValue else {
                throw chain.error(.unexpectedValue(option: spelling))
            }
            try record(option, value: String(body[body.index(after: equals)...]), spelling: spelling)
        } else {
            try readValue(of: option, spelling: spelling, from: words, at: &index)
        }
    }

    /// Reads `-n` or `-n value`; anything longer after one dash is not a short option.
    private mutating func readShortOption(
        _ word: String, from words: ArraySlice<String>, at index: inout Int
    ) throws(ArgumentError) {
        guard word.count == 2, let option = chain.command.option(short: word.last!) else {
            throw chain.unknownOption(word)
        }
        try readValue(of: option, spelling: word, from: words, at: &index)
    }

    /// Records a flag, or takes the next word as the option's value when it is not an option itself.
    private mutating func readValue(
        of option: OptionSpec, spelling: String, from words: ArraySlice<String>, at index: inout Int
    ) throws(ArgumentError) {
        guard option.takesValue else {
            try record(option, value: "", spelling: spelling)
            return
        }

        guard index < words.endIndex, !Self.looksLikeOption(words[index]) else {
            throw chain.error(.missingValue(option: spelling))
        }
        try record(option, value: words[index], spelling: spelling)
        index += 1
    }

    private mutating func record(_ option: OptionSpec, value: String, spelling: String) throws(ArgumentError) {
        if !option.isRepeatable, occurrences[option.name] != nil {
            throw chain.error(.duplicateOption("--\(option.name)"))
        }
        occurrences[option.name, default: []].append(value)
    }

    /// Fills the declared arguments in order from the positional words.
    private mutating func assignPositionals() throws(ArgumentError) {
        let arguments = chain.command.arguments
        if positionals.count > arguments.count {
            throw chain.error(.unexpectedArgument(positionals[arguments.count]))
        }

        for (argument, value) in zip(arguments, positionals) {
            occurrences[argument.name] = [value]
        }
        if let missing = arguments.dropFirst(positionals.count).first(where: \.isRequired) {
            throw chain.error(.missingArgument(missing.valueName))
        }
    }

    private func checkRequiredOptions() throws(ArgumentError) {
        for option in chain.command.options where option.isRequired && occurrences[option.name] == nil {
            throw chain.error(.missingOption("--\(option.name)"))
        }
    }

    private static func looksLikeOption(_ word: String) -> Bool {
        word.hasPrefix("-") && word != "-"
    }
}
