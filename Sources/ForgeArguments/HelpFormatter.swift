/// Renders the usage line and the help text of one command.
///
/// Help text has the usage line, the abstract, the discussion, then tables of subcommands, arguments and
/// options whose help column is aligned and wrapped at `width` characters.
struct HelpFormatter {
    /// The width help text is wrapped to, in characters.
    static let width = 80
    /// The widest label that keeps its help on the same line. A wider label puts its help on the next line,
    /// so the help column follows the widest of the other labels.
    static let maxLabelWidth = 24

    let chain: CommandChain

    /// The usage line, such as `usage: tool validate FILE [--strict]`.
    var usage: String {
        let command = chain.command
        var parts = ["usage:"] + chain.names
        if !command.subcommands.isEmpty {
            parts.append("COMMAND")
            return parts.joined(separator: " ")
        }

        parts += command.arguments.map { $0.isRequired ? $0.valueName : "[\($0.valueName)]" }
        parts += command.options.map(Self.usage(of:))
        return parts.joined(separator: " ")
    }

    var help: String {
        let command = chain.command
        var blocks = [usage]
        if !command.abstract.isEmpty {
            blocks.append(Self.wrap(command.abstract, width: Self.width))
        }
        if !command.discussion.isEmpty {
            blocks.append(command.discussion)
        }

        if !command.subcommands.isEmpty {
            blocks.append(Self.table("commands:", command.subcommands.map { ($0.name, $0.abstract) }))
        }
        if !command.arguments.isEmpty {
            blocks.append(Self.table("arguments:", command.arguments.map { ($0.valueName, $0.help) }))
        }
        blocks.append(Self.table("options:", optionRows))

        if !command.subcommands.isEmpty {
            let names = chain.names.joined(separator: " ")
            blocks.append("Run '\(names) COMMAND --help' for the arguments and options of a command.")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private var optionRows: [(String, String)] {
        var rows = chain.command.options.map { option in
            (Self.label(of: option), option.help)
        }
        rows.append(("-h, --help", "Show this help and exit."))
        if chain.acceptsVersion {
            rows.append(("--version", "Show the version and exit."))
        }
        return rows
    }

    private static func usage(of option: OptionSpec) -> String {
        var text = option.synopsis
        if option.isRepeatable {
            text += " ..."
        }
        return option.isRequired ? text : "[\(text)]"
    }

    private static func label(of option: OptionSpec) -> String {
        guard let short = option.shortName else {
            return option.synopsis
        }
        return "-\(short), \(option.synopsis)"
    }

    /// Lays out `rows` under `title` as two columns: the labels, then the help wrapped and aligned.
    private static func table(_ title: String, _ rows: [(label: String, help: String)]) -> String {
        let labelWidth = rows.map(\.label.count).filter { $0 <= maxLabelWidth }.max() ?? maxLabelWidth
        var lines = [title]
        for row in rows {
            lines += tableLines(label: row.label, help: row.help, labelWidth: labelWidth)
        }
        return lines.joined(separator: "\n")
    }

    /// Lays out one row: two spaces, the label padded to `labelWidth`, two spaces, the help.
    ///
    /// A label wider than `labelWidth` gets a line of its own and its help starts on the next line.
    private static func tableLines(label: String, help: String, labelWidth: Int) -> [String] {
        let labelLine = "  " + label
        if help.isEmpty {
            return [labelLine]
        }

        let indent = String(repeating: " ", count: labelWidth + 4)
        let helpLines = wrap(help, width: width - indent.count).split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        var firstPrefix = labelLine + String(repeating: " ", count: max(labelWidth - label.count, 0) + 2)
        if label.count > labelWidth {
            lines.append(labelLine)
            firstPrefix = indent
        }

        for (index, helpLine) in helpLines.enumerated() {
            let prefix = index == 0 ? firstPrefix : indent
            lines.append(helpLine.isEmpty ? "" : prefix + helpLine)
        }
        return lines
    }

    /// Breaks `text` into lines of at most `width` characters at spaces, keeping its own line breaks.
    ///
    /// A word longer than `width` stays whole on a line of its own.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
