import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The screens: Vietnamese, UTF-8, labelled inputs, the sample-data banner, and working search.
@Suite struct PagesTests {
    static let pages = [
        "/", "/don-vi", "/don-vi/moi", "/khoi-thi-dua", "/nhan-su", "/nhan-su/moi", "/nhap-du-lieu", "/danh-muc",
        "/nhat-ky",
        "/xet-dieu-kien", "/xet-dieu-kien?ma=CSTDCS&nam=2024", "/xet-dieu-kien/cai-dat", "/xet-dieu-kien/tien-thuong",
        "/lich-ky-niem",
        "/lich-ky-niem?nam=2025",
        "/phong-trao", "/phong-trao?nam=2022&trang-thai=closed", "/phong-trao/moi", "/guong-dien-hinh",
        "/cai-dat/van-ban", "/ban-tin",
    ]

    /// Every visible input, select and textarea has an id with a `<label for>`.
    static func unlabelledInputs(_ html: String) -> [String] {
        let ids = Set(matches(#"<label for="([^"]+)""#, in: html))
        let controls = matches(#"<(?:input|select|textarea)([^>]*)>"#, in: html)
        return controls.filter { attrs in
            guard !attrs.contains(#"type="hidden""#) else { return false }
            let id = matches(#"id="([^"]+)""#, in: attrs).first
            return id.map { !ids.contains($0) } ?? true
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func everyPageIsVietnameseUTF8AndLabelled(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let unit = try #require(try await app.store.units.find(code: "DV01"))
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let person = try await demoPerson(app, unit: "DV01")
            let movement = try #require(try await app.store.movements.list(MovementFilter(year: 2023)).first)
            let detailPages = [
                "/don-vi/\(unit.id)", "/don-vi/\(unit.id)/sua", "/khoi-thi-dua/\(bloc.id)",
                "/khoi-thi-dua/\(bloc.id)/sua",
                "/nhan-su/\(person.id)", "/nhan-su/\(person.id)/sua", "/khoi-thi-dua/moi",
                "/phong-trao/\(movement.id)", "/phong-trao/\(movement.id)/sua",
                "/phong-trao/\(movement.id)/dang-ky?don-vi=\(unit.id)",
                "/khoi-thi-dua/\(bloc.id)/giao-uoc?nam=2022", "/khoi-thi-dua/\(bloc.id)/giao-uoc?nam=2026",
            ]
            for path in Self.pages + detailPages {
                // MUT
                let res = try await admin.send(.GET, path)
                let html = res.body.string
                // validation
                #expect(res.status == .ok, "\(path)")
                #expect(res.headers.first(name: .contentType) == "text/html; charset=utf-8", "\(path)")
                #expect(html.contains(#"<html lang="vi">"#), "\(path)")
                #expect(
                    html.contains(#"<meta charset="UTF-8"/>"#) || html.contains(#"<meta charset="utf-8"/>"#), "\(path)")
                #expect(html.contains("Dữ liệu mẫu"), "\(path) shows the sample-data banner")
                #expect(!html.contains(" style=\""), "\(path): inline styles are blocked by the CSP")
                #expect(res.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
                #expect(
                    Self.unlabelledInputs(html).isEmpty, "\(path) has unlabelled inputs: \(Self.unlabelledInputs(html))"
                )
            }
            let login = try await Client(app).send(.GET, "/dang-nhap")
            #expect(Self.unlabelledInputs(login.body.string).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func peopleSearchWithoutDiacriticsFindsBothSpellings(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            // MUT
            let res = try await admin.send(.GET, "/nhan-su?tim=nguyen+van+hoa")
            let literal = try await admin.send(.GET, "/nhan-su?tim=%25")
            // validation
            let html = res.body.string
            #expect(html.contains("Nguyễn Văn Hoà"))
            #expect(html.contains("Nguyễn Văn Hòa"))
            #expect(!html.contains("Phạm Công Bằng"))
            #expect(literal.body.string.contains("Không có người nào phù hợp"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theBlocPageShowsEachYearsHeadAndDeputy(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let leader = try await Client.browser(app, "lanhdao")
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            // MUT
            let y2022 = try await leader.send(.GET, "/khoi-thi-dua/\(bloc.id)?nam=2022")
            let y2023 = try await leader.send(.GET, "/khoi-thi-dua/\(bloc.id)?nam=2023")
            // validation
            #expect(y2022.body.string.contains("Trưởng khối: <strong>Quỹ Phát triển Hợp tác xã</strong>"))
            #expect(
                y2023.body.string.contains(
                    "Trưởng khối: <strong>Trường Cao đẳng Kinh tế - Kỹ thuật Trung ương</strong>"))
            #expect(!y2022.body.string.contains("Thêm thành viên"), "a leader reads, does not manage")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theAdminAddsAUnitThroughTheForm(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let root = try #require(try await app.store.units.find(code: "LMHTXVN"))
            // MUT
            let res = try await admin.send(
                .POST, "/don-vi/moi",
                form: [
                    "code": "dv16", "name": "Trung tâm Hỗ trợ\u{0301} mới".decomposedStringWithCanonicalMapping,
                    "kind": "publicServiceUnit", "parentID": root.id.uuidString, "activeFrom": "06/01/2023",
                ])
            // validation
            #expect(res.status == .seeOther)
            let unit = try #require(try await app.store.units.find(code: "DV16"))
            #expect(unit.parentID == root.id)
            #expect(unit.activeFrom == LocalDate(year: 2023, month: 1, day: 6))
            #expect(Array(unit.name.utf8) == Array(unit.name.precomposedStringWithCanonicalMapping.utf8))
            let page = try await admin.send(.GET, res.headers.first(name: .location) ?? "/")
            #expect(page.body.string.contains("Đã thêm đơn vị"))
        }
    }
}

@Suite struct EscapingTests {
    @Test(arguments: DatabaseKind.available)
    func markupInDataIsShownAsTextEverywhere(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: a name that tries to break out of an attribute and out of text
            let admin = try await Client.api(app, "admin")
            let unit = try #require(try await app.store.units.find(code: "DV01"))
            struct New: Encodable {
                var fullName: String
                var gender = "male"
                var unitID: UUID
                var position: String
            }
            let attack = #"Lê "><script>alert(x)</script> Văn"#
            let created = try await admin.send(
                .POST, "/api/v1/people",
                json: New(fullName: attack, unitID: unit.id, position: #"x' onmouseover='alert(2)"#))
            let person = try created.content.decode(Person.self)
            let browser = try await Client.browser(app, "admin")
            // MUT
            let pages = [
                try await browser.send(.GET, "/nhan-su/\(person.id)"),
                try await browser.send(.GET, "/nhan-su/\(person.id)/sua"),
                try await browser.send(
                    .GET, "/nhan-su?tim=" + "<script>".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!),
            ]
            // validation
            #expect(created.status == .created)
            for page in pages {
                #expect(!page.body.string.contains("<script>"))
            }
            #expect(pages[1].body.string.contains("value=\"x&#39; onmouseover=&#39;alert(2)\""))
            #expect(pages[1].body.string.contains("value=\"Lê &quot;&gt;&lt;script&gt;alert(x)&lt;/script&gt; Văn\""))
        }
    }

    @Test func escapeCoversEveryAttributeBreakingCharacter() {
        // MUT + validation
        #expect(Escape.attribute(#"a&b"c'd<e>f"#) == "a&amp;b&quot;c&#39;d&lt;e&gt;f")
        #expect(Escape.attribute("Nguyễn Văn Hoà") == "Nguyễn Văn Hoà")
    }
}
