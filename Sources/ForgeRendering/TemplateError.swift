/// A syntax error in a template, or a failure while rendering one, with the place in the template it refers to.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's name, or the file it was read from when the template set was given one.
    public var template: String
    /// The 1-based line of the tag at fault; 0 when the error has no place in a template.
    public var line: Int
    /// The 1-based column of the tag's opening delimiter, counted in Unicode scalars; 0 when `line` is 0.
    public var column: Int
    public var message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    /// `TEMPLATE:LINE:COLUMN: error: MESSAGE`, or `TEMPLATE: error: MESSAGE` when `line` is 0.
    public var description: String {
        if line == 0 {
            return "\(template): error: \(message)"
        }
        return "\(template):\(line):\(column): error: \(message)"
    }
}
