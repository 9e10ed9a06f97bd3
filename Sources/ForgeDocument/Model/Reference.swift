import ForgeDiagnostics

/// The place a `$ref` points at: a file and a JSON pointer inside it.
///
/// `file` is the normalised path of the file as it was opened (`.` and `..` resolved, relative
/// paths kept relative to the working directory); the root document's own references use the
/// root document's path. `pointer` is percent-decoded but keeps the `~0`/`~1` escapes of a JSON
/// pointer, so `#/paths/~1pets` becomes `/paths/~1pets`; the empty pointer is the whole file.
public struct ReferenceTarget: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var pointer: String

    public init(file: String, pointer: String) {
        self.file = file
        self.pointer = pointer
    }

    /// The pointer's reference tokens with `~1` and `~0` decoded; empty for the whole file.
    public var segments: [String] {
        JSONPointer.segments(of: pointer)
    }

    /// The last reference token, such as `Pet` for `/components/schemas/Pet`; nil for the whole file.
    public var lastSegment: String? {
        segments.last
    }

    /// Returns the target of the child `segment` (unescaped) below this one.
    public func appending(_ segment: String) -> ReferenceTarget {
        ReferenceTarget(file: file, pointer: pointer + "/" + JSONPointer.escape(segment))
    }

    /// `file#pointer`, the form used in messages.
    public var description: String {
        "\(file)#\(pointer)"
    }

    public static func < (lhs: ReferenceTarget, rhs: ReferenceTarget) -> Bool {
        (lhs.file, lhs.pointer) < (rhs.file, rhs.pointer)
    }
}

/// A `$ref` as written, with the target it resolves to.
///
/// Schemas keep their references (recursion and naming depend on them); other objects are
/// replaced by the referenced value and keep the reference they came through.
public struct Reference: Hashable, Sendable {
    /// The `$ref` text exactly as written, such as `./common.yaml#/components/schemas/Money`.
    public var text: String
    public var target: ReferenceTarget
    /// The location of the `$ref` value.
    public var location: SourceLocation

    public init(text: String, target: ReferenceTarget, location: SourceLocation) {
        self.text = text
        self.target = target
        self.location = location
    }
}

/// A schema `$ref`; see `Reference`.
public typealias SchemaReference = Reference

/// JSON pointer escaping (RFC 6901): `~` is written `~0` and `/` is written `~1`.
public enum JSONPointer {
    /// Escapes one reference token.
    public static func escape(_ segment: String) -> String {
        guard segment.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return segment
        }
        // `~` and `/` are ASCII, and no byte of a multi-byte UTF-8 sequence is, so bytes are replaced one by one.
        var escaped: [UInt8] = []
        escaped.reserveCapacity(segment.utf8.count + 4)
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "~"): escaped += "~0".utf8
            case UInt8(ascii: "/"): escaped += "~1".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Decodes one reference token.
    public static func unescape(_ segment: Substring) -> String {
        guard segment.utf8.contains(UInt8(ascii: "~")) else {
            return String(segment)
        }
        var decoded = ""
        var pendingTilde = false
        for scalar in segment.unicodeScalars {
            if pendingTilde {
                switch scalar {
                case "1": decoded += "/"
                case "0": decoded += "~"
                default: decoded += "~" + String(scalar)
                }
                pendingTilde = false
            } else if scalar == "~" {
                pendingTilde = true
            } else {
                decoded.unicodeScalars.append(scalar)
            }
        }
        return pendingTilde ? decoded + "~" : decoded
    }

    /// Splits a pointer such as `/a/b~1c` into decoded tokens (`a`, `b/c`); the empty pointer has none.
    public static func segments(of pointer: String) -> [String] {
        guard !pointer.isEmpty else {
            return []
        }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(unescape)
    }
}
