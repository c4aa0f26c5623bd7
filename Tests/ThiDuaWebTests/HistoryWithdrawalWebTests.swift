import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// History entries are evidence for later titles: they are withdrawn with a reason, kept, listed apart and
/// restorable, never erased.
@Suite struct HistoryWithdrawalWebTests {
    /// The person page's timeline table (the entries in the record), without the withdrawn list.
    static func timeline(_ html: String) -> String {
        guard let start = html.range(of: #"id="dong-thoi-gian""#) else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</table>")?.lowerBound ?? rest.endIndex)])
    }

    /// The withdrawn list of the person page.
    static func withdrawnList(_ html: String) -> String? {
        guard let start = html.range(of: #"<details id="da-rut""#) else { return nil }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</details>")?.upperBound ?? rest.endIndex)])
    }

    static func outcome(_ app: Application, _ client: Client, person: UUID, code: String, year: Int) async throws
        -> String?
    {
        let res = try await client.send(.GET, "/api/v1/people/\(person)/eligibility?year=\(year)")
        let answer = try JSONDecoder().decode(EligibilityWebTests.Answer.self, from: Data(buffer: res.body))
        return answer.results.first { $0.code == code }?.outcome
    }

    @Test(arguments: DatabaseKind.available)
    func anOfficerWithdrawsAnEntryWithAReasonAndPutsItBack(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: two excellent years, so LĐTT 2024 holds
            let person = try await demoPerson(app, unit: "DV01")
            let api = try await Client.api(app, "canbo01")
            let officer = try await Client.browser(app, "canbo01")
            _ = try await api.send(
                .POST, "/api/v1/people/\(person.id)/history",
                json: ["kind": "rating", "year": "2023", "value": "excellent"])
            let created = try await api.send(
                .POST, "/api/v1/people/\(person.id)/history",
                json: ["kind": "rating", "year": "2024", "value": "excellent"])
            let entry = try created.content.decode(HistoryEntry.self)
            let path = "/qua-trinh/\(entry.id.uuidString.lowercased())/rut"
            let personPath = "/nhan-su/\(person.id.uuidString.lowercased())"
            #expect(try await Self.outcome(app, api, person: person.id, code: "LDTT", year: 2024) == "eligible")
            let before = try await officer.send(.GET, personPath)
            #expect(Self.timeline(before.body.string).contains("<strong>2024</strong>"))
            #expect(
                before.body.string.contains("action=\"\(path)\""),
                "the timeline's “Rút…” button posts to the withdrawal")

            // MUT 1: the “Rút…” button
            let ask = try await officer.send(.POST, path, form: [:])
            // validation 1: a page asking why, nothing withdrawn
            #expect(ask.status == .ok)
            let form = try #require(PageForm.confirmation(in: ask.body.string))
            #expect(form.action == path)
            #expect(ask.body.string.contains(#"<label for="f-reason">Lý do rút"#))
            #expect(ask.body.string.contains(#"name="reason""#))
            #expect(ask.body.string.contains("Không, quay lại"))
            #expect(try await app.store.history.find(entry.id) == entry)

            // MUT 2: confirmed without a reason
            let noReason = try await officer.send(.POST, path, form: form.fields.merging(["reason": "  \r\n "]) { $1 })
            // validation 2: refused in Vietnamese, the entry still in the record
            #expect(noReason.status == .unprocessableEntity)
            #expect(
                noReason.body.string.contains(
                    "Hãy ghi lý do rút thông tin này (ví dụ: nhập nhầm người, trùng quyết định)."))
            #expect(PageForm.confirmation(in: noReason.body.string) != nil, "the question is asked again")
            #expect(try await app.store.history.find(entry.id) == entry)
            #expect(try await app.store.history.withdrawn(of: .person, person.id).isEmpty)

            // MUT 3: confirmed with a reason
            let done = try await officer.send(
                .POST, path, form: form.fields.merging(["reason": "Nhập nhầm năm, quyết định thuộc năm khác"]) { $1 })
            // validation 3: out of the record, kept apart with the reason, ignored by the eligibility check
            #expect(done.status == .seeOther)
            #expect(try await app.store.history.find(entry.id) == nil)
            let withdrawn = try await app.store.history.withdrawn(of: .person, person.id)
            #expect(withdrawn.map(\.entry) == [entry])
            #expect(withdrawn.first?.reason == "Nhập nhầm năm, quyết định thuộc năm khác")
            #expect(withdrawn.first?.withdrawnBy == "canbo01")
            let page = try await officer.send(.GET, personPath)
            let html = page.body.string
            #expect(!Self.timeline(html).contains("<strong>2024</strong>"), "the timeline no longer lists it")
            #expect(Self.timeline(html).contains("<strong>2023</strong>"))
            #expect(!html.contains("action=\"\(path)\""))
            let list = try #require(Self.withdrawnList(html))
            #expect(list.contains("Thông tin đã rút (1)"))
            #expect(list.contains("Năm 2024: Đánh giá, xếp loại – Hoàn thành xuất sắc nhiệm vụ"))
            #expect(list.contains("Lý do: Nhập nhầm năm, quyết định thuộc năm khác"))
            #expect(list.contains("action=\"/qua-trinh/\(entry.id.uuidString.lowercased())/khoi-phuc\""))
            #expect(try await Self.outcome(app, api, person: person.id, code: "LDTT", year: 2024) != "eligible")
            let log = try await officer.send(.GET, "/nhat-ky?loai=history_entries")
            #expect(log.status == .ok)
            #expect(log.body.string.contains(#"<td data-label="Thao tác">Rút</td>"#))
            #expect(log.body.string.contains("Nhập nhầm năm, quyết định thuộc năm khác"))

            // MUT 4: put it back
            let restore = try await officer.send(
                .POST, "/qua-trinh/\(entry.id.uuidString.lowercased())/khoi-phuc", form: [:])
            // validation 4
            #expect(restore.status == .seeOther)
            #expect(try await app.store.history.find(entry.id) == entry)
            #expect(try await app.store.history.withdrawn(of: .person, person.id).isEmpty)
            let after = try await officer.send(.GET, personPath)
            #expect(Self.timeline(after.body.string).contains("<strong>2024</strong>"))
            #expect(Self.withdrawnList(after.body.string) == nil)
            #expect(try await Self.outcome(app, api, person: person.id, code: "LDTT", year: 2024) == "eligible")
            let head = try await app.store.audit.head()
            #expect(try await AuditService(store: app.store).verify() == .intact(count: Int(head.seq)))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theAPIWithdrawsWithAReasonAndHasNoWayToErase(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let person = try await demoPerson(app, unit: "DV01")
            let api = try await Client.api(app, "canbo01")
            let officer = try await Client.browser(app, "canbo01")
            let created = try await api.send(
                .POST, "/api/v1/people/\(person.id)/history",
                json: ["kind": "award", "year": "2023", "value": "LDTT", "decisionNumber": "12/QĐ-LMHTXVN"])
            let entry = try created.content.decode(HistoryEntry.self)
            // MUT
            let erase = try await api.send(.DELETE, "/api/v1/history/\(entry.id)")
            let oldPage = try await officer.send(.POST, "/qua-trinh/\(entry.id.uuidString.lowercased())/xoa", form: [:])
            let noReason = try await api.send(.POST, "/api/v1/history/\(entry.id)/withdraw", json: ["reason": ""])
            let withdrawn = try await api.send(
                .POST, "/api/v1/history/\(entry.id)/withdraw", json: ["reason": "Trùng quyết định đã nhập"])
            let again = try await api.send(.POST, "/api/v1/history/\(entry.id)/withdraw", json: ["reason": "Lần nữa"])
            let history = try await api.send(.GET, "/api/v1/people/\(person.id)/history")
            // validation
            #expect(created.status == .created)
            #expect(erase.status == .notFound || erase.status == .methodNotAllowed, "\(erase.status)")
            #expect(oldPage.status == .notFound || oldPage.status == .methodNotAllowed, "\(oldPage.status)")
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("Hãy ghi lý do rút thông tin này"))
            #expect(withdrawn.status == .ok)
            struct Withdrawn: Decodable {
                var entry: HistoryEntry
                var reason: String
                var withdrawnBy: String
                var withdrawnAt: String
            }
            let body = try JSONDecoder().decode(Withdrawn.self, from: Data(buffer: withdrawn.body))
            #expect(body.entry == entry)
            #expect(body.reason == "Trùng quyết định đã nhập")
            #expect(body.withdrawnBy == "canbo01")
            #expect(ISO8601DateFormatter().date(from: body.withdrawnAt) != nil)
            #expect(again.status == .notFound, "a withdrawn entry is no longer in the record: \(again.status)")
            #expect(
                !history.body.string.contains(entry.id.uuidString.lowercased())
                    && !history.body.string.contains(entry.id.uuidString))
            #expect(try await app.store.history.find(entry.id) == nil)
            #expect(try await app.store.history.findWithdrawn(entry.id)?.reason == "Trùng quyết định đã nhập")
            // MUT 2: restore through the API
            let restored = try await api.send(.POST, "/api/v1/history/\(entry.id)/restore")
            #expect(restored.status == .ok)
            #expect(try restored.content.decode(HistoryEntry.self) == entry)
            #expect(try await app.store.history.find(entry.id) == entry)
            #expect(try await app.store.history.findWithdrawn(entry.id) == nil)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anotherUnitsOfficerCanNeitherWithdrawNorRestore(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: two entries of a DV02 person, made by the admin; the second is withdrawn by the admin
            let admin = try await Client.api(app, "admin")
            let stranger = try await demoPerson(app, unit: "DV02")
            func add(_ year: String) async throws -> HistoryEntry {
                let res = try await admin.send(
                    .POST, "/api/v1/people/\(stranger.id)/history",
                    json: [
                        "kind": "initiative", "year": year, "value": "grassroots", "title": "Bí mật của DV02 \(year)",
                    ])
                return try res.content.decode(HistoryEntry.self)
            }
            let kept = try await add("2022")
            let gone = try await add("2023")
            let adminWithdraw = try await admin.send(
                .POST, "/api/v1/history/\(gone.id)/withdraw", json: ["reason": "Nhập nhầm"])
            let api = try await Client.api(app, "canbo01")
            let browser = try await Client.browser(app, "canbo01")
            // MUT
            let pageAsk = try await browser.send(.POST, "/qua-trinh/\(kept.id.uuidString.lowercased())/rut", form: [:])
            let pageWithdraw = try await browser.send(
                .POST, "/qua-trinh/\(kept.id.uuidString.lowercased())/rut",
                form: ["confirm": "yes", "reason": "Thử rút của đơn vị khác"])
            let apiWithdraw = try await api.send(
                .POST, "/api/v1/history/\(kept.id)/withdraw", json: ["reason": "Thử rút của đơn vị khác"])
            let pageRestore = try await browser.send(
                .POST, "/qua-trinh/\(gone.id.uuidString.lowercased())/khoi-phuc", form: [:])
            let apiRestore = try await api.send(.POST, "/api/v1/history/\(gone.id)/restore")
            // validation
            #expect(adminWithdraw.status == .ok)
            for res in [pageAsk, pageWithdraw, apiWithdraw, pageRestore, apiRestore] {
                #expect(res.status == .notFound || res.status == .forbidden, "\(res.status)")
                #expect(!res.body.string.contains("Bí mật của DV02"))
            }
            #expect(PageForm.confirmation(in: pageAsk.body.string) == nil)
            #expect(try await app.store.history.find(kept.id) == kept)
            #expect(try await app.store.history.findWithdrawn(kept.id) == nil)
            #expect(try await app.store.history.find(gone.id) == nil)
            #expect(try await app.store.history.findWithdrawn(gone.id)?.reason == "Nhập nhầm")
        }
    }
}
