import Foundation
import Testing
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// What the pages say: official names, Vietnamese names rather than codes, plain verbs, nothing said twice, and
/// no decision dated in the future.
@Suite struct WordingTests {
    @Test(arguments: DatabaseKind.available)
    func theCalendarUsesTheOfficialNamesAndPlainVerbs(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let vca = try #require(
                try await app.store.anniversaries.directory().first {
                    $0.name == "Ngày thành lập Liên minh Hợp tác xã Việt Nam"
                })
            // MUT
            let page = try await admin.send(.GET, "/lich-ky-niem?nam=2022")
            let toggled = try await admin.send(
                .POST, "/lich-ky-niem/\(vca.id.uuidString.lowercased())/trang-thai",
                form: ["version": String(vca.version), "active": "false"])
            let after = try await admin.send(.GET, "/lich-ky-niem?nam=2022")
            // validation
            let html = page.body.string
            #expect(page.status == .ok)
            for official in [
                "Kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)",
                "Kỷ niệm 47 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975-30/4/2022)",
                "Kỷ niệm 28 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam (11/4/1994-11/4/2022)",
                "Ngày Giải phóng miền Nam, thống nhất đất nước", "Ngày thành lập Liên minh Hợp tác xã Việt Nam",
            ] {
                #expect(html.contains(official), "\(official)")
            }
            for old in [
                "Đảng cộng sản", "Miền Nam", "Liên minh HTX Việt Nam (11/4", "Đang theo dõi – bỏ",
                "Đã bỏ – theo dõi lại",
            ] {
                #expect(!html.contains(old), "\(old)")
                #expect(!after.body.string.contains(old), "\(old)")
            }
            #expect(html.contains(">Thôi theo dõi</button>"))
            #expect(!html.contains(">Theo dõi lại</button>"))
            #expect(toggled.status == .seeOther)
            #expect(try await app.store.anniversaries.find(vca.id)?.active == false)
            #expect(after.body.string.contains(">Theo dõi lại</button>"))
            #expect(
                after.body.string.contains("Theo dõi lại: Ngày thành lập Liên minh Hợp tác xã Việt Nam"),
                "the button names what it acts on")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theDemosMovementsCelebrateAnAnniversaryInOneSentence(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let movements = try await app.store.movements.list(MovementFilter())
            let thematic = movements.filter { $0.title.hasPrefix("Thi đua chào mừng") }
            // MUT
            var pages = [
                try await admin.send(.GET, "/phong-trao"), try await admin.send(.GET, "/phong-trao?nam=2022"),
                try await admin.send(.GET, "/phong-trao/moi"), try await Client(app).send(.GET, "/ban-tin"),
            ]
            for m in thematic { pages.append(try await admin.send(.GET, "/phong-trao/\(m.id)")) }
            // validation
            #expect(thematic.count >= 6)
            for m in thematic {
                #expect(m.title.hasPrefix("Thi đua chào mừng kỷ niệm "), "\(m.title)")
                #expect(!m.theme.contains("chào mừng Kỷ niệm"), "\(m.theme)")
            }
            #expect(
                thematic.contains {
                    $0.title
                        == "Thi đua chào mừng kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)"
                })
            #expect(
                pages[1].body.string.contains(
                    "Thi đua chào mừng kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)"))
            for page in pages {
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("chào mừng Kỷ niệm"))
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func titlesAreOfferedByTheirVietnameseNamesNotTheirCodes(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: codes that differ from the short name readers know ("CSTDCS" is written CSTĐCS)
            let admin = try await Client.browser(app, "admin")
            let coded = Catalogue.entries.filter { $0.shortName != $0.code }
            // MUT
            let sweep = try await admin.send(.GET, "/xet-dieu-kien")
            let movementForm = try await admin.send(.GET, "/phong-trao/moi")
            // validation
            #expect(!coded.isEmpty)
            #expect(
                sweep.body.string.contains(#"<option value="CSTDCS" selected>Chiến sĩ thi đua cơ sở (CSTĐCS)</option>"#)
            )
            #expect(movementForm.body.string.contains("Chiến sĩ thi đua cơ sở (CSTĐCS)"))
            #expect(movementForm.body.string.contains(#"value="CSTDCS""#), "the code is still what the form sends")
            for page in [sweep, movementForm] {
                #expect(page.status == .ok)
                for e in coded { #expect(!page.body.string.contains("(\(e.code))"), "\(e.code) shown as a code") }
            }
        }
    }

    @Test func anImportDryRunSaysNothingWasWritten() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let file = CSVWriter.write([
                ["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị"], ["Lý Thị Thử Trước", "Nữ", "1990", "DV01"],
            ])
            // MUT
            let dry = try await officer.upload(
                "/nhap-du-lieu", fields: ["kind": "people", "dryRun": "true"], fileField: "file",
                fileName: "can-bo.csv", data: file)
            // validation
            #expect(dry.status == .ok)
            #expect(dry.body.string.contains("Đây mới là bước kiểm tra: dữ liệu chưa được ghi vào hệ thống."))
            #expect(!dry.body.string.contains("Kiểm tra xong, chưa ghi gì"))
            #expect(
                try await app.store.people.list(PeopleFilter(query: ListQuery(text: "ly thi thu truoc"))).total == 0)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func noPageSaysNeedsConfirmationTwice(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let dv01 = try #require(try await app.store.units.find(code: "DV01"))
            let people = try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 5), unitID: dv01.id))
                .items.map(\.person)
            // MUT: every title's sweep, the unit's page and some of its people's pages
            var pages: [(String, TestingHTTPResponse)] = []
            for e in Catalogue.entries {
                let path = "/xet-dieu-kien?ma=\(e.code)&nam=2024"
                pages.append((path, try await admin.send(.GET, path)))
            }
            for path in ["/don-vi/\(dv01.id)?nam=2024"] + people.map({ "/nhan-su/\($0.id)?nam=2024" }) {
                pages.append((path, try await admin.send(.GET, path)))
            }
            // validation
            for (path, page) in pages {
                // As a reader sees it: the mark and the reason are in different elements.
                let text = page.body.string.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                let doubled = text.contains("Cần xác nhận: Cần xác nhận")
                #expect(page.status == .ok, "\(path)")
                #expect(!doubled, "\(path) says “Cần xác nhận: Cần xác nhận:”")
            }
            #expect(
                pages.contains { $0.1.body.string.contains(#"<span class="mark">Cần xác nhận: </span>"#) },
                "some condition waits for confirmation, so the check means something")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aDecisionDatedAfterTodayIsRefusedInVietnamese(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let person = try await demoPerson(app, unit: "DV01")
            let today = LocalDate.today()
            let tomorrow = try #require(today.adding(days: 1))
            let path = "/nhan-su/\(person.id.uuidString.lowercased())/qua-trinh/moi?loai=award"
            let form = [
                "kind": "award", "year": String(today.year), "value": "LDTT", "decisionNumber": "25/QĐ-LMHTXVN",
                "version": "1",
            ]
            // MUT
            let future = try await officer.send(
                .POST, path, form: form.merging(["decisionDate": tomorrow.vietnamese]) { $1 })
            let entriesAfterRefusal = try await app.store.history.entries(of: .person, person.id)
            let todays = try await officer.send(
                .POST, path, form: form.merging(["decisionDate": today.vietnamese]) { $1 })
            // validation
            #expect(future.status == .unprocessableEntity)
            #expect(
                future.body.string.contains("Ngày quyết định (\(tomorrow.vietnamese)) ở tương lai. Hãy kiểm tra lại."))
            #expect(entriesAfterRefusal.isEmpty)
            #expect(todays.status == .seeOther)
            #expect(try await app.store.history.entries(of: .person, person.id).map(\.decisionDate) == [today])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theDemoHasNoDecisionInTheFutureAndItsEntriesSaveAsTheyAre(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup
            let today = LocalDate.today()
            let all = try await app.store.everyHistoryEntry()
            let awards = all.filter { $0.kind == .award }
            // validation: every decision is dated, by today, and its number is a number
            #expect(awards.count > 100)
            #expect(
                all.allSatisfy { $0.decisionDate.map { $0 <= today } ?? true },
                "\(all.filter { ($0.decisionDate ?? today) > today }.count) in the future")
            #expect(awards.filter { $0.year != nil }.allSatisfy { $0.decisionDate != nil })
            #expect(!awards.contains { $0.decisionNumber.contains("ngày") }, "the date is not written into the number")
            // MUT: this year's award of the demo, saved through the edit form unchanged
            let recent = try #require(
                awards.filter { $0.year == awards.compactMap(\.year).max() && !$0.decisionNumber.isEmpty }.first)
            let draft = HistoryDraft(recent)
            let admin = try await Client.browser(app, "admin")
            let saved = try await admin.send(
                .POST, "/qua-trinh/\(recent.id.uuidString.lowercased())/sua",
                form: [
                    "year": draft.year, "value": draft.value, "title": draft.title,
                    "decisionNumber": draft.decisionNumber,
                    "decisionDate": draft.decisionDate, "authority": draft.authority,
                    "commendationType": draft.commendationType, "revoked": draft.revoked ? "true" : "",
                    "version": String(recent.version),
                ])
            // validation
            #expect(saved.status == .seeOther, "\(saved.body.string.prefix(2000))")
        }
    }
}
