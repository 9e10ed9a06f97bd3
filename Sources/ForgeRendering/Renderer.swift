/// Renders compiled templates against a context stack into UTF-8 bytes.
///
/// Appending bytes to an array costs only a copy, whereas appending to a `String` also checks how the
/// two strings join. The bytes become a `String` once, when rendering ends.
struct Renderer {
    /// The deepest nesting of partials allowed, so a partial that includes itself without end fails cleanly.
    static let maxPartialDepth = 100

    private let templates: [String: CompiledTemplate]
    var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// Indentation owed to the current line, written before its first character unless the line stays empty.
    private var pendingIndentation: String?
    private var partialDepth = 0

    init(templates: [String: CompiledTemplate], context: TemplateValue) {
        self.templates = templates
        stack = [context]
    }

    mutating func render(_ template: CompiledTemplate) throws(TemplateError) {
        // Reserving on every call into a growing output would reallocate to exact sizes and make repeated
        // renders into one string quadratic, so only an empty output is sized.
        if output.isEmpty {
            output.reserveCapacity(template.sourceSize)
        }
        try render(template.nodes, in: template, indentation: "")
    }

    private mutating func render(
        _ nodes: [TemplateNode], in template: CompiledTemplate, indentation: String
    ) throws(TemplateError) {
        // Indexing borrows each node where `for node in nodes` copied it, retaining its strings and body.
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                write(text)
            case .lineStart:
                if !indentation.isEmpty {
                    owe(indentation)
                }
            case .variable(let name, let location):
                try interpolate(name, at: location, in: template)
            case .section(let name, let isInverted, let body, let location):
                let value = try resolve(name, at: location, in: template)
                try renderSection(body, for: value, isInverted: isInverted, in: template, indentation: indentation)
            case .partial(let name, let ownIndentation, let location):
                let partialIndentation = ownIndentation.map { indentation + $0 } ?? ""
                try renderPartial(name, indentation: partialIndentation, at: location, in: template)
            }
        }
    }

    /// Adds `indentation` to what the current line owes; usually nothing is owed yet, so no string is built.
    private mutating func owe(_ indentation: String) {
        if let owed = pendingIndentation {
            pendingIndentation = owed + indentation
        } else {
            pendingIndentation = indentation
        }
    }

    /// Writes `text`, first writing any indentation owed to the line unless `text` starts a new line at once.
    ///
    /// Leaving the indentation off lines that stay empty keeps indented partials free of trailing blanks.
    private mutating func write(_ text: String) {
        if let indentation = pendingIndentation {
            guard let first = text.utf8.first else {
                return
            }
            pendingIndentation = nil
            if first != ASCII.newline, first != ASCII.carriageReturn {
                output.append(contentsOf: indentation.utf8)
            }
        }
        output.append(contentsOf: text.utf8)
    }

    private mutating func interpolate(
        _ name: TagName, at location: TemplateLocation, in template: CompiledTemplate
    ) throws(TemplateError) {
        let value = try resolve(name, at: location, in: template)
        switch value {
        case .string(let text):
            write(text)
        case .bool(let flag):
            write(flag ? "true" : "false")
        case .null:
            break
        case .list, .lazyList, .object:
            let message = "cannot insert '\(name.text)' because it is \(article(value)); use a section to render it"
            throw error(message, at: location, in: template)
        }
    }

    private mutating func renderSection(
        _ body: [TemplateNode],
        for value: TemplateValue,
        isInverted: Bool,
        in template: CompiledTemplate,
        indentation: String
    ) throws(TemplateError) {
        if isInverted {
            if !value.isTruthy {
                try render(body, in: template, indentation: indentation)
            }
            return
        }

        switch value {
        case .list(let items):
            for item in items {
                stack.append(item)
                try render(body, in: template, indentation: indentation)
                stack.removeLast()
            }
        case .lazyList(let list):
            for index in 0..<list.count {
                stack.append(list.item(at: index))
                try render(body, in: template, indentation: indentation)
                stack.removeLast()
            }
        case .null, .bool(false):
            break
        case .string, .object, .bool(true):
            stack.append(value)
            try render(body, in: template, indentation: indentation)
            stack.removeLast()
        }
    }

    private mutating func renderPartial(
        _ name: String, indentation: String, at location: TemplateLocation, in template: CompiledTemplate
    ) throws(TemplateError) {
        guard let partial = templates[name] else {
            throw template.partialNotFound(name, at: location)
        }
        guard partialDepth < Self.maxPartialDepth else {
            let limit = "partials nested more than \(Self.maxPartialDepth) deep at '\(name)'"
            let advice = "a partial may include itself only inside a section that ends"
            throw error("\(limit); \(advice)", at: location, in: template)
        }

        partialDepth += 1
        try render(partial.nodes, in: partial, indentation: indentation)
        partialDepth -= 1
    }

    /// Looks up `name`: its first part in the innermost context that has it, each later part in the value before.
    ///
    /// A `.null` part ends the lookup with `.null`, so optional objects need no check before reading a member.
    private func resolve(
        _ name: TagName, at location: TemplateLocation, in template: CompiledTemplate
    ) throws(TemplateError) -> TemplateValue {
        guard let first = name.parts.first else {
            return stack[stack.count - 1]
        }
        guard var value = lookUp(first) else {
            throw error("value '\(first)' not found in the context", at: location, in: template)
        }

        for index in name.parts.indices.dropFirst() {
            let part = name.parts[index]
            switch value {
            case .object(let members):
                guard let member = members[part] else {
                    let reason = "'\(name.prefix(index))' has no member '\(part)'"
                    throw error("value '\(name.text)' not found: \(reason)", at: location, in: template)
                }
                value = member
            case .null:
                return .null
            case .string, .bool, .list, .lazyList:
                let reason = "'\(name.prefix(index))' is \(article(value)), not an object"
                throw error("value '\(name.text)' not found: \(reason)", at: location, in: template)
            }
        }
        return value
    }

    private func lookUp(_ key: String) -> TemplateValue? {
        for context in stack.reversed() {
            if case .object(let members) = context, let value = members[key] {
                return value
            }
        }
        return nil
    }

    private func article(_ value: TemplateValue) -> String {
        let kind = value.kindName
        return kind == "object" ? "an object" : "a \(kind)"
    }

    private func error(
        _ message: String, at location: TemplateLocation, in template: CompiledTemplate
    ) -> TemplateError {
        template.error(message, at: location)
    }
}
