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
    static func of(_ text: String) -> String {
        of(Data(text.utf8))
    }

    /// Returns the hash of `data`.
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
