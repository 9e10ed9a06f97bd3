/// One problem found in a document or a template, reported like a compiler diagnostic.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    /// A secondary message attached to a diagnostic, such as the first of two duplicate keys.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; nil only for problems with no place in a file, such as a missing file.
    public var location: SourceLocation?
    /// The JSON pointer of the offending value inside its document, for example `/paths/~1pets/get`.
    public var pointer: String?
    public var notes: [Note]

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation?,
        pointer: String? = nil,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
        self.notes = notes
    }

    public static func error(
        _ message: String, at location: SourceLocation?, pointer: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, pointer: pointer, notes: notes)
    }

    public static func warning(
        _ message: String, at location: SourceLocation?, pointer: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, pointer: pointer, notes: notes)
    }

    /// The first line of the compiler-style form: `file:line:column: error: message`.
    public var description: String {
        var prefix = ""
        if let location {
            prefix = "\(location): "
        }
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Diagnostics gathered over one run, so every problem in a document is reported at once.
///
/// Recoverable problems are appended and work goes on; a stage that cannot go on throws
/// `DiagnosticError` with everything collected so far.
public struct DiagnosticCollection: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }

    public var errorCount: Int {
        diagnostics.count { $0.severity == .error }
    }

    public var warningCount: Int {
        diagnostics.count { $0.severity == .warning }
    }

    /// Returns `diagnostics` with repeats removed, in location order, for reports that merge stages.
    public static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var collection = DiagnosticCollection()
        var seen: Set<Diagnostic> = []
        for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
            collection.append(diagnostic)
        }
        return collection.sorted
    }

    /// Diagnostics in location order; those without a location come first, in the order reported.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            switch (left.element.location, right.element.location) {
            case (nil, nil): return left.offset < right.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l == r ? left.offset < right.offset : l < r
            }
        }.map(\.element)
    }
}

/// Thrown when a stage stops; carries every diagnostic found before it stopped.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
