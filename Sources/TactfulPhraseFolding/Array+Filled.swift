extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, allocated by the standard library's code
    /// specialized for `Element`.
    ///
    /// `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:initializingWith:)` allocate through a
    /// function the library never inlines, which looks up the metadata of the storage class for `Element` at run time:
    /// some 350 instructions an array, and a draft's preparation and rules make a dozen such arrays. Arrays filled here
    /// and then written through `withUnsafeMutableBufferPointer` cost less even for the second write.
    @inlinable
    package static func filled(_ value: Element, count: Int) -> [Element] {
        Array(repeatElement(value, count: count))
    }
}
