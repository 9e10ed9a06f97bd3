import Foundation

/// Builders for JSON Pointers (RFC 6901), the locations used in validation issues and decoding errors.
///
/// The empty string is the whole document, and `/userIds/3` is element 3 of the `userIds` property.
public enum JSONPointer {
    /// Appends an object key to `base`, escaping `~` as `~0` and `/` as `~1`.
    public static func appending(_ base: String, _ key: String) -> String {
        base + "/" + escape(key)
    }

    /// Appends an array index to `base`.
    public static func appending(_ base: String, _ index: Int) -> String {
        base + "/" + String(index)
    }

    /// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return token
        }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Builds the pointer for a `Codable` coding path.
    ///
    /// Array positions, whose keys `JSONDecoder` names `Index 3`, become plain indexes. Every other key is
    /// used by its `stringValue`, so dictionary keys that look like numbers stay as written.
    public static func pointer(for codingPath: [any CodingKey]) -> String {
        var pointer: String = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                pointer = appending(pointer, index)
            } else {
                pointer = appending(pointer, key.stringValue)
            }
        }
        return pointer
    }
}
