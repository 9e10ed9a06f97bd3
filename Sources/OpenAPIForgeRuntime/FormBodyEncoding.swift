import Foundation

/// The serialisation of one top-level property of an `application/x-www-form-urlencoded` body, from the
/// media type's `encoding` entry. A property without an entry is written in `form` style with `explode`.
public struct FormField: Sendable {
    public let name: String
    public let style: FormFieldStyle
    public let explode: Bool

    public init(name: String, style: FormFieldStyle, explode: Bool) {
        self.name = name
        self.style = style
        self.explode = explode
    }
}

/// The `style` of a form body's `encoding` entry.
public enum FormFieldStyle: Sendable {
    case form, spaceDelimited, pipeDelimited, deepObject
}

extension FormEncoding {
    /// Encodes a model value as a form body: each top-level property a `name=value` field, in the order
    /// the value encodes them.
    ///
    /// Absent and `null` properties are left out, and so is an empty array. An array repeats the name per
    /// item (`tag=a&tag=b`). With `explode` false it is one field, joined by `,` for `form`, `%20` for
    /// `spaceDelimited` and `%7C` for `pipeDelimited`. A nested object is sent as its JSON text, or with
    /// `deepObject` as `name[key]=value` fields. Dates are RFC 3339 text, as for parameters.
    ///
    /// - Throws: ``ClientError/invalidRequest(message:)`` when the value is not an object or cannot be encoded.
    public static func encode<Value: Encodable>(_ value: Value, fields: [FormField] = []) throws(ClientError) -> Data {
        let slot: FormSlot = FormSlot()
        do {
            try FormValueEncoder.write(value, into: slot, codingPath: [])
        } catch {
            throw .invalidRequest(message: "request body cannot be encoded as a form: \(error)")
        }
        guard case .object(let entries) = slot.value else {
            throw .invalidRequest(message: "a form request body must be an object, but \(Value.self) is not one")
        }
        var parts: [String] = []
        for (name, fieldValue) in entries {
            let field: FormField =
                fields.first { $0.name == name } ?? FormField(name: name, style: .form, explode: true)
            parts += FormFieldWriter.parts(fieldValue, field: field)
        }
        return Data(parts.joined(separator: "&").utf8)
    }
}

/// Writes one form field as percent-encoded `name=value` parts.
enum FormFieldWriter {
    static func parts(_ value: FormValue, field: FormField) -> [String] {
        let name: String = PercentEncoder.encode(field.name)
        switch value {
        case .null:
            return []
        case .string, .literal:
            return [name + "=" + PercentEncoder.encode(text(value) ?? "")]
        case .list(let items):
            let texts: [String] = items.compactMap(text).map(PercentEncoder.encode)
            if texts.isEmpty {
                return []
            }
            if field.explode {
                return texts.map { name + "=" + $0 }
            }
            let delimiters: [FormFieldStyle: String] = [.spaceDelimited: "%20", .pipeDelimited: "%7C"]
            return [name + "=" + texts.joined(separator: delimiters[field.style] ?? ",")]
        case .object(let entries) where field.style == .deepObject:
            return entries.compactMap { entry in
                guard let entryText = text(entry.value) else {
                    return nil
                }
                let entryName: String = PercentEncoder.encode(field.name + "[" + entry.key + "]")
                return entryName + "=" + PercentEncoder.encode(entryText)
            }
        case .object:
            return [name + "=" + PercentEncoder.encode(json(value))]
        }
    }

    /// Returns the text of a scalar, the JSON text of a list or object, and nil for `null`.
    static func text(_ value: FormValue) -> String? {
        switch value {
        case .null: return nil
        case .string(let string): return string
        case .literal(let literal): return literal
        case .list, .object: return json(value)
        }
    }

    /// Returns the value as JSON text, object keys in encoding order.
    static func json(_ value: FormValue) -> String {
        switch value {
        case .null:
            return "null"
        case .string(let string):
            return quoted(string)
        case .literal(let literal):
            return literal
        case .list(let items):
            return "[" + items.map(json).joined(separator: ",") + "]"
        case .object(let entries):
            return "{" + entries.map { quoted($0.key) + ":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// Returns a JSON string literal, escaping quotes, backslashes and control characters.
    private static func quoted(_ string: String) -> String {
        var result: String = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex: String = String(scalar.value, radix: 16, uppercase: false)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
