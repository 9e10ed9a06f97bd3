/// The `label` and `matrix` path parameter styles, as RFC 6570 defines the `{.var}` and `{;var}` expansions.
///
/// Every name and value is percent-encoded as ``PathEncoding/encodeSegment(_:)`` does, so the separators
/// `.`, `,`, `;` and `=` written here are the only literal ones. Without `explode`, array and object parts
/// are joined by `,` (`.blue,black,brown`), as in RFC 6570 and the style examples of OpenAPI 3.0.4 and 3.1.1.
/// An empty array or object expands to nothing, because RFC 6570 treats an empty list as undefined.
extension PathEncoding {
    /// Writes a value in `label` style: `.blue`, or `.` for an empty string.
    public static func encodeLabel(_ value: String) -> String {
        "." + PercentEncoder.encode(value)
    }

    /// Writes an array in `label` style: `.blue.black.brown` with `explode`, `.blue,black,brown` without.
    public static func encodeLabel(_ values: [String], explode: Bool) -> String {
        guard !values.isEmpty else {
            return ""
        }
        return "." + values.map(PercentEncoder.encode).joined(separator: explode ? "." : ",")
    }

    /// Writes an object in `label` style: `.R=100.G=200` with `explode`, `.R,100,G,200` without.
    public static func encodeLabel(_ pairs: [(name: String, value: String)], explode: Bool) -> String {
        guard !pairs.isEmpty else {
            return ""
        }
        if explode {
            return pairs.map { "." + PercentEncoder.encode($0.name) + "=" + PercentEncoder.encode($0.value) }
                .joined()
        }
        return "." + SimpleStyle.join(pairs, explode: false, transform: PercentEncoder.encode)
    }

    /// Writes a value in `matrix` style: `;color=blue`, or `;color` for an empty string.
    public static func encodeMatrix(name: String, value: String) -> String {
        matrixPart(PercentEncoder.encode(name), PercentEncoder.encode(value))
    }

    /// Writes an array in `matrix` style: `;color=blue;color=black` with `explode`, `;color=blue,black`
    /// without.
    public static func encodeMatrix(name: String, values: [String], explode: Bool) -> String {
        guard !values.isEmpty else {
            return ""
        }
        let encodedName: String = PercentEncoder.encode(name)
        if explode {
            return values.map { matrixPart(encodedName, PercentEncoder.encode($0)) }.joined()
        }
        return matrixPart(encodedName, values.map(PercentEncoder.encode).joined(separator: ","))
    }

    /// Writes an object in `matrix` style: `;R=100;G=200` with `explode`, `;color=R,100,G,200` without.
    public static func encodeMatrix(
        name: String, pairs: [(name: String, value: String)], explode: Bool
    ) -> String {
        guard !pairs.isEmpty else {
            return ""
        }
        if explode {
            return pairs.map { matrixPart(PercentEncoder.encode($0.name), PercentEncoder.encode($0.value)) }
                .joined()
        }
        let joined: String = SimpleStyle.join(pairs, explode: false, transform: PercentEncoder.encode)
        return matrixPart(PercentEncoder.encode(name), joined)
    }

    /// Returns `;name=value`, or `;name` when the value is empty, from parts already percent-encoded.
    private static func matrixPart(_ name: String, _ value: String) -> String {
        value.isEmpty ? ";" + name : ";" + name + "=" + value
    }
}
