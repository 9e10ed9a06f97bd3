/// Spreads declarations over a fixed number of files by a stable hash of their names.
///
/// A declaration's file depends only on its own name and the file count, so adding or removing
/// one type changes one file, not every file after it in alphabetical order. The hash is 64-bit
/// FNV-1a over the name's UTF-8 bytes, the same on every platform and in every run.
struct FileBuckets {
    let count: Int

    init(split: EmitterOptions.FileSplit, declarationCount: Int) {
        switch split {
        case .automatic:
            count = declarationCount < 50 ? 1 : (declarationCount < 1000 ? 8 : 16)
        case .files(let files):
            count = max(1, files)
        }
    }

    /// Returns the 0-based file index for a declaration name.
    func bucket(of name: String) -> Int {
        Int(Self.fnv1a(name) % UInt64(count))
    }

    /// Groups items by bucket, keeping their order inside each bucket; the result has `count` entries.
    func distribute<Item>(_ items: [Item], name: (Item) -> String) -> [[Item]] {
        var buckets: [[Item]] = Array(repeating: [], count: count)
        for item in items {
            buckets[bucket(of: name(item))].append(item)
        }
        return buckets
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
