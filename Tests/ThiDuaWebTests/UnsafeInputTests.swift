import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Control, bidirectional and zero-width characters are refused with a 422 naming the field; redirects
/// after sign-in never leave the site.
@Suite struct UnsafeInputTests {
    @Test func theCharacterClassesAreTheIssuesOnes() {
        #expect(UnsafeCharacters.first(in: "Nguyễn\u{0}Văn") == "\u{0}")
        #expect(UnsafeCharacters.first(in: "abc\u{202E}cba") == "\u{202E}")
        #expect(UnsafeCharacters.first(in: "Hòa\u{200B}") == "\u{200B}")
        #expect(UnsafeCharacters.first(in: "Dòng một\nDòng hai\tcột") == nil)
        #expect(UnsafeCharacters.first(in: "Nguyễn Văn Hòa – Liên minh HTX “Việt Nam”") == nil)
    }

    @Test(arguments: DatabaseKind.available)
    func aNameWithANulOrAnOverrideIsRefusedAndNothingIsStored(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let unit = try #require(try await app.store.units.find(code: "DV01"))
            let admin = try await Client.browser(app, "admin")
            let api = try await Client.api(app, "admin")
            let before = try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 1))).total
            // MUT
            let nul = try await admin.send(
                .POST, "/nhan-su/moi",
                form: [
                    "fullName": "Nguyễn\u{0}Văn A", "gender": "male", "birthYear": "1980", "unitID": unit.id.uuidString,
                ])
            let rtl = try await api.send(
                .POST, "/api/v1/people",
                json: PersonDraft(fullName: "Trần \u{202E}nấuT", gender: "male", birthYear: 1980, unitID: unit.id))
            let zw = try await api.send(
                .POST, "/api/v1/people",
                json: PersonDraft(fullName: "Lê\u{200B}Hòa", gender: "female", birthYear: 1980, unitID: unit.id))
            let query = try await api.send(.GET, "/api/v1/people?q=a%E2%80%AEb")
            // validation
            #expect(nul.status == .unprocessableEntity)
            #expect(nul.body.string.contains("fullName"))
            #expect(nul.body.string.contains("U+0000"))
            #expect(rtl.status == .unprocessableEntity)
            #expect(rtl.body.string.contains("\"field\":\"fullName\""))
            #expect(rtl.body.string.contains("U+202E"))
            #expect(zw.status == .unprocessableEntity)
            #expect(query.status == .unprocessableEntity)
            #expect(try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 1))).total == before)
        }
    }

    @Test func anImportedCellWithSuchACharacterIsNamedAndNothingIsWritten() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let rows = [
                ["Họ và tên", "Giới tính", "Mã đơn vị"], ["Lý Thị Mới", "Nữ", "DV01"],
                ["Lý \u{202E}năV", "Nam", "DV01"],
            ]
            // MUT
            let report = try await ImportTests.importRows(app, .people, rows)
            // validation
            #expect(report.problems.map(\.row) == [3])
            #expect(report.problems.first?.column == "Họ và tên")
            #expect(report.problems.first?.message.contains("U+202E") == true)
            #expect(try await app.store.people.list(PeopleFilter(query: ListQuery(text: "ly thi moi"))).total == 0)
        }
    }

    @Test func paragraphsOfALongTextAreKept() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let thuky = try await Client.browser(app, "thuky")
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            // MUT
            let res = try await thuky.send(
                .POST, "/khoi-thi-dua/\(bloc)/giao-uoc",
                form: ["year": "2026", "version": "0", "text": "Điều 1.\tThi đua.\nĐiều 2.\tKhen thưởng."])
            // validation
            #expect(res.status == .seeOther)
            #expect(
                try await app.store.pacts.find(bloc: bloc, year: 2026)?.text == "Điều 1. Thi đua.\nĐiều 2. Khen thưởng."
            )
        }
    }

    @Test func theNextPathAfterSignInStaysOnTheSite() {
        for bad in [
            "/\t/evil.example/x", "/%09/evil.example/x", "//evil.example", "/\\evil.example", "/%5Cevil.example",
            "/%2F%2Fevil.example",
            "https://evil.example", "/\u{0}x", "/x\ny", "/%0d%0aSet-Cookie:x", " /x", "javascript:alert(1)",
        ] {
            #expect(SignInController.safeNext(bad) == "/", "\(bad)")
        }
        for good in ["/nhan-su", "/don-vi?trang=2&tim=qu%E1%BB%B9", "/phong-trao/1/dang-ky"] {
            #expect(SignInController.safeNext(good) == good)
        }
    }
}
