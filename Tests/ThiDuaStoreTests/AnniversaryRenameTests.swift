import Foundation
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// Databases seeded before the official names: migration 006 renames what the admin has not changed.
@Suite struct AnniversaryRenameTests {
    @Test(arguments: DatabaseKind.available)
    func oldSeededNamesBecomeTheOfficialOnesAndAnEditedNameStays(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: put two old names back, as a database seeded before would have them
            let all = try await t.store.anniversaries.directory()
            let liberation = try #require(all.first { $0.originDate == LocalDate(year: 1975, month: 4, day: 30) })
            let vca = try #require(all.first { $0.originDate == LocalDate(year: 1994, month: 4, day: 11) })
            for (a, name) in [(liberation, "Ngày giải phóng Miền Nam"), (vca, "Ngày truyền thống của Liên minh")] {
                var old = a
                old.name = name
                try await t.db.sql.update("anniversaries").set("document", to: try DocumentTable<Anniversary>.json(old))
                    .where("id", .equal, a.id).run()
            }
            // MUT
            try await RenameSeededAnniversaries().prepare(on: t.db)
            // validation
            let renamed = try #require(try await t.store.anniversaries.find(liberation.id))
            #expect(renamed.name == "Ngày Giải phóng miền Nam, thống nhất đất nước")
            #expect(renamed.version == liberation.version + 1)
            #expect(try await t.store.anniversaries.find(vca.id)?.name == "Ngày truyền thống của Liên minh")
            let last = try #require(try await t.store.audit.events(after: 0, limit: 10_000).last)
            #expect(last.entity == "anniversaries" && last.action == .update && last.actor == "thidua-migrate")
            guard case .intact = try await AuditService(store: t.store).verify() else {
                Issue.record("the rename broke the audit chain")
                return
            }
            // and it runs again without changing anything
            try await RenameSeededAnniversaries().prepare(on: t.db)
            #expect(try await t.store.anniversaries.find(liberation.id)?.version == liberation.version + 1)
        }
    }
}
