import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The document's schemas say what the API really sends: every documented read answers, on the demo data,
/// with a body that its schema describes, with no field left undocumented.
@Suite struct OpenAPISchemaTests {
    @Test(arguments: DatabaseKind.available)
    func everyReadAnswersWhatItsSchemaSays(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup: the document, an admin's token, and a real record for each path parameter
            let client = try await Client.api(app, "admin")
            let document = try JSONDecoder().decode(
                JSONValue.self, from: Data(try await client.send(.GET, "/api/v1/openapi.json").body.string.utf8))
            guard case .object(let root) = document, case .object(let components)? = root["components"],
                case .object(let schemas)? = components["schemas"]
            else {
                Issue.record("the document has no components.schemas")
                return
            }
            let unit = try #require(try await app.store.units.find(code: "DV01"))
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let person = try #require(try await app.store.everyPerson().first { $0.unitID == unit.id })
            let movement = try #require(try await app.store.movements.list(MovementFilter(year: 2022)).first)
            let parameters = [
                "{unitID}": unit.id, "{blocID}": bloc.id, "{personID}": person.id, "{movementID}": movement.id,
            ]
            let queries = ["/eligibility/sweep": "?code=LDTT&year=2022"]
            let check = SchemaCheck(schemas: schemas)
            var checked = 0
            // MUT: every documented read with a schema
            for op in OpenAPIDocument.operations where op.method == .GET {
                guard case (200, let name?) = op.response else { continue }
                var path = op.path
                for (key, id) in parameters { path = path.replacingOccurrences(of: key, with: id.uuidString) }
                let res = try await client.send(.GET, "/api/v1" + path + (queries[op.path] ?? ""))
                // validation: 200, and the body as its schema describes it
                #expect(res.status == .ok, "GET \(op.path): \(res.status)")
                let body = try JSONDecoder().decode(JSONValue.self, from: Data(res.body.string.utf8))
                let problems = check.problems(body, against: ["$ref": .string("#/components/schemas/\(name)")])
                #expect(problems.isEmpty, "GET \(op.path) (\(name)):\n\(problems.prefix(20).joined(separator: "\n"))")
                checked += 1
            }
            #expect(checked >= 18)
        }
    }

    @Test func theCheckFindsWhatIsWrong() {
        let check = SchemaCheck(schemas: [
            "Thing": [
                "type": "object", "required": ["name"],
                "properties": ["name": ["type": "string"], "count": ["type": "integer", "nullable": true]],
            ]
        ])
        let thing: JSONValue = ["$ref": "#/components/schemas/Thing"]
        #expect(check.problems(["name": "Lan", "count": .null], against: thing).isEmpty)
        #expect(check.problems(["count": 1], against: thing) == ["$.name: required, missing"])
        #expect(check.problems(["name": "Lan", "extra": true], against: thing) == ["$.extra: sent, not documented"])
        #expect(check.problems(["name": 3], against: thing) == ["$.name: 3 is not of type string"])
    }
}
