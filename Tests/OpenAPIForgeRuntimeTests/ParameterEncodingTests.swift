import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct ParameterEncodingTests {
    @Test(arguments: [
        ("reports/2024 Q1.pdf", "reports%2F2024%20Q1.pdf"), ("a?b#c", "a%3Fb%23c"), ("100% café", "100%25%20caf%C3%A9"),
        ("A-z0.9_~", "A-z0.9_~"), ("+&=", "%2B%26%3D"), ("", ""),
    ])
    func pathSegments(value: String, expected: String) {
        #expect(PathEncoding.encodeSegment(value) == expected)
    }

    @Test func pathAndHeaderSimpleStyle() {
        #expect(PathEncoding.encodeSimple(["1", "a,b", "c d"]) == "1,a%2Cb,c%20d")
        #expect(PathEncoding.encodeSimple([("role", "admin"), ("x", "a/b")], explode: true) == "role=admin,x=a%2Fb")
        #expect(PathEncoding.encodeSimple([("role", "admin")], explode: false) == "role,admin")
        #expect(HeaderEncoding.encodeSimple(["1", "2"]) == "1,2")
        #expect(HeaderEncoding.encodeSimple([("a", "1"), ("b", "2")], explode: true) == "a=1,b=2")
    }

    @Test func queryStrings() {
        let items: [QueryItem] = [
            QueryItem(name: "default", value: "true"), QueryItem(name: "where", value: "x"),
            QueryItem(name: "priority", value: ""), QueryItem(name: "flag", value: nil),
            QueryItem(name: "since", value: "2024-01-15T09:45:00+01:00"), QueryItem(name: "a b", value: "1 2"),
        ]
        let expected: String = "default=true&where=x&priority=&flag&since=2024-01-15T09%3A45%3A00%2B01%3A00&a%20b=1%202"
        #expect(QueryEncoding.encode(items) == expected)
        #expect(QueryEncoding.encode([]) == "")
    }

    @Test func formStyleArrays() {
        #expect(
            QueryEncoding.encode(QueryEncoding.formArray(name: "id", values: ["1", "2"], explode: true)) == "id=1&id=2")
        #expect(
            QueryEncoding.encode(QueryEncoding.formArray(name: "id", values: ["1", "2"], explode: false)) == "id=1,2")
        #expect(
            QueryEncoding.encode(QueryEncoding.formArray(name: "id", values: ["a,b", "c"], explode: false))
                == "id=a%2Cb,c")
        #expect(QueryEncoding.formArray(name: "id", values: [], explode: false).isEmpty)
    }

    @Test func formStyleObjects() {
        let pairs: [(name: String, value: String)] = QueryEncoding.sortedPairs(["r": "1", "g": "2 3"])
        #expect(
            QueryEncoding.encode(QueryEncoding.formObject(name: "color", pairs: pairs, explode: true)) == "g=2%203&r=1")
        #expect(
            QueryEncoding.encode(QueryEncoding.formObject(name: "color", pairs: pairs, explode: false))
                == "color=g,2%203,r,1")
    }

    @Test func deepObjectStyle() {
        let items: [QueryItem] = QueryEncoding.deepObject(name: "filter", pairs: [("color", "red"), ("size", "L+")])
        #expect(QueryEncoding.encode(items) == "filter%5Bcolor%5D=red&filter%5Bsize%5D=L%2B")
    }

    @Test func formBody() {
        let body: Data = FormEncoding.encode([
            ("grant_type", "password"), ("username", "user+1"), ("password", "p&ss=w%rd é"),
            ("redirect_uri", "https://client.invalid/cb?x=1&y=2"), ("scope", "read"), ("scope", "write items"),
        ])
        let expected: String =
            "grant_type=password&username=user%2B1&password=p%26ss%3Dw%25rd%20%C3%A9"
            + "&redirect_uri=https%3A%2F%2Fclient.invalid%2Fcb%3Fx%3D1%26y%3D2&scope=read&scope=write%20items"
        #expect(String(decoding: body, as: UTF8.self) == expected)
    }
}

@Suite struct ClientAuthenticationTests {
    private func apply(
        _ authentication: ClientAuthentication, to request: HTTPRequest = HTTPRequest(method: "GET", path: "/")
    ) -> HTTPRequest {
        var copy: HTTPRequest = request
        authentication.apply(to: &copy)
        return copy
    }

    @Test func bearerReplacesAuthorization() {
        let request: HTTPRequest = HTTPRequest(
            method: "GET", path: "/", headers: [HTTPHeader(name: "authorization", value: "old")])
        let result: HTTPRequest = apply(.bearer("tok"), to: request)
        #expect(result.headers == [HTTPHeader(name: "Authorization", value: "Bearer tok")])
    }

    @Test func basicEncodesUTF8Pair() {
        let result: HTTPRequest = apply(.basic(username: "Aladdin", password: "open sesame"))
        #expect(result.headers.value(named: "Authorization") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    }

    @Test func apiKeyLocations() {
        #expect(apply(.apiKey(name: "X-Key", location: .header, value: "k")).headers.value(named: "x-key") == "k")
        #expect(apply(.apiKey(name: "key", location: .query, value: "k")).query == [QueryItem(name: "key", value: "k")])
        let withCookie: HTTPRequest = HTTPRequest(
            method: "GET", path: "/", headers: [HTTPHeader(name: "Cookie", value: "a=1")])
        #expect(
            apply(.apiKey(name: "sid", location: .cookie, value: "s"), to: withCookie).headers.value(named: "Cookie")
                == "a=1; sid=s")
        #expect(apply(.none).headers.isEmpty)
    }
}
