import ForgeRendering

/// A failure to render the generated files.
public enum EmitterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A template failed to compile or to render; the error names the template, line and column.
    case template(TemplateError)

    public var description: String {
        switch self {
        case .template(let error):
            return error.description
        }
    }
}
