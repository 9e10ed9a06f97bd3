import ForgeCommands

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

useOneMallocArena()
let status = OpenAPIForgeTool().run(Array(CommandLine.arguments.dropFirst()))
exit(status)
