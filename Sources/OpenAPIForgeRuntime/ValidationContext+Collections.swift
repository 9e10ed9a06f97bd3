import Foundation

extension ValidationContext {
    /// Checks `minItems` against an array's `count`.
    public mutating func checkMinItems(_ count: Int, _ limit: Int, at pointer: String) {
        checkCount(count, atLeast: limit, noun: "item", keyword: "minItems", at: pointer)
    }

    /// Checks `maxItems` against an array's `count`.
    public mutating func checkMaxItems(_ count: Int, _ limit: Int, at pointer: String) {
        checkCount(count, atMost: limit, noun: "item", keyword: "maxItems", at: pointer)
    }

    /// Checks `minProperties` against an object's property count.
    public mutating func checkMinProperties(_ count: Int, _ limit: Int, at pointer: String) {
        checkCount(count, atLeast: limit, noun: "property", keyword: "minProperties", at: pointer)
    }

    /// Checks `maxProperties` against an object's property count.
    public mutating func checkMaxProperties(_ count: Int, _ limit: Int, at pointer: String) {
        checkCount(count, atMost: limit, noun: "property", keyword: "maxProperties", at: pointer)
    }

    /// Checks `uniqueItems: true`, reporting each repeated element at its own pointer.
    ///
    /// Elements are compared by their JSON encoding with sorted keys. For values of one Swift type
    /// that matches JSON Schema's instance equality, and it needs neither `Hashable` nor `Equatable`.
    /// An element that fails to encode is compared by its description.
    public mutating func checkUniqueItems<Element: Encodable>(_ values: [Element], at pointer: String) {
        let encoder: JSONEncoder = JSONCoding.makeEncoder()
        var firstIndex: [String: Int] = [:]
        for (index, element) in values.enumerated() {
            let encoded: Data? = try? encoder.encode(element)
            let text: String = encoded.map { String(decoding: $0, as: UTF8.self) } ?? String(describing: element)
            guard let earlier = firstIndex[text] else {
                firstIndex[text] = index
                continue
            }
            let message: String = "item \(index) repeats item \(earlier), but uniqueItems requires distinct items"
            report(
                at: Self.pointer(pointer, index), keyword: "uniqueItems", limit: "true", value: text,
                message: message)
        }
    }

    private mutating func checkCount(
        _ count: Int, atLeast limit: Int, noun: String, keyword: String, at pointer: String
    ) {
        guard count < limit else {
            return
        }
        let message: String = "\(Self.count(count, noun)) is fewer than \(keyword) \(limit)"
        report(at: pointer, keyword: keyword, limit: String(limit), value: String(count), message: message)
    }

    private mutating func checkCount(
        _ count: Int, atMost limit: Int, noun: String, keyword: String, at pointer: String
    ) {
        guard count > limit else {
            return
        }
        let message: String = "\(Self.count(count, noun)) is more than \(keyword) \(limit)"
        report(at: pointer, keyword: keyword, limit: String(limit), value: String(count), message: message)
    }

    /// Writes a count with its noun, plural unless the count is 1: `0 items`, `1 item`, `2 properties`.
    private static func count(_ count: Int, _ noun: String) -> String {
        guard count != 1 else {
            return "1 " + noun
        }
        let plural: String = noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s"
        return String(count) + " " + plural
    }
}
