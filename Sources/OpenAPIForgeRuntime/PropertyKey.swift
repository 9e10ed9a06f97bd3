/// The coding key of every generated object type: a JSON property name, written as a string literal.
///
/// Generated `init(from:)` and `encode(to:)` name each property by its JSON name, as in
/// `container.decode(String.self, forKey: "name")`, instead of declaring a `CodingKeys` enum per
/// type. One key type for the whole module keeps the compiler from synthesizing a string switch, an
/// equality operator and a hash function for every object schema. Those members were about a sixth
/// of the LLVM IR of the client generated for Kubernetes' apps API.
public struct PropertyKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String

    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    public init(stringLiteral value: String) {
        self.stringValue = value
    }

    /// Always `nil`: JSON object keys are strings.
    public init?(intValue: Int) {
        return nil
    }

    /// Always `nil`: JSON object keys are strings.
    public var intValue: Int? {
        nil
    }
}
