import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The change log page (/nhat-ky) reads as users speak: names, Vietnamese fields, values as typed; the raw JSON
/// only behind "chi tiết".
@Suite struct AuditLogPageTests {
    static let uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

    /// The page without its "chi tiết" toggles.
    static func readable(_ html: String) -> String {
        html.replacingOccurrences(of: "(?s)<details>.*?</details>", with: "", options: .regularExpression)
    }

    /// The visible text of an HTML fragment.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    @Test(arguments: DatabaseKind.available)
    func aUnitsNewNameShowsAsTheOldAndNewName(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let unit = try #require(try await app.store.units.find(code: "DV05"))
            let parentID = try #require(
                unit.parentID, "a demo unit under the VCA, so that the event points to another unit")
            // MUT
            let saved = try await admin.send(
                .POST, "/don-vi/\(unit.id)/sua",
                form: [
                    "code": unit.code, "name": "Trung tâm Đổi Tên Mới", "shortName": unit.shortName,
                    "kind": unit.kind.rawValue, "parentID": parentID.uuidString.lowercased(),
                    "activeFrom": unit.activeFrom?.vietnamese ?? "", "version": String(unit.version),
                ])
            let filtered = try await admin.send(.GET, "/nhat-ky?loai=org_units")
            let everything = try await admin.send(.GET, "/nhat-ky")
            // validation
            #expect(saved.status == .seeOther)
            #expect(filtered.status == .ok)
            #expect(everything.status == .ok)
            // The newest event is the edit.
            let rows = Self.readable(filtered.body.string).components(separatedBy: "<tr>").dropFirst(2).map {
                $0.components(separatedBy: "</tr>")[0]
            }
            let row = try #require(rows.first)
            let text = Self.text(row)
            #expect(text.contains("Tên: \(unit.name) → Trung tâm Đổi Tên Mới"))
            #expect(text.contains("Đơn vị"))
            #expect(text.contains("Sửa"))
            // Only the name changed: the other fields the form sent are not listed.
            #expect(row.components(separatedBy: "<li>").count - 1 == 1)
            // The demo's units point to their parent by UUID: the page names it.
            #expect(rows.contains { Self.text($0).contains("Đơn vị cấp trên: Liên minh Hợp tác xã Việt Nam") })
            for html in [filtered.body.string, everything.body.string] {
                #expect(Self.readable(html).range(of: Self.uuid, options: .regularExpression) == nil)
                // The evidence is still there, behind the toggle.
                #expect(html.contains("<summary>chi tiết</summary>"))
            }
            #expect(filtered.body.string.contains(unit.id.uuidString))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theFilterListsEveryAuditedTableInVietnamese(database: DatabaseKind) async throws {
        try await withTestApp(database, demo: true) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            // MUT
            let page = try await admin.send(.GET, "/nhat-ky?loai=history_entries")
            // validation
            let html = page.body.string
            #expect(page.status == .ok)
            for (table, name) in AuditReading.entities {
                #expect(html.contains("value=\"\(table)\""))
                #expect(html.contains(">\(name)</option>"))
            }
            #expect(html.contains("value=\"history_entries\" selected"))
        }
    }
}
