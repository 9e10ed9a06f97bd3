/// One Swift source file produced by the emitter, not yet written anywhere.
public struct GeneratedFile: Hashable, Sendable {
    /// The path relative to the output directory, with `/` between folders, such as `Models/Models_0.swift`.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
