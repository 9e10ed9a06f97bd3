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

    func push(_ element: Element) {
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

    subscript(index: Int) -> Element {
        storage[index]
    }

    /// Removes the elements from `start` to the top and returns them in order.
    func popArray(from start: Int) -> [Element] {
        let length = count - start
        guard length > 0 else {
            return []
        }
        count = start
        return [Element](unsafeUninitializedCapacity: length) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: storage + start, count: length)
            initialized = length
        }
    }
}
