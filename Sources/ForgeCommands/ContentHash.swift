#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


/// A 64-bit FNV-1a hash of a file's bytes, written as 16 lowercase hex digits.
///
/// FNV-1a is not a cryptographic hash. It detects edits but not deliberately made collisions,
/// which is enough for an input fingerprint, and it is cheap next to parsing the same bytes.
enum ContentHash {
    /// The text written in place of a hash when a file cannot be read; it never equals a hash.
    static let unreadable = "unreadable"

    /// Returns the hash of the file at `path`, or `unreadable` when it is missing or cannot be read.
    static func ofFile(atPath path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            return unreadable
        }
        return of(data)
    }

    /// Returns the hash of `text`'s UTF-8 bytes, the bytes `OutputWriter` writes for it.
    ///
    /// The bytes are read in place: a copy of each generated file, up to a few megabytes, is not needed.
    static func of(_ text: String) -> String {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    /// Returns the hash of `data`.
    static func of(_ data: Data) -> String {
        data.withUnsafeBytes { of($0) }
    }

    private static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
