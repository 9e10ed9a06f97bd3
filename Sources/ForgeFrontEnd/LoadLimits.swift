/// Bounds that keep hostile input from exhausting time, memory or the stack.
///
/// Every limit a loader enforces lives here, and each error that reports an exceeded
/// limit names the property, so a user who trusts a large document can tell which to raise.
/// The defaults are far above what real OpenAPI documents need: the largest public
/// descriptions are around 12 MB, nest fewer than 40 levels and use few aliases.
public struct LoadLimits: Sendable, Hashable {
    /// The largest document accepted, in bytes (default 64 MiB).
    ///
    /// Checked before parsing starts, so an oversized file costs no parsing time.
    public var maximumDocumentSize: Int

    /// The maximum length of one scalar or string, in bytes of UTF-8 (default 16 MiB).
    public var maximumScalarLength: Int

    /// The maximum nesting of mappings and sequences (default 512 levels).
    ///
    /// The readers keep their own stacks and do not recurse. The limit bounds the
    /// recursion of every later stage that walks the tree, such as the JSON writer.
    /// Nodes reached through an alias count at the depth where the alias is used.
    public var maximumDepth: Int

    /// The maximum number of nodes that aliases may add to a document, counted per use (default 1,000,000).
    ///
    /// An alias shares its anchor's subtree, but each use adds the whole subtree to what
    /// later stages visit. Counting those nodes stops exponential "billion laughs" documents.
    public var maximumAliasExpansion: Int

    public static let `default` = LoadLimits()

    /// Creates limits; every parameter defaults to the value documented on its property.
    public init(
        maximumDocumentSize: Int = 64 << 20,
        maximumScalarLength: Int = 16 << 20,
        maximumDepth: Int = 512,
        maximumAliasExpansion: Int = 1_000_000
    ) {
        self.maximumDocumentSize = maximumDocumentSize
        self.maximumScalarLength = maximumScalarLength
        self.maximumDepth = maximumDepth
        self.maximumAliasExpansion = maximumAliasExpansion
    }
}
