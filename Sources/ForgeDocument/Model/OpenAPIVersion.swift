/// The `openapi` version of a document: 3.0.x, 3.1.x or 3.2.x.
public struct OpenAPIVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The version as written, such as `3.1.0`.
    public var text: String
    public var major: Int
    public var minor: Int
    public var patch: Int

    public init(text: String, major: Int, minor: Int, patch: Int) {
        self.text = text
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `3.0.3`, `3.1.0` or `3.2.0` (a suffix such as `-rc1` is allowed); nil for anything else.
    public init?(_ text: String) {
        let core = text.split(separator: "-", maxSplits: 1).first ?? ""
        let parts = core.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let major = parts[0], let minor = parts[1], let patch = parts[2] else {
            return nil
        }
        self.init(text: text, major: major, minor: minor, patch: patch)
    }

    /// Whether this generator reads documents of this version (3.0.x, 3.1.x, 3.2.x).
    public var isSupported: Bool {
        major == 3 && (0...2).contains(minor)
    }

    /// Whether schemas follow JSON Schema 2020-12 (3.1 and later) rather than the 3.0 dialect.
    public var usesJSONSchema2020: Bool {
        (major, minor) >= (3, 1)
    }

    public var description: String {
        text
    }

    public static func < (lhs: OpenAPIVersion, rhs: OpenAPIVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}
