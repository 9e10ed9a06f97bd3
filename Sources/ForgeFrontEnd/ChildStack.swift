/// A stack shared by all open collections, whose top run of elements leaves as a new array by moving.
///
/// Collecting children here instead of in a growing array per collection gives every
/// finished mapping or sequence one exact-size allocation, and moving the elements out
/// skips the retain and release a copy would cost.
final class ChildStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func push(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity *= 2
        }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Reads a part of the element at `index` in place; copying whole elements would retain all their parts.
    func read<Part>(_ index: Int, _ part: KeyPath<Element, Part>) -> Part {
        storage[index][keyPath: part]
    }

    /// Removes the elements from `start` to the top and returns them in order.
    func popArray(from start: Int) -> [Element] {
        let length = count - start
        guard length > 0 else {
            return []
        }
        count = start
        // Appending moved elements to reserved space stays on Array's specialized paths;
        // `init(unsafeUninitializedCapacity:)` looks up generic metadata on every call.
        var result: [Element] = []
        result.reserveCapacity(length)
        for index in start..<(start + length) {
            result.append((storage + index).move())
        }
        return result
    }
}
