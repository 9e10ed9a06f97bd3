// The client for the training-routine API. Its models, validators and `Client` are generated from
// `openapi.yaml` (a link to the repository's `openapi/training-routine.yaml`) by OpenAPIForgePlugin
// on every build; this file re-exports the runtime so users import this module alone.
@_exported import OpenAPIForgeRuntime
