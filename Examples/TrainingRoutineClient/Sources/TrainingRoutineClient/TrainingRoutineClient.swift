// The generated client for the training-routine API. OpenAPIForgePlugin writes its models,
// validators and `Client` from `openapi.yaml` at build time; this file re-exports the runtime
// so that code using the client imports this module alone.
@_exported import OpenAPIForgeRuntime
