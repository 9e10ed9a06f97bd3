/// A set of Mustache templates compiled once, which render by name and include each other as partials.
///
/// Rendering follows the core of the Mustache specification (variables, sections, inverted sections,
/// comments, partials, set delimiters and standalone lines), with these differences, chosen because the
/// output is source code:
/// - Nothing is HTML-escaped: `{{name}}`, `{{{name}}}` and `{{&name}}` all insert the value as it is.
/// - Lookups are strict: a name found in no context, or a member missing from an object, is an error
///   naming it and its location. A name bound to `.null` is not an error: it inserts nothing and is falsy.
/// - A partial not in the set is an error, reported when the set is created.
/// - Lines of an indented standalone partial that render empty get no indentation, so no trailing blanks.
///
/// Strings, `true` and `false` can be inserted; inserting a list or an object is an error.
///
/// A standalone partial tag takes its line break with it, as the specification requires, so a partial meant
/// to fill whole lines should end with a line break of its own.
public struct TemplateSet: Sendable {
    private let templates: [String: CompiledTemplate]

    /// Compiles every template, keyed by the name that partial tags use, such as `{{>property}}`.
    ///
    /// `files` maps a template's name to the file it was read from, which errors then name instead.
    /// Throws the first syntax error, or the first partial tag naming a template not in `templates`,
    /// taking templates in the order of their names.
    public init(templates: [String: String], files: [String: String] = [:]) throws(TemplateError) {
        var compiled: [String: CompiledTemplate] = [:]
        for name in templates.keys.sorted() {
            compiled[name] = try TemplateParser.compile(name: files[name] ?? name, text: templates[name]!)
        }
        for name in templates.keys.sorted() {
            try Self.checkPartials(compiled[name]!.nodes, in: compiled[name]!, against: compiled)
        }
        self.templates = compiled
    }

    /// The names of the templates in the set, sorted.
    public var names: [String] {
        templates.keys.sorted()
    }

    /// Renders the template called `name` with `context` as the outermost context.
    ///
    /// Throws when `name` is not in the set, and when a tag names a value the context lacks.
    public func render(_ name: String, context: TemplateValue) throws(TemplateError) -> String {
        var output = ""
        try render(name, context: context, into: &output)
        return output
    }

    /// Renders the template called `name` at the end of `output`, to build one file from many renders.
    ///
    /// When rendering fails, `output` keeps what was rendered before the failure.
    public func render(_ name: String, context: TemplateValue, into output: inout String) throws(TemplateError) {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 0, column: 0, message: "template '\(name)' not found in the set")
        }

        var renderer = Renderer(templates: templates, context: context)
        defer {
            output += String(decoding: renderer.output, as: UTF8.self)
        }
        try renderer.render(template)
    }

    private static func checkPartials(
        _ nodes: [TemplateNode], in template: CompiledTemplate, against templates: [String: CompiledTemplate]
    ) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .partial(let name, _, let location) where templates[name] == nil:
                throw template.partialNotFound(name, at: location)
            case .section(_, _, let body, _):
                try checkPartials(body, in: template, against: templates)
            default:
                break
            }
        }
    }
}
