import Foundation
import NIOCore
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Each kind of bad input gets a clear Vietnamese answer and changes nothing.
@Suite struct BadInputTests {
    struct ErrorBody: Decodable {
        var error: Bool
        var reason: String
        var fields: [FieldError]?
    }

    @Test(arguments: DatabaseKind.available)
    func apiRefusesMalformedIncompleteAndStaleBodies(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.api(app, "canbo01")
            let own = try await demoPerson(app, unit: "DV01")
            let peopleBefore = try await app.store.people.count(inUnit: own.unitID)
            // MUT
            let malformed = try await officer.send(.POST, "/api/v1/people", rawBody: #"{"fullName": "Nguyễn Văn A""#)
            let wrongType = try await officer.send(
                .POST, "/api/v1/people", rawBody: #"{"fullName": "Nguyễn Văn A", "gender": "male", "birthYear": "năm"}"#
            )
            let incomplete = try await officer.send(
                .POST, "/api/v1/people", rawBody: #"{"fullName": "A", "gender": "x"}"#)
            let noVersion = try await officer.send(
                .PUT, "/api/v1/people/\(own.id)", rawBody: #"{"fullName": "Tên Mới", "gender": "male"}"#)
            let stale = try await officer.send(
                .PUT, "/api/v1/people/\(own.id)", rawBody: #"{"fullName": "Tên Mới", "gender": "male", "version": 7}"#)
            let badID = try await officer.send(.GET, "/api/v1/people/khong-phai-uuid")
            let badQuery = try await officer.send(.GET, "/api/v1/people?unit=abc")
            // validation
            #expect(malformed.status == .badRequest)
            #expect(wrongType.status == .badRequest)
            #expect(try wrongType.content.decode(ErrorBody.self).reason.contains("birthYear"))
            #expect(incomplete.status == .unprocessableEntity)
            let fields = try #require(try incomplete.content.decode(ErrorBody.self).fields).map(\.field)
            #expect(Set(fields) == ["fullName", "gender"])
            #expect(noVersion.status == .unprocessableEntity)
            #expect(try noVersion.content.decode(ErrorBody.self).reason.contains("version"))
            #expect(stale.status == .conflict)
            #expect(try stale.content.decode(ErrorBody.self).reason.contains("tải lại"))
            #expect(badID.status == .notFound)
            #expect(badQuery.status == .unprocessableEntity)
            for res in [malformed, wrongType, incomplete, noVersion, stale, badID] {
                let body = try res.content.decode(ErrorBody.self)
                #expect(body.error)
                #expect(
                    body.reason.contains {
                        "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý".contains($0)
                    },
                    "not Vietnamese: \(body.reason)")
            }
            #expect(try await app.store.people.count(inUnit: own.unitID) == peopleBefore)
            #expect(try await app.store.people.find(own.id) == own)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anInvalidFormIsShownAgainWithWhatWasTyped(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let own = try await demoPerson(app, unit: "DV01")
            let before = try await app.store.people.count(inUnit: own.unitID)
            // MUT
            let res = try await officer.send(
                .POST, "/nhan-su/moi",
                form: [
                    "fullName": "Trần", "gender": "female", "birthYear": "19x0", "position": "Chuyên viên <b>chính</b>",
                ])
            // validation
            let html = res.body.string
            #expect(res.status == .unprocessableEntity)
            #expect(html.contains("Hãy nhập đủ họ và tên"))
            #expect(html.contains("Năm sinh phải là số"))
            #expect(html.contains("value=\"Trần\""))
            #expect(html.contains("value=\"19x0\""), "the typed birth year is kept")
            #expect(html.contains("Chuyên viên &lt;b&gt;chính&lt;/b&gt;"), "typed text is kept and escaped")
            #expect(html.contains("aria-invalid=\"true\""))
            #expect(try await app.store.people.count(inUnit: own.unitID) == before)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aStaleFormKeepsTheEditAndSaysWhatHappened(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let unit = try #require(try await app.store.units.find(code: "DV05"))
            _ = try await admin.send(
                .POST, "/don-vi/\(unit.id)/sua",
                form: ["code": "DV05", "name": "Tên thứ nhất", "kind": "publicServiceUnit", "version": "1"])
            // MUT
            let res = try await admin.send(
                .POST, "/don-vi/\(unit.id)/sua",
                form: ["code": "DV05", "name": "Tên thứ hai", "kind": "publicServiceUnit", "version": "1"])
            // validation
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("vừa được người khác sửa"))
            #expect(res.body.string.contains("value=\"Tên thứ hai\""))
            #expect(try await app.store.units.find(unit.id)?.name == "Tên thứ nhất")
        }
    }

    @Test func oversizedBodiesAreRefusedInVietnamese() async throws {
        try await withTestApp(.sqlite, demo: false) { app in
            // setup
            let huge = #"{"username": ""# + String(repeating: "a", count: 2 * 1024 * 1024) + #"", "password": "x"}"#
            // MUT
            // A real server: the in-memory tester hands over bodies already collected, past the limit check.
            let res = try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(
                .POST, "/api/v1/auth/login", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: huge))
            // validation
            #expect(res.status == .payloadTooLarge)
            #expect(res.body.string.contains("quá lớn"))
        }
    }
}
