import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Long texts keep the paragraphs they were typed with. A browser sends a text area's line breaks as "\r\n",
/// which Swift counts as one Character: a text split on "\n" alone collapsed into one line.
@Suite struct LongTextTests {
    static let paragraphs = [
        "Điều 1. Đoàn kết, phối hợp hoàn thành xuất sắc nhiệm vụ chính trị được giao.",
        "Điều 2. Thực hành tiết kiệm, chống lãng phí.",
        "Điều 3. Tuyên truyền Luật Thi đua, khen thưởng đến toàn thể người lao động.",
    ]

    /// As a browser sends the text area: CRLF line breaks, a run of blank lines, a trailing break.
    static let typed = paragraphs[0] + "\r\n\r\n\r\n\r\n" + paragraphs[1] + "\r\n" + paragraphs[2] + "\r\n\r\n"

    /// As it is kept: "\n" between lines, the blank-line run folded into one blank line.
    static let stored = paragraphs[0] + "\n\n" + paragraphs[1] + "\n" + paragraphs[2]

    /// As a page shows it: one paragraph each.
    static func shown(_ className: String = "prose") -> String {
        "<div class=\"\(className)\">" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div>"
    }

    static func body(_ res: ClientResponse) -> String { res.body.map { String(buffer: $0) } ?? "" }

    @Test(arguments: DatabaseKind.available)
    func aPactSentByABrowserKeepsItsParagraphs(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let thuky = try await Client.browser(app, "thuky")
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            // MUT: through a real server, as a browser posts the form
            let page = try await withRunningServer(app) { base in
                try await thuky.live(
                    .POST, base, "/khoi-thi-dua/\(bloc)/giao-uoc",
                    form: ["year": "2024", "version": "0", "text": Self.typed])
            }
            // validation
            let pact = try #require(try await app.store.pacts.find(bloc: bloc, year: 2024))
            #expect(pact.text == Self.stored)
            #expect(page.status == .ok)
            #expect(Self.body(page).contains("Đã lưu giao ước thi đua năm 2024."))
            #expect(Self.body(page).contains(Self.shown("card prose")), "one <p> per paragraph")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aMovementsThemeAndResultsKeepTheirParagraphs(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the leader drafts a movement; the admin writes the results of the demo's closed 2022 movement
            let leader = try await Client.browser(app, "lanhdao")
            let admin = try await Client.browser(app, "admin")
            let closed = try await MovementWebTests.movement(app, title: "Phong trào thi đua năm 2022 của Khối thi đua")
            let title = "Phong trào thi đua chuyển đổi số năm 2026"
            // MUT
            let (created, results) = try await withRunningServer(app) { base in
                (
                    try await leader.live(
                        .POST, base, "/phong-trao/moi",
                        form: [
                            "title": title, "year": "2026", "kind": "regular", "scopeKind": "organization",
                            "theme": Self.typed,
                            "periodFrom": "2026-01-01", "periodTo": "2026-12-31", "codes": "LDTT",
                        ]),
                    try await admin.live(
                        .POST, base, "/phong-trao/\(closed.id)/ket-qua",
                        form: ["version": String(closed.version), "results": Self.typed, "published": "on"])
                )
            }
            // validation
            let draft = try await MovementWebTests.movement(app, title: title)
            #expect(draft.theme == Self.stored)
            #expect(created.status == .ok)
            #expect(Self.body(created).contains("<dd>" + Self.shown() + "</dd>"), "the theme, one <p> per paragraph")
            #expect(try await app.store.movements.find(closed.id)?.results == Self.stored)
            #expect(results.status == .ok)
            #expect(Self.body(results).contains("<h2>Kết quả</h2>" + Self.shown()))
            let bulletin = try await Client(app).send(.GET, "/ban-tin")
            #expect(bulletin.body.string.contains(Self.shown()), "the public bulletin shows the same paragraphs")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anExemplaryModelAndABlocNoteKeepTheirParagraphs(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let bloc = try #require(try await app.store.blocs.find(code: "CTD-TN"))
            // MUT
            let model = try await admin.send(
                .POST, "/guong-dien-hinh",
                form: ["subjectKind": "person", "name": "Nguyễn Thị Mẫu Mực", "year": "2023", "summary": Self.typed])
            let note = try await admin.send(
                .POST, "/khoi-thi-dua/\(bloc.id)/sua",
                form: [
                    "code": bloc.code, "name": bloc.name, "kind": bloc.kind.rawValue, "note": Self.typed,
                    "version": String(bloc.version),
                ])
            // validation
            #expect(model.status == .seeOther)
            let saved = try #require(
                try await app.store.exemplaryModels.list(publishedOnly: false).first { $0.name == "Nguyễn Thị Mẫu Mực" }
            )
            #expect(saved.summary == Self.stored)
            let models = try await admin.send(.GET, "/guong-dien-hinh")
            #expect(models.body.string.contains(#"<td data-label="Nội dung">"# + Self.shown() + "</td>"))
            #expect(note.status == .seeOther)
            #expect(try await app.store.blocs.find(bloc.id)?.note == Self.stored)
            let page = try await admin.send(.GET, "/khoi-thi-dua/\(bloc.id)")
            #expect(page.body.string.contains("<dt>Ghi chú</dt><dd>" + Self.shown() + "</dd>"))
        }
    }
}
