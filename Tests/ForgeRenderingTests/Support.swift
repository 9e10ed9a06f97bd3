import ForgeRendering

/// Renders `template` as the template `main` of a set that also holds `partials`.
func render(
    _ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:]
) throws(TemplateError) -> String {
    var templates = partials
    templates["main"] = template
    return try TemplateSet(templates: templates).render("main", context: context)
}

/// Returns the error that compiling or rendering `template` throws, or nil when it succeeds.
func failure(
    _ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:]
) -> TemplateError? {
    do {
        _ = try render(template, context, partials: partials)
        return nil
    } catch {
        return error
    }
}
