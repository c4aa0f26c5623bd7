import Foundation
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// A stored setting or value that does not decode is said and logged, never replaced by a default.
@Suite struct UnreadableDataTests {
    @Test(arguments: DatabaseKind.available)
    func anUndecodableSettingIsAnErrorNotTheDefaults(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the quotas saved once, then damaged in the database
            let admin = try #require(try await app.store.accounts.find(username: "admin"))
            let service = EligibilityService(store: app.store, account: admin)
            var settings = EligibilitySettings.defaults
            settings.cstdcsQuotaPercent = 12
            _ = try await service.save(settings, version: 0)
            let sql = app.db as! any SQLDatabase
            try await sql.update("organization_settings").set("value", to: "{\"cstdcsQuotaPercent\": \"mười\"}")
                .where("key", .equal, "eligibility").run()
            let browser = try await Client.browser(app, "admin")
            // MUT
            let page = try await browser.send(.GET, "/xet-dieu-kien/cai-dat")
            // validation: an error that says so, and the service does not fall back to the defaults
            #expect(page.status == .internalServerError)
            #expect(page.body.string.contains("Dữ liệu đã lưu không đọc được (Cài đặt xét điều kiện"))
            await #expect(throws: DomainError.self) { _ = try await service.settings() }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aSettingWrittenUnderAnotherSchemaIsRefused(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the document settings, marked as written by a later version of thidua
            let admin = try #require(try await app.store.accounts.find(username: "admin"))
            let service = MovementService(store: app.store, account: admin)
            _ = try await service.saveDocumentSettings(.defaults, version: 0)
            try await (app.db as! any SQLDatabase).update("organization_settings").set("schema", to: 2)
                .where("key", .equal, "documents").run()
            // MUT / validation
            do {
                _ = try await service.documentSettings()
                Issue.record("a setting of schema 2 was read")
            } catch let error as DomainError {
                #expect(error.message.contains("lưu theo phiên bản 2, hệ thống này đọc phiên bản 1"))
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anUnknownStoredEnumIsAnErrorNotAGuess(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: a person whose gender column holds something thidua never writes
            let person = try #require(try await app.store.everyPerson().first)
            try await (app.db as! any SQLDatabase).update("people").set("gender", to: "unknown")
                .where("id", .equal, person.id).run()
            // MUT / validation: the store refuses to read it as a man (or anything else)
            do {
                _ = try await app.store.people.find(person.id)
                Issue.record("an unknown gender was read")
            } catch let error as DomainError {
                #expect(error == .unreadable("people.gender"))
            }
            await #expect(throws: DomainError.unreadable("people.gender")) {
                _ = try await app.store.people.people(inUnits: [person.unitID], status: nil)
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aHistoryValueThatIsNotOfItsKindIsAnError(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup: a rating whose value is not a rating
            let entry = try #require(try await app.store.everyHistoryEntry().first { $0.kind == .rating })
            try await (app.db as! any SQLDatabase).update("history_entries").set("value", to: "CSTDCS")
                .where("id", .equal, entry.id).run()
            // MUT / validation: read one by one or in a batch, it is an error, not a guess
            await #expect(throws: DomainError.unreadable("history_entries.value")) {
                _ = try await app.store.history.find(entry.id)
            }
            await #expect(throws: DomainError.unreadable("history_entries.value")) {
                _ = try await app.store.history.entries(of: entry.subjectKind, subjects: [entry.subjectID])
            }
        }
    }
}
