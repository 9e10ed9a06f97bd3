/// A name in a tag: `.` for the current context, or names joined by dots such as `type.name`.
struct TagName: Sendable, Equatable {
    /// The name as written in the template, for messages.
    let text: String
    /// The parts between the dots; empty for `.`.
    let parts: [String]

    /// Parses a tag's name, returning nil when a part is empty or contains a blank.
    init?(_ text: String) {
        self.text = text
        if text == "." {
            parts = []
            return
        }

        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") && !$0.contains("\t") }) else {
            return nil
        }
        self.parts = parts.map(String.init)
    }

    /// Returns the first `count` parts joined by dots: the name of the value that part `count` is looked up in.
    func prefix(_ count: Int) -> String {
        parts.prefix(count).joined(separator: ".")
    }
}

/// One element of a compiled template.
enum TemplateNode: Sendable {
    /// Literal text, output as it is.
    case text(String)
    /// The start of a line, where the indentation of a standalone partial goes.
    case lineStart
    case variable(TagName, TemplateLocation)
    case section(TagName, isInverted: Bool, body: [TemplateNode], TemplateLocation)
    /// A partial by name; `indentation` is nil for a partial that is not standalone.
    case partial(String, indentation: String?, TemplateLocation)
}

/// A template parsed once, ready to render any number of times.
struct CompiledTemplate: Sendable {
    /// The name errors use: the template's file when one was given, otherwise its name.
    let displayName: String
    let nodes: [TemplateNode]
    /// The length of the source in UTF-8 bytes, an estimate of the output's size.
    let sourceSize: Int
}

extension CompiledTemplate {
    /// Builds an error located in this template.
    func error(_ message: String, at location: TemplateLocation) -> TemplateError {
        TemplateError(template: displayName, line: location.line, column: location.column, message: message)
    }

    func partialNotFound(_ name: String, at location: TemplateLocation) -> TemplateError {
        error("partial '\(name)' not found in the template set", at: location)
    }
}
