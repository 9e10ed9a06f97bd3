import ForgeCommands

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let status = OpenAPIForgeTool().run(Array(CommandLine.arguments.dropFirst()))
exit(status)
