import ForgeCommands

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

tuneMalloc()
let status = OpenAPIForgeTool().run(Array(CommandLine.arguments.dropFirst()))
exit(status)
