/// An immutable reference that gives a recursive type a finite size, such as a tree node's `parent`.
///
/// The box is invisible on the wire: it encodes and decodes as the wrapped value, not as an object around it.
/// Equality and hashing use the wrapped value, and members of the value read through the box
/// (`node.parent?.name`) by dynamic member lookup.
@dynamicMemberLookup
public final class Box<Wrapped: Sendable>: Sendable {
    /// The wrapped value.
    public let value: Wrapped

    /// Wraps `value`.
    public init(_ value: Wrapped) {
        self.value = value
    }

    /// Reads a member of the wrapped value.
    public subscript<Member>(dynamicMember keyPath: KeyPath<Wrapped, Member>) -> Member {
        value[keyPath: keyPath]
    }
}

extension Box: Equatable where Wrapped: Equatable {
    /// Compares the wrapped values; two boxes are equal when their values are, whether or not they are one object.
    public static func == (lhs: Box, rhs: Box) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }
}

extension Box: Hashable where Wrapped: Hashable {
    /// Hashes the wrapped value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

extension Box: Decodable where Wrapped: Decodable {
    /// Decodes the wrapped value from the same position, with no extra nesting.
    public convenience init(from decoder: any Decoder) throws {
        self.init(try Wrapped(from: decoder))
    }
}

extension Box: Encodable where Wrapped: Encodable {
    /// Encodes the wrapped value at the same position, with no extra nesting.
    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
