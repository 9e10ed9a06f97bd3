import ForgeDiagnostics
import ForgeFrontEnd

/// An operation or path-level parameter.
///
/// A parameter has either a `schema` (with `style` and `explode`) or a `content` map with one
/// media type. Path parameters are always required; a document that says otherwise gets a
/// warning and `required` is true.
public struct Parameter: Sendable {
    public var name: String
    public var `in`: ParameterPlacement
    public var description: String?
    public var required: Bool = false
    public var deprecated: Bool = false
    public var allowEmptyValue: Bool = false
    public var allowReserved: Bool = false
    /// The serialisation style; nil for the default of the placement (`form` for query and
    /// cookie, `simple` for path and header).
    public var style: ParameterStyle?
    /// nil for the default: true for `form`, false otherwise.
    public var explode: Bool?
    public var schema: JSONSchema?
    public var content: [MediaType] = []
    public var example: Node?
    public var examples: [Named<Example>] = []
    public var reference: Reference?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(name: String, in placement: ParameterPlacement, location: SourceLocation) {
        self.name = name
        self.in = placement
        self.location = location
    }

    /// The style in effect: `style`, or the default for the placement.
    public var effectiveStyle: ParameterStyle {
        style ?? `in`.defaultStyle
    }

    /// Whether arrays and objects are exploded: `explode`, or true for the `form` style.
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }

    /// Whether `other` is the same parameter: same placement and name (header names ignore case).
    public func isSameParameter(as other: Parameter) -> Bool {
        guard `in` == other.in else {
            return false
        }
        return `in` == .header ? name.lowercased() == other.name.lowercased() : name == other.name
    }
}

/// The place a parameter is sent in.
public enum ParameterPlacement: String, Hashable, Sendable, CaseIterable {
    case path
    case query
    case header
    case cookie
    /// 3.2: the whole query string as one value.
    case querystring

    var defaultStyle: ParameterStyle {
        switch self {
        case .path, .header: return .simple
        case .query, .cookie, .querystring: return .form
        }
    }
}

/// A parameter or encoding `style`.
public enum ParameterStyle: String, Hashable, Sendable, CaseIterable {
    case matrix
    case label
    case simple
    case form
    case spaceDelimited
    case pipeDelimited
    case deepObject
    /// 3.2 cookie style.
    case cookie
}

/// A response header, or a header of a multipart encoding.
public struct Header: Sendable {
    public var description: String?
    public var required: Bool = false
    public var deprecated: Bool = false
    public var style: ParameterStyle?
    public var explode: Bool?
    public var schema: JSONSchema?
    public var content: [MediaType] = []
    public var example: Node?
    public var examples: [Named<Example>] = []
    public var reference: Reference?
    public var extensions: Extensions = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}
