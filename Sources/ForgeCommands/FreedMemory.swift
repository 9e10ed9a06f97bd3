#if canImport(Glibc)
    import Glibc
#endif

/// Returns the heap's free pages to the operating system, between the generator's stages.
///
/// Reading frees the node tree, and building the model frees the document, leaving holes that
/// glibc keeps resident until a later allocation reuses them. `malloc_trim` releases the whole free
/// pages inside those holes. It is looked up at run time because Swift's Glibc module does not
/// import `malloc.h`; elsewhere this does nothing.
func releaseFreedMemory() {
    #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else {
            return
        }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    #endif
}
