import Foundation
import Testing
import ThiDuaCore
import VaporTesting

@testable import ThiDuaWeb

@Suite struct OpenAPIDocumentTests {
    @Test func everyAPIRouteIsDocumentedAndNothingElse() async throws {
        try await withTestApp(.sqlite, demo: false) { app in
            // setup
            let registered = Set(
                app.routes.all.compactMap { route -> String? in
                    let parts = route.path.map { component -> String in
                        if case .parameter(let name) = component { return "{\(name)}" }
                        return component.description
                    }
                    guard parts.starts(with: ["api", "v1"]) else { return nil }
                    return "\(route.method.rawValue) /" + parts.dropFirst(2).joined(separator: "/")
                })
            // MUT
            let res = try await Client(app).send(.GET, "/api/v1/openapi.json")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any])
            let paths = try #require(json["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, ops in ops.keys.map { "\($0.uppercased()) \(path)" } })
            // validation
            #expect(res.status == .ok)
            #expect((json["openapi"] as? String)?.hasPrefix("3.") == true)
            #expect(registered.count >= 20)
            #expect(
                registered.subtracting(documented).isEmpty,
                "routes missing from the document: \(registered.subtracting(documented).sorted())")
            #expect(
                documented.subtracting(registered).isEmpty,
                "documented but not routed: \(documented.subtracting(registered).sorted())")
        }
    }

    @Test func everyReferenceResolves() throws {
        // setup
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode(OpenAPIDocument.document())
        let text = String(decoding: data, as: UTF8.self)
        let schemas = Set(OpenAPIDocument.schemas.keys)
        // MUT
        let refs = text.components(separatedBy: "#/components/schemas/").dropFirst().map { $0.prefix { $0 != "\"" } }
            .map(String.init)
        // validation
        #expect(!refs.isEmpty)
        #expect(Set(refs).subtracting(schemas).isEmpty, "unknown schemas: \(Set(refs).subtracting(schemas))")
    }
}
