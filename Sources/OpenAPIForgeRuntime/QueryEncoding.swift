/// Query string building and the OpenAPI `style` rules for query parameters.
public enum QueryEncoding {
    /// Builds the query string (without `?`) from `items`, percent-encoding names and values.
    ///
    /// Only unreserved characters stay literal, so `+` becomes `%2B` and a space `%20`; values marked
    /// ``QueryItem/isValuePercentEncoded`` are sent unchanged. A `nil` value writes the name alone.
    public static func encode(_ items: [QueryItem]) -> String {
        items.map(encode).joined(separator: "&")
    }

    /// Writes an array in `form` style: `id=1&id=2` with `explode`, `id=1,2` without.
    ///
    /// An empty array produces no item, so the parameter is left out as RFC 6570 does for empty lists.
    public static func formArray(name: String, values: [String], explode: Bool) -> [QueryItem] {
        guard !values.isEmpty else {
            return []
        }
        if explode {
            return values.map { QueryItem(name: name, value: $0) }
        }
        let joined: String = values.map(PercentEncoder.encode).joined(separator: ",")
        return [QueryItem(name: name, percentEncodedValue: joined)]
    }

    /// Writes an object in `form` style: `k1=v1&k2=v2` with `explode`, `name=k1,v1,k2,v2` without.
    public static func formObject(name: String, pairs: [(name: String, value: String)], explode: Bool) -> [QueryItem] {
        guard !pairs.isEmpty else {
            return []
        }
        if explode {
            return pairs.map { QueryItem(name: $0.name, value: $0.value) }
        }
        let joined: String = SimpleStyle.join(pairs, explode: false, transform: PercentEncoder.encode)
        return [QueryItem(name: name, percentEncodedValue: joined)]
    }

    /// Writes an object in `deepObject` style: `name[k1]=v1&name[k2]=v2`, brackets percent-encoded.
    public static func deepObject(name: String, pairs: [(name: String, value: String)]) -> [QueryItem] {
        pairs.map { QueryItem(name: name + "[" + $0.name + "]", value: $0.value) }
    }

    /// Orders a dictionary's entries by key, so object parameters built from it serialise the same every time.
    public static func sortedPairs(_ dictionary: [String: String]) -> [(name: String, value: String)] {
        dictionary.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    private static func encode(_ item: QueryItem) -> String {
        let name: String = PercentEncoder.encode(item.name)
        guard let value = item.value else {
            return name
        }
        return name + "=" + (item.isValuePercentEncoded ? value : PercentEncoder.encode(value))
    }
}
