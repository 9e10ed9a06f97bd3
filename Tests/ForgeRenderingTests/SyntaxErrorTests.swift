import ForgeRendering
import Testing

@Suite struct SyntaxErrorTests {
    @Test func unclosedTag() {
        let error = failure("Hi {{name")
        #expect(error?.description == "main:1:4: error: unclosed tag: no '}}' before the end of the line")
    }

    @Test func tagClosedOnNextLine() {
        let error = failure("x\n  {{name\n}}")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message == "unclosed tag: no '}}' before the end of the line")
    }

    @Test func unclosedTripleBraces() {
        let error = failure("{{{name}}")
        #expect(error?.message == "unclosed tag: no '}}}' before the end of the line")
    }

    @Test func unclosedComment() {
        let error = failure("a\n{{! note\nmore")
        #expect(error?.description == "main:2:1: error: unclosed comment: no '}}' before the end of the template")
    }

    @Test func unclosedWithChangedDelimiters() {
        let error = failure("{{=<% %>=}}\n<%name")
        #expect(error?.description == "main:2:1: error: unclosed tag: no '%>' before the end of the line")
    }

    @Test func unclosedSetDelimiters() {
        let error = failure("{{=<% %>}}")
        #expect(error?.message == "unclosed tag: no '=}}' before the end of the line")
    }

    @Test func unclosedSection() {
        let error = failure("a\n  {{#items}}\n{{name}}")
        #expect(error?.description == "main:2:3: error: unclosed section 'items': no closing tag")
    }

    @Test func innermostUnclosedSection() {
        let error = failure("{{#a}}{{#b}}{{/b}}{{#c}}")
        #expect(error?.message == "unclosed section 'c': no closing tag")
        #expect(error?.column == 19)
    }

    @Test func mismatchedClosingTag() {
        let error = failure("{{#a}}\n  {{#b}}\n  {{/a}}\n{{/b}}")
        #expect(
            error?.description
                == "main:3:3: error: closing tag 'a' does not match section 'b' opened at line 2, column 3"
        )
    }

    @Test func closingWithoutSection() {
        let error = failure("x {{/a}}")
        #expect(error?.description == "main:1:3: error: closing tag 'a' has no open section")
    }

    @Test func emptyTags() {
        for template in ["{{}}", "{{ }}", "{{#}}", "{{^ }}", "{{/}}", "{{{}}}", "{{&}}"] {
            let error = failure(template)
            #expect(error?.message == "empty tag: a tag needs a name", "\(template)")
            #expect(error?.column == 1, "\(template)")
        }
    }

    @Test func emptyPartialTag() {
        let error = failure("{{> }}")
        #expect(error?.message == "empty tag: a partial tag needs the name of a template")
    }

    @Test func invalidNames() {
        for name in ["a b", "a..b", ".a", "a.", ".."] {
            let error = failure("{{\(name)}}")
            #expect(error?.message == "invalid name '\(name)'")
        }
    }

    @Test func invalidDelimiters() {
        let cases = [
            ("{{=<%=}}", "<%"),
            ("{{=<% %> x=}}", "<% %> x"),
            ("{{=a= b=}}", "a= b"),
            ("{{= =}}", ""),
        ]
        for (template, content) in cases {
            let error = failure(template)
            #expect(
                error?.message == "invalid delimiters '\(content)': expected two words without '=', such as '<% %>'"
            )
        }
    }

    @Test func firstTemplateByNameReportsFirst() {
        #expect(throws: TemplateError(template: "a", line: 1, column: 1, message: "empty tag: a tag needs a name")) {
            try TemplateSet(templates: ["b": "{{/x}}", "a": "{{}}"])
        }
    }

    @Test func errorsNameTheFile() {
        let error = #expect(throws: TemplateError.self) {
            try TemplateSet(templates: ["model": "{{#a}}"], files: ["model": "Templates/model.mustache"])
        }
        #expect(error?.description == "Templates/model.mustache:1:1: error: unclosed section 'a': no closing tag")
    }
}
