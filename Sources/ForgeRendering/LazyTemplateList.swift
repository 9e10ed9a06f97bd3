/// A list whose items are made one at a time, as a section renders them.
///
/// A file that renders many large items, such as every operation of a bucket, then keeps the
/// context of one item in memory at a time rather than the contexts of all of them. Each time a section
/// renders the list, the items are made again, so `item` must return the same value for the same
/// index. Two lazy lists are equal only when they are the same object.
public final class LazyTemplateList: Sendable, Equatable {
    /// The number of items.
    public let count: Int
    private let item: @Sendable (Int) -> TemplateValue

    /// Creates a list of `count` items, where `item(index)` makes the item at `index`.
    public init(count: Int, item: @escaping @Sendable (Int) -> TemplateValue) {
        self.count = count
        self.item = item
    }

    /// Makes the item at `index`, which must be in `0..<count`.
    public func item(at index: Int) -> TemplateValue {
        precondition(index >= 0 && index < count, "index \(index) is outside the lazy list of \(count) items")
        return item(index)
    }

    public static func == (left: LazyTemplateList, right: LazyTemplateList) -> Bool {
        left === right
    }
}
