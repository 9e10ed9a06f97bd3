import ForgeDiagnostics
import ForgeFrontEnd

/// A value under a name in an OpenAPI map, such as a component or a response header.
///
/// Maps in OpenAPI documents are kept as ordered lists of `Named` values, in document order,
/// so output is stable and follows the author's order.
public struct Named<Value: Sendable>: Sendable {
    public var name: String
    /// The location of the key.
    public var nameLocation: SourceLocation
    public var value: Value

    public init(name: String, nameLocation: SourceLocation, value: Value) {
        self.name = name
        self.nameLocation = nameLocation
        self.value = value
    }
}

extension Array {
    /// Returns the value of the first element named `name`.
    public func value<Value>(named name: String) -> Value? where Element == Named<Value> {
        first { $0.name == name }?.value
    }
}

/// The `x-` keys of an object, in document order, with their values as loaded.
public typealias Extensions = [Named<Node>]

/// Stores an optional value out of line, so a struct can contain a value of its own type and
/// stay small where most such values are absent.
///
/// `JSONSchemaStorage` keeps its rarely present keywords, such as `minimum`, in `Indirect`
/// values. A present value is held in a one-element array that copies share until one is
/// changed, and an absent one costs no allocation.
@propertyWrapper
public struct Indirect<Wrapped: Sendable>: Sendable {
    private var storage: [Wrapped]

    public init(wrappedValue: Wrapped?) {
        storage = wrappedValue.map { [$0] } ?? []
    }

    public var wrappedValue: Wrapped? {
        get { storage.first }
        set { storage = newValue.map { [$0] } ?? [] }
    }
}

/// A short text from the document together with the location of its value.
public struct LocatedText: Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var description: String {
        text
    }
}
