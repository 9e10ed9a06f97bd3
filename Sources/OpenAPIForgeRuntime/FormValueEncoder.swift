import Foundation

/// A value as its `Encodable` conformance wrote it, with object keys in the order they were encoded.
enum FormValue {
    case null
    case string(String)
    /// A number or Boolean, as its text.
    case literal(String)
    case list([FormValue])
    case object([(key: String, value: FormValue)])
}

/// The place one value is written to while encoding: a scalar, or the slots of a list's items or an
/// object's properties.
final class FormSlot {
    var scalar: FormValue?
    var items: [FormSlot]?
    var entries: [(key: String, slot: FormSlot)]?

    /// The finished value; a value that wrote nothing at all is an empty object, as in `JSONEncoder`.
    var value: FormValue {
        if let entries {
            return .object(entries.map { (key: $0.key, value: $0.slot.value) })
        }
        if let items {
            return .list(items.map(\.value))
        }
        return scalar ?? .object([])
    }
}

/// An `Encoder` that records a value as a ``FormValue`` tree, for form bodies.
///
/// Dates are written as RFC 3339 text with ``DateCoding/encodeDateTime(_:)``, `Data` as base64 and `URL` as
/// its absolute string, as the client sends them in parameters. `[String: Value]` maps are written with
/// their keys sorted, so every run writes the same body.
struct FormValueEncoder: Encoder {
    let slot: FormSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Writes `value` into `slot`, handling the Foundation types whose own encoding does not fit a form.
    static func write<Value: Encodable>(_ value: Value, into slot: FormSlot, codingPath: [any CodingKey]) throws {
        switch value {
        case let date as Date:
            slot.scalar = .string(DateCoding.encodeDateTime(date))
        case let data as Data:
            slot.scalar = .string(data.base64EncodedString())
        case let url as URL:
            slot.scalar = .string(url.absoluteString)
        case let decimal as Decimal:
            slot.scalar = .literal(decimal.description)
        case let map as [String: any Encodable]:
            slot.entries = []
            for (key, element) in map.sorted(by: { $0.key < $1.key }) {
                let child: FormSlot = FormSlot()
                try write(element, into: child, codingPath: codingPath + [FormKey(key)])
                slot.entries?.append((key: key, slot: child))
            }
        default:
            try value.encode(to: FormValueEncoder(slot: slot, codingPath: codingPath))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if slot.entries == nil {
            slot.entries = []
        }
        return KeyedEncodingContainer(FormKeyedContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if slot.items == nil {
            slot.items = []
        }
        return FormUnkeyedContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        FormSingleValueContainer(slot: slot, codingPath: codingPath)
    }
}

/// A coding key for map keys and list positions.
struct FormKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}
