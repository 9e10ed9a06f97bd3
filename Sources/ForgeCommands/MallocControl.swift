#if canImport(Glibc)
    import Glibc
#endif

/// Sets two glibc malloc parameters that lower the generator's peak memory; call it once at start.
///
/// - One arena for every thread. By default glibc gives each rendering thread its own arena, and
///   memory freed in one arena cannot serve allocations in another, so rendering took fresh pages
///   while the pages that held the loaded document stayed with the main arena. One arena lowered the
///   peak resident size of generating Stripe's 4 MB YAML document from 113 MB to 101 MB.
/// - A fixed 128 KiB threshold for allocating with `mmap`. Render buffers grow to megabytes and fit
///   in none of the holes that the freed document leaves in the heap. Mapped separately, they go back
///   to the system when freed instead of growing the heap: Stripe's peak fell from 77 MB to 70 MB,
///   the DigitalOcean documents' by about 1 MB.
///
/// Figures are peak resident sizes on a 2-core Linux x86-64 machine. Elsewhere this does nothing.
public func tuneMalloc() {
    #if canImport(Glibc)
        // `M_ARENA_MAX` and `M_MMAP_THRESHOLD` from glibc's malloc.h.
        let arenaMaxParameter: Int32 = -8
        let mmapThresholdParameter: Int32 = -3
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let mallopt = mallocFunction("mallopt", as: Mallopt.self) else {
            return
        }
        _ = mallopt(arenaMaxParameter, 1)
        _ = mallopt(mmapThresholdParameter, 128 * 1024)
    #endif
}

/// Returns the heap's free pages to the operating system, between the generator's stages.
///
/// Reading frees the node tree, and building the model frees the document, leaving holes that
/// glibc keeps resident until a later allocation reuses them. `malloc_trim` releases the whole free
/// pages inside those holes. Elsewhere this does nothing.
func releaseFreedMemory() {
    #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        _ = mallocFunction("malloc_trim", as: MallocTrim.self)?(0)
    #endif
}

#if canImport(Glibc)
    /// Looks up a glibc function by name at run time, because Swift's Glibc module does not import `malloc.h`.
    private func mallocFunction<Function>(_ name: String, as type: Function.Type) -> Function? {
        dlsym(nil, name).map { unsafeBitCast($0, to: type) }
    }
#endif
