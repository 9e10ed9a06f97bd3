import ForgeDiagnostics
import ForgeDocument

extension BuildContext {
    /// Returns how a media type goes on the wire, reporting media types the generator does not model.
    ///
    /// `application/json` and every `+json` type are JSON, and `text/*` is text. Form and
    /// `multipart/form-data` bodies are encoded per property. `application/octet-stream`,
    /// images, audio, video, PDF, ZIP and `*/*` are raw bytes. Anything else is sent as raw bytes
    /// with a warning at the media type.
    func bodyEncoding(of mediaType: MediaType) -> BodyEncoding {
        let type = Self.essence(of: mediaType.contentType)
        if type == "application/json" || type.hasSuffix("+json") || type == "*/json" {
            return .json
        }
        if type.hasPrefix("text/") {
            return .text
        }
        if type == "application/x-www-form-urlencoded" {
            return .formURLEncoded
        }
        if type == "multipart/form-data" {
            return .multipart
        }
        if !Self.binaryTypes.contains(type) && !Self.binaryPrefixes.contains(where: type.hasPrefix) {
            warn(
                "media type '\(mediaType.contentType)' is not modelled, so its body is sent and received as raw bytes",
                at: mediaType.contentTypeLocation)
        }
        return .binary
    }

    /// The styles a form field may have besides `form`; any other written style is read as `form`.
    private static let formStyles: Set<ParameterModel.Style> = [.spaceDelimited, .pipeDelimited, .deepObject]

    private static let binaryPrefixes = ["image/", "audio/", "video/", "font/"]
    private static let binaryTypes: Set = [
        "application/octet-stream", "application/pdf", "application/zip", "application/gzip", "*/*",
    ]

    /// Builds the contents of a body: one per media type, in document order.
    ///
    /// Inline schemas that need a type are declared in `scope` and named `hint` (`RequestBody`,
    /// `OkBody`), with the media type's name appended (`OkBodyProblemJson`) when the body has several.
    func contents(_ mediaTypes: [MediaType], scope: TypeScope, hint: String) -> [ContentModel] {
        var allocator = NameAllocator()
        let names = allocator.allocate(mediaTypes.map { Self.contentCandidate($0.contentType) })
        return zip(mediaTypes, names).map { mediaType, swiftName in
            let encoding = bodyEncoding(of: mediaType)
            let typeHint = mediaTypes.count == 1 ? hint : hint + " " + SwiftNaming.unescaped(swiftName)
            return ContentModel(
                contentType: mediaType.contentType, swiftName: swiftName, encoding: encoding,
                type: bodyType(mediaType, encoding: encoding, scope: scope, hint: typeHint),
                formFields: encoding == .formURLEncoded ? Self.formFields(mediaType.encoding) : [])
        }
    }

    /// Returns the form fields whose `encoding` entry sets `style` or `explode`. As for parameters, `explode`
    /// defaults to true for `form` and to false for the other styles.
    private static func formFields(_ encodings: [Named<Encoding>]) -> [FormFieldModel] {
        encodings.compactMap { entry in
            guard entry.value.style != nil || entry.value.explode != nil else {
                return nil
            }
            let written: ParameterModel.Style? = entry.value.style.flatMap {
                ParameterModel.Style(rawValue: $0.rawValue)
            }
            let style: ParameterModel.Style = written.flatMap { formStyles.contains($0) ? $0 : nil } ?? .form
            return FormFieldModel(name: entry.name, style: style, explode: entry.value.explode ?? (style == .form))
        }
    }

    private func bodyType(_ mediaType: MediaType, encoding: BodyEncoding, scope: TypeScope, hint: String) -> TypeUsage {
        switch encoding {
        case .binary:
            return .builtin(.data)
        case .text:
            return .builtin(.string)
        case .json, .formURLEncoded, .multipart:
            guard let schema = mediaType.schema else {
                return .builtin(.jsonValue)
            }
            let resolved = resolve(schema, in: scope, hint: hint)
            return resolved.isNullable ? .optional(resolved.usage) : resolved.usage
        }
    }

    /// Returns the media type without parameters, in lower case: `application/json; charset=utf-8` → `application/json`.
    static func essence(of contentType: String) -> String {
        let base = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? contentType
        // Among ASCII bytes only space and tab are blanks, so most types need no trimming.
        let isTrimmed = { (byte: UInt8?) in byte.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } ?? true }
        guard isTrimmed(base.utf8.first), isTrimmed(base.utf8.last) else {
            return base.trimmingBlanks().lowercased()
        }
        return base.lowercased()
    }

    /// Returns a case name made from the subtype: `json`, `plain`, `formData`, `octetStream`, `problemJson`.
    private static func contentCandidate(_ contentType: String) -> NameAllocator.Candidate {
        let essence = essence(of: contentType)
        let subtype = essence.split(separator: "/", maxSplits: 1).last.map(String.init) ?? essence
        let preferred = essence == "application/x-www-form-urlencoded" ? "form" : SwiftNaming.memberName(subtype)
        return .init(original: essence, preferred: preferred, alternate: SwiftNaming.memberName(essence))
    }
}
