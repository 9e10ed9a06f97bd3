import ForgeRendering
import Testing

@Suite struct LazyListTests {
    private func numbers(_ count: Int) -> TemplateValue {
        .lazyList(LazyTemplateList(count: count) { index in ["n": .string("\(index + 1)")] })
    }

    @Test func sectionMakesEachItem() throws {
        #expect(try render("{{#items}}{{n}},{{/items}}", ["items": numbers(3)]) == "1,2,3,")
    }

    @Test func emptyLazyListIsFalsy() throws {
        #expect(try render("[{{#items}}x{{/items}}{{^items}}none{{/items}}]", ["items": numbers(0)]) == "[none]")
    }

    @Test func itemsAreMadeAgainForEachSection() throws {
        let template = "{{#items}}{{n}}{{/items}}-{{#items}}{{n}}{{/items}}"
        #expect(try render(template, ["items": numbers(2)]) == "12-12")
    }

    @Test func insertingLazyListFails() {
        let error = failure("{{items}}", ["items": numbers(1)])
        #expect(error?.message == "cannot insert 'items' because it is a list; use a section to render it")
    }

    @Test func equalOnlyToItself() {
        let list = LazyTemplateList(count: 1) { _ in "x" }
        #expect(TemplateValue.lazyList(list) == .lazyList(list))
        #expect(TemplateValue.lazyList(list) != .lazyList(LazyTemplateList(count: 1) { _ in "x" }))
    }
}
