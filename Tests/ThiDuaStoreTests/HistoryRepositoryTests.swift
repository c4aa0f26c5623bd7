import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

@Suite struct HistoryRepositoryTests {
    static let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)
    static let today = LocalDate(year: 2024, month: 12, day: 31)!

    static func person(_ store: FluentDataStore) async throws -> (Person, OrgUnit) {
        let org = OrganizationService(store: store, account: admin)
        let unit = try await org.createUnit(
            OrgUnitDraft(code: "DV01", name: "Quỹ Phát triển Hợp tác xã", kind: "publicServiceUnit"))
        let person = try await PeopleService(store: store, account: admin).create(
            PersonDraft(fullName: "Trần Thị Mai", gender: "female", unitID: unit.id))
        return (person, unit)
    }

    @Test(arguments: DatabaseKind.available)
    func everyKindIsStoredAndShownAsATimeline(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (person, unit) = try await Self.person(t.store)
            let service = HistoryService(store: t.store, account: Self.admin)
            // MUT
            _ = try await service.add(
                HistoryDraft(kind: "rating", year: "2023", value: "Hoàn thành xuất sắc nhiệm vụ"), to: .person,
                person.id, today: Self.today)
            _ = try await service.add(
                HistoryDraft(kind: "rating", year: "2024", value: "good"), to: .person, person.id, today: Self.today)
            _ = try await service.add(
                HistoryDraft(kind: "initiative", year: "2024", value: "co so", title: "Số hóa hồ sơ"), to: .person,
                person.id, today: Self.today)
            _ = try await service.add(
                HistoryDraft(kind: "discipline", value: "khien trach", from: "01/03/2021", to: "01/09/2021"),
                to: .person, person.id, today: Self.today)
            _ = try await service.add(
                HistoryDraft(kind: "pending", value: "complaint", from: "2024-05-01"), to: .person, person.id,
                today: Self.today)
            _ = try await service.add(
                HistoryDraft(kind: "award", year: "2022", value: "cstdcs", decisionNumber: "12/QĐ-LMHTXVN"),
                to: .person, person.id, today: Self.today)
            _ = try await service.add(
                HistoryDraft(kind: "award", year: "2023", value: "TTLDXS"), to: .collective, unit.id, today: Self.today)
            // validation
            let history = try await service.history(of: .person, person.id)
            #expect(history.entries.count == 6)
            #expect(history.timeline.map(\.year) == [2024, 2023, 2022, 2021])
            #expect(history.timeline[0].entries.map(\.kind) == [.initiative, .pending, .rating])
            let award = try #require(history.entries.first { $0.kind == .award })
            #expect(award.value == "CSTDCS")
            #expect(award.commendationType == .regular)
            #expect(history.entries.first { $0.kind == .discipline }?.disciplineForm == .reprimand)
            #expect(try await service.history(of: .collective, unit.id).entries.map(\.value) == ["TTLDXS"])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func badHistoryIsRefusedAndNothingIsWritten(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (person, _) = try await Self.person(t.store)
            let service = HistoryService(store: t.store, account: Self.admin)
            _ = try await service.add(
                HistoryDraft(kind: "rating", year: "2023", value: "excellent"), to: .person, person.id,
                today: Self.today)
            func fields(_ draft: HistoryDraft) async -> [String] {
                do {
                    _ = try await service.add(draft, to: .person, person.id, today: Self.today)
                    return []
                } catch let e as DomainError { return e.fields } catch { return ["?"] }
            }
            // MUT + validation
            #expect(
                await fields(HistoryDraft(kind: "rating", year: "2023", value: "good")) == ["year"],
                "a second rating for 2023")
            #expect(
                await fields(HistoryDraft(kind: "rating", year: "2025", value: "good")) == ["year"],
                "a year in the future")
            #expect(await fields(HistoryDraft(kind: "rating", year: "2022", value: "tuyệt vời")) == ["value"])
            #expect(
                await fields(HistoryDraft(kind: "award", year: "2022", value: "TTLDXS")) == ["value"],
                "a collective title for a person")
            #expect(await fields(HistoryDraft(kind: "award", year: "2022", value: "KHONG_CO")) == ["value"])
            #expect(
                await fields(HistoryDraft(kind: "discipline", value: "warning", from: "01/09/2021", to: "01/03/2021"))
                    == ["to"])
            #expect(await fields(HistoryDraft(kind: "pending", value: "complaint")) == ["from"])
            #expect(try await t.store.history.entries(of: .person, person.id).count == 1)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func customCodesExtendTheCatalogue(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (person, _) = try await Self.person(t.store)
            let service = HistoryService(store: t.store, account: Self.admin)
            // MUT
            let flag = try await service.addCustomCode(
                code: "bk_lmhtx", name: "Bằng khen của Liên minh HTX Việt Nam", kind: .award, subjectKind: nil)
            let entry = try await service.add(
                HistoryDraft(kind: "award", year: "2023", value: "BK_LMHTX"), to: .person, person.id, today: Self.today)
            // validation
            #expect(flag.code == "BK_LMHTX")
            #expect(entry.value == "BK_LMHTX")
            await #expect(throws: DomainError.self) {
                _ = try await service.addCustomCode(code: "LDTT", name: "Trùng", kind: .title, subjectKind: .person)
            }
            let officer = HistoryService(
                store: t.store,
                account: Account(username: "c", displayName: "c", role: .unitOfficer, unitID: person.unitID))
            await #expect(throws: DomainError.forbidden) {
                _ = try await officer.addCustomCode(code: "X1", name: "X", kind: .award, subjectKind: nil)
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func everyChangeIsAuditedInAnUnbrokenChain(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup (the migrations' own events come first)
            let base = try await t.store.audit.head().seq
            let (person, unit) = try await Self.person(t.store)
            let officer = Account(username: "canbo01", displayName: "Cán bộ", role: .unitOfficer, unitID: unit.id)
            let service = HistoryService(store: t.store, account: officer)
            // MUT
            let entry = try await service.add(
                HistoryDraft(kind: "rating", year: "2023", value: "good"), to: .person, person.id, today: Self.today)
            _ = try await service.update(
                entry.id, version: 1, HistoryDraft(kind: "rating", year: "2023", value: "excellent"), today: Self.today)
            _ = try await service.withdraw(entry.id, reason: "Nhập nhầm người")
            // validation
            let events = try await t.store.audit.events(after: base, limit: 100)
            #expect(events.map(\.action) == [.create, .create, .create, .update, .withdraw])
            #expect(
                events.map(\.entity) == [
                    "org_units", "people", "history_entries", "history_entries", "history_entries",
                ])
            #expect(events[4].newValue?.contains("Nhập nhầm người") == true)
            #expect(events[2].actor == "canbo01")
            #expect(events[3].oldValue?.contains("\"good\"") == true)
            #expect(events[3].newValue?.contains("\"excellent\"") == true)
            #expect(events.allSatisfy { $0.unitID == unit.id })
            #expect(try await AuditService(store: t.store).verify() == .intact(count: Int(base) + 5))
            let own = try await AuditService(store: t.store).list(for: officer)
            #expect(own.total == 5)
            let stranger = Account(username: "canbo02", displayName: "Khác", role: .unitOfficer, unitID: UUID())
            #expect(try await AuditService(store: t.store).list(for: stranger).total == 0)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aWithdrawnEntryIsKeptOutOfTheRecordAndCanComeBack(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (person, unit) = try await Self.person(t.store)
            let officer = Account(username: "canbo01", displayName: "Cán bộ", role: .unitOfficer, unitID: unit.id)
            let service = HistoryService(store: t.store, account: officer)
            let entry = try await service.add(
                HistoryDraft(kind: "rating", year: "2023", value: "excellent"), to: .person, person.id,
                today: Self.today)
            // MUT: no reason is refused and changes nothing
            await #expect(throws: DomainError.self) { _ = try await service.withdraw(entry.id, reason: "  ") }
            #expect(try await service.history(of: .person, person.id).entries.map(\.id) == [entry.id])
            // MUT
            let withdrawn = try await service.withdraw(entry.id, reason: "Trùng với quyết định đã nhập")
            // validation: out of the record (eligibility reads `entries`), kept with its reason
            var history = try await service.history(of: .person, person.id)
            #expect(history.entries.isEmpty)
            #expect(history.withdrawn.map(\.entry) == [entry])
            #expect(withdrawn.reason == "Trùng với quyết định đã nhập")
            #expect(withdrawn.withdrawnBy == "canbo01")
            // a new rating for the same year is allowed once the old one is out; then the old one cannot come back
            let replacement = try await service.add(
                HistoryDraft(kind: "rating", year: "2023", value: "good"), to: .person, person.id, today: Self.today)
            await #expect(throws: DomainError.self) { _ = try await service.restore(entry.id) }
            _ = try await service.withdraw(replacement.id, reason: "Nhập nhầm")
            // MUT: restore
            let restored = try await service.restore(entry.id)
            history = try await service.history(of: .person, person.id)
            #expect(restored == entry)
            #expect(history.entries == [entry])
            #expect(history.withdrawn.map(\.entry.id) == [replacement.id])
            guard case .intact = try await AuditService(store: t.store).verify() else {
                Issue.record("withdrawing and restoring broke the audit chain or a version check")
                return
            }
            // another unit's officer can neither withdraw nor restore
            let stranger = HistoryService(
                store: t.store, account: Account(username: "x", displayName: "x", role: .unitOfficer, unitID: UUID()))
            await #expect(throws: DomainError.self) { _ = try await stranger.withdraw(entry.id, reason: "x") }
            await #expect(throws: DomainError.self) { _ = try await stranger.restore(replacement.id) }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anAlteredOrRemovedEventBreaksTheChain(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let base = try await t.store.audit.head().seq
            _ = try await Self.person(t.store)
            let audit = AuditService(store: t.store)
            #expect(try await audit.verify() == .intact(count: Int(base) + 2))
            // MUT: change the new value of the unit's event directly in the table
            try await t.db.sql.update("audit_events").set("new_value", to: "{\"name\":\"giả mạo\"}").where(
                "seq", .equal, base + 1
            ).run()
            // validation
            #expect(try await audit.verify() == .broken(seq: base + 1, reason: "nội dung đã bị sửa sau khi ghi"))
            // MUT: restore by recomputing its hash: the next event's link now breaks
            let forged = try #require(try await t.store.audit.events(after: base, limit: 1).first)
            try await t.db.sql.update("audit_events").set("hash", to: AuditChain.hash(of: forged)).where(
                "seq", .equal, base + 1
            ).run()
            #expect(try await audit.verify() == .broken(seq: base + 2, reason: "mã băm của sự kiện trước không khớp"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aDeletedTailIsNoticed(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let base = try await t.store.audit.head().seq
            _ = try await Self.person(t.store)
            // MUT
            try await t.db.sql.delete(from: "audit_events").where("seq", .equal, base + 2).run()
            // validation
            guard case .broken(let seq, _) = try await AuditService(store: t.store).verify() else {
                Issue.record("a removed last event went unnoticed")
                return
            }
            #expect(seq == base + 2)
        }
    }
}
