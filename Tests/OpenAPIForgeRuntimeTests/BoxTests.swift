import Foundation
import OpenAPIForgeRuntime
import Testing

private struct TreeNode: Codable, Hashable, Sendable {
    var name: String
    var parent: Box<TreeNode>?
    var children: [TreeNode]?
}

@Suite struct BoxTests {
    @Test func codesWithoutNesting() throws {
        let json: String = #"{"children":[{"name":"b","parent":{"name":"a"}}],"name":"a"}"#
        let node: TreeNode = try JSONDecoder().decode(TreeNode.self, from: Data(json.utf8))
        #expect(node.children?.first?.parent?.name == "a")
        let encoder: JSONEncoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(node), as: UTF8.self) == json)
    }

    @Test func comparesByValue() {
        let first: Box<TreeNode> = Box(TreeNode(name: "a"))
        let second: Box<TreeNode> = Box(TreeNode(name: "a"))
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != Box(TreeNode(name: "b")))
    }
}
