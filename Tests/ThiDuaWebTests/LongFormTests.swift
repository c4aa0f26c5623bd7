import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Forms of any length, through a real server: a body larger than one chunk arrives as a stream, which the
/// in-memory tester never shows (it hid a CSRF check that refused every form over about 1 KB).
@Suite struct LongFormTests {
    static func pactText(bytes: Int) -> String {
        let paragraph =
            "Các đơn vị thành viên cam kết thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2024, đổi mới, sáng tạo, đoàn kết.\n"
        return String(repeating: paragraph, count: bytes / paragraph.utf8.count + 1)
    }

    static func saved(_ res: ClientResponse) -> Bool {
        res.status == .ok && (res.body.map { String(buffer: $0) } ?? "").contains("Đã lưu giao ước thi đua năm 2024.")
    }

    @Test(arguments: DatabaseKind.available)
    func pactsOfTenKilobytesAndOneMegabyteAreSavedWhole(database: DatabaseKind) async throws {
        let settings: (inout Configuration) -> Void = { $0.uploadLimitBytes = 4 * 1024 * 1024 }
        try await withTestApp(database, settings: settings) { app in
            // setup
            let thuky = try await Client.browser(app, "thuky")
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            let small = Self.pactText(bytes: 10 * 1024)
            let large = Self.pactText(bytes: 1024 * 1024)
            // MUT
            let (first, second) = try await withRunningServer(app) { base in
                let first = try await thuky.live(
                    .POST, base, "/khoi-thi-dua/\(bloc)/giao-uoc",
                    form: ["year": "2024", "version": "0", "text": small])
                let saved = try #require(try await app.store.pacts.find(bloc: bloc, year: 2024))
                #expect(saved.text == small.trimmingCharacters(in: .whitespacesAndNewlines))
                let second = try await thuky.live(
                    .POST, base, "/khoi-thi-dua/\(bloc)/giao-uoc",
                    form: ["year": "2024", "version": String(saved.version), "text": large])
                return (first, second)
            }
            // validation
            // The client follows the redirect to the pact page, which shows the flash.
            #expect(Self.saved(first), "\(first.status)")
            #expect(Self.saved(second), "\(second.status)")
            let after = try #require(try await app.store.pacts.find(bloc: bloc, year: 2024))
            #expect(
                after.text == large.trimmingCharacters(in: .whitespacesAndNewlines),
                "every paragraph of the 1 MB pact is kept")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aRegistrationForEveryPersonOfAUnitIsAccepted(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: LĐTT for each of the unit's people (the admin, who may record a late registration), a body of several KB
            let m = try #require(
                try await app.store.movements.list(MovementFilter()).first {
                    $0.title == "Phong trào thi đua năm 2023 của Khối thi đua"
                })
            let dv01 = try #require(try await app.store.units.find(code: "DV01"))
            let people = try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 200), unitID: dv01.id))
                .items.map(\.person)
            let officer = try await Client.browser(app, "admin")
            var body = "_csrf=\(officer.csrf!)&version=0&unitID=\(dv01.id)&collective=TTLDTT"
            for p in people { body += "&p-\(p.id)=LDTT&p-\(p.id)=CSTDCS" }
            // MUT
            let res = try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(
                .POST, "/phong-trao/\(m.id)/dang-ky"
            ) { req in
                req.headers.replaceOrAdd(name: .cookie, value: officer.cookie!)
                req.headers.contentType = .urlEncodedForm
                req.body = ByteBuffer(string: body)
            }
            // validation: the token is found however long the body; never "Biểu mẫu đã hết hạn"
            #expect(body.utf8.count > 1500, "well past the ~1.1 KB where the first chunk ended")
            #expect(res.status != .forbidden)
            #expect(!res.body.string.contains("Biểu mẫu đã hết hạn"))
            #expect(res.status == .ok, "\(res.body.string.prefix(300))")
            let saved = try #require(try await app.store.registrations.find(movement: m.id, unit: dv01.id))
            #expect(saved.individual.count == people.count)
        }
    }

    @Test func aBodyJustOverTheLimitGetsAVietnameseAnswerAndWritesNothing() async throws {
        let settings: (inout Configuration) -> Void = { $0.uploadLimitBytes = 1024 * 1024 }
        try await withTestApp(.sqlite, settings: settings) { app in
            // setup
            let thuky = try await Client.browser(app, "thuky")
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            // MUT
            let res = try await thuky.send(
                .POST, "/khoi-thi-dua/\(bloc)/giao-uoc",
                form: ["year": "2025", "version": "0", "text": String(repeating: "a", count: 1024 * 1024 + 1)],
                running: true)
            // validation
            #expect(res.status == .payloadTooLarge)
            #expect(res.body.string.contains("Dữ liệu gửi lên quá lớn: vượt giới hạn 1 MB"))
            #expect(try await app.store.pacts.find(bloc: bloc, year: 2025) == nil)
        }
    }

    @Test func someoneNotSignedInMayNotSendMegabytes() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            var visitor = Client(app)
            let page = try await visitor.send(.GET, "/dang-nhap")
            visitor.cookie = sessionCookie(page)
            visitor.csrf = csrfToken(page.body.string)
            // MUT
            let res = try await visitor.send(
                .POST, "/dang-nhap", form: ["username": "admin", "password": String(repeating: "x", count: 200_000)],
                running: true)
            let normal = try await visitor.send(
                .POST, "/dang-nhap", form: ["username": "admin", "password": DemoData.password], running: true)
            // validation
            #expect(res.status == .payloadTooLarge)
            #expect(res.body.string.contains("vượt giới hạn 64 KB"))
            #expect(normal.status == .ok || normal.status == .seeOther, "\(normal.status)")
        }
    }
}
