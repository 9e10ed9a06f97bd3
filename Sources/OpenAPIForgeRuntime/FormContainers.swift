import Foundation

/// The single-value container of ``FormValueEncoder``: numbers and Booleans become literals.
struct FormSingleValueContainer: SingleValueEncodingContainer {
    let slot: FormSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.scalar = .null }
    mutating func encode(_ value: Bool) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: String) throws { slot.scalar = .string(value) }
    mutating func encode(_ value: Double) throws { try writeFloatingPoint(value) }
    mutating func encode(_ value: Float) throws { try writeFloatingPoint(value) }
    mutating func encode(_ value: Int) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: Int8) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: Int16) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: Int32) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: Int64) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: UInt) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: UInt8) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: UInt16) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: UInt32) throws { slot.scalar = .literal(String(value)) }
    mutating func encode(_ value: UInt64) throws { slot.scalar = .literal(String(value)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try FormValueEncoder.write(value, into: slot, codingPath: codingPath)
    }

    /// Writes a finite number as `String(value)` does for parameters; NaN and infinity are rejected as in JSON.
    private func writeFloatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number) throws {
        guard value.isFinite else {
            let context: EncodingError.Context = EncodingError.Context(
                codingPath: codingPath, debugDescription: "\(value) is not a finite number")
            throw EncodingError.invalidValue(value, context)
        }
        slot.scalar = .literal(String(value))
    }
}

/// The keyed container of ``FormValueEncoder``: properties in the order they are encoded.
struct FormKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: FormSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        child(key).scalar = .null
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try FormValueEncoder.write(value, into: child(key), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        FormValueEncoder(slot: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        FormValueEncoder(slot: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        FormValueEncoder(slot: child(FormKey("super")), codingPath: codingPath + [FormKey("super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        FormValueEncoder(slot: child(key), codingPath: codingPath + [key])
    }

    /// Returns a new slot for `key`, replacing one encoded before under the same key as `JSONEncoder` does.
    private func child(_ key: any CodingKey) -> FormSlot {
        let slot: FormSlot = FormSlot()
        if let index = self.slot.entries?.firstIndex(where: { $0.key == key.stringValue }) {
            self.slot.entries?[index].slot = slot
        } else {
            self.slot.entries?.append((key: key.stringValue, slot: slot))
        }
        return slot
    }
}

/// The unkeyed container of ``FormValueEncoder``: list items in order.
struct FormUnkeyedContainer: UnkeyedEncodingContainer {
    let slot: FormSlot
    let codingPath: [any CodingKey]

    var count: Int {
        slot.items?.count ?? 0
    }

    mutating func encodeNil() throws {
        next().scalar = .null
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let key: FormKey = FormKey(index: count)
        try FormValueEncoder.write(value, into: next(), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let key: FormKey = FormKey(index: count)
        return FormValueEncoder(slot: next(), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key: FormKey = FormKey(index: count)
        return FormValueEncoder(slot: next(), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key: FormKey = FormKey(index: count)
        return FormValueEncoder(slot: next(), codingPath: codingPath + [key])
    }

    private func next() -> FormSlot {
        let item: FormSlot = FormSlot()
        slot.items?.append(item)
        return item
    }
}
