import OpenAPIForgeRuntime
import Testing

/// The `label` and `matrix` rows of OpenAPI's style examples, with `color` as `blue`, `[blue, black, brown]`
/// and `{R: 100, G: 200, B: 150}`.
@Suite struct PathStyleEncodingTests {
    private let colors: [String] = ["blue", "black", "brown"]
    private let channels: [(name: String, value: String)] = [("R", "100"), ("G", "200"), ("B", "150")]

    @Test func labelScalar() {
        #expect(PathEncoding.encodeLabel("blue") == ".blue")
        #expect(PathEncoding.encodeLabel("") == ".")
        #expect(PathEncoding.encodeLabel("a.b/c d") == ".a.b%2Fc%20d")
    }

    @Test func labelArray() {
        #expect(PathEncoding.encodeLabel(colors, explode: false) == ".blue,black,brown")
        #expect(PathEncoding.encodeLabel(colors, explode: true) == ".blue.black.brown")
        #expect(PathEncoding.encodeLabel(["a,b", "c;d"], explode: false) == ".a%2Cb,c%3Bd")
        #expect(PathEncoding.encodeLabel([String](), explode: true) == "")
    }

    @Test func labelObject() {
        #expect(PathEncoding.encodeLabel(channels, explode: false) == ".R,100,G,200,B,150")
        #expect(PathEncoding.encodeLabel(channels, explode: true) == ".R=100.G=200.B=150")
        #expect(PathEncoding.encodeLabel([("k=", "v,")], explode: true) == ".k%3D=v%2C")
        #expect(PathEncoding.encodeLabel([(name: String, value: String)](), explode: false) == "")
    }

    @Test func matrixScalar() {
        #expect(PathEncoding.encodeMatrix(name: "color", value: "blue") == ";color=blue")
        #expect(PathEncoding.encodeMatrix(name: "color", value: "") == ";color")
        #expect(PathEncoding.encodeMatrix(name: "a b", value: "x;y=z") == ";a%20b=x%3By%3Dz")
    }

    @Test func matrixArray() {
        #expect(PathEncoding.encodeMatrix(name: "color", values: colors, explode: false) == ";color=blue,black,brown")
        #expect(
            PathEncoding.encodeMatrix(name: "color", values: colors, explode: true)
                == ";color=blue;color=black;color=brown")
        #expect(PathEncoding.encodeMatrix(name: "id", values: ["", "2"], explode: true) == ";id;id=2")
        #expect(PathEncoding.encodeMatrix(name: "id", values: [], explode: false) == "")
    }

    @Test func matrixObject() {
        #expect(
            PathEncoding.encodeMatrix(name: "color", pairs: channels, explode: false) == ";color=R,100,G,200,B,150")
        #expect(PathEncoding.encodeMatrix(name: "color", pairs: channels, explode: true) == ";R=100;G=200;B=150")
        #expect(PathEncoding.encodeMatrix(name: "color", pairs: [("a/b", "")], explode: true) == ";a%2Fb")
        #expect(PathEncoding.encodeMatrix(name: "color", pairs: [], explode: true) == "")
    }
}
