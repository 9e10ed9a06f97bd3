import Foundation

/// RFC 3986 percent-encoding that keeps only the unreserved characters `A-Z a-z 0-9 - . _ ~`.
enum PercentEncoder {
    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Encodes every UTF-8 byte outside the unreserved set as `%XX` with upper-case hex digits.
    static func encode(_ text: String) -> String {
        guard text.utf8.contains(where: { !isUnreserved($0) }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}

/// Path parameter encoding, for values placed into a path template such as `/files/{filePath}`.
public enum PathEncoding {
    /// Percent-encodes a value for one path segment, keeping only unreserved characters.
    ///
    /// `/` becomes `%2F`, `?` `%3F`, `#` `%23`, `%` `%25`, a space `%20` and `é` `%C3%A9`, so the value
    /// stays one segment and the server decodes it back exactly.
    public static func encodeSegment(_ value: String) -> String {
        PercentEncoder.encode(value)
    }

    /// Writes an array in `simple` style: each element encoded, joined by a literal `,` (`1,2,3`).
    public static func encodeSimple(_ values: [String]) -> String {
        values.map(PercentEncoder.encode).joined(separator: ",")
    }

    /// Writes an object in `simple` style: `k1,v1,k2,v2`, or `k1=v1,k2=v2` with `explode`, parts encoded.
    public static func encodeSimple(_ pairs: [(name: String, value: String)], explode: Bool) -> String {
        SimpleStyle.join(pairs, explode: explode, transform: PercentEncoder.encode)
    }
}

/// Header parameter encoding in `simple` style; header values are not percent-encoded.
public enum HeaderEncoding {
    /// Writes an array as `1,2,3`.
    public static func encodeSimple(_ values: [String]) -> String {
        values.joined(separator: ",")
    }

    /// Writes an object as `k1,v1,k2,v2`, or `k1=v1,k2=v2` with `explode`.
    public static func encodeSimple(_ pairs: [(name: String, value: String)], explode: Bool) -> String {
        SimpleStyle.join(pairs, explode: explode) { $0 }
    }
}

/// `application/x-www-form-urlencoded` bodies.
public enum FormEncoding {
    /// Encodes `name=value` pairs joined by `&`, each part percent-encoded as in ``PathEncoding``.
    ///
    /// A space becomes `%20` and a literal `+` becomes `%2B`, so no decoder can mistake one for the other.
    /// Repeat a name to send an array (`scope=read&scope=write`).
    public static func encode(_ pairs: [(name: String, value: String)]) -> Data {
        let text: String = pairs.map { PercentEncoder.encode($0.name) + "=" + PercentEncoder.encode($0.value) }
            .joined(separator: "&")
        return Data(text.utf8)
    }
}

/// The `simple` style join shared by path and header parameters.
enum SimpleStyle {
    static func join(
        _ pairs: [(name: String, value: String)], explode: Bool, transform: (String) -> String
    ) -> String {
        let separator: String = explode ? "=" : ","
        return pairs.map { transform($0.name) + separator + transform($0.value) }.joined(separator: ",")
    }
}
