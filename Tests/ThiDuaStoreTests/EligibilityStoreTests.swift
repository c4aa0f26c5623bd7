import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The engine over stored histories, on both databases: compaction, member counts, sweeps, settings.
@Suite struct EligibilityStoreTests {
    static let admin = HistoryRepositoryTests.admin
    static let today = HistoryRepositoryTests.today

    @Test(arguments: DatabaseKind.available)
    func aStoredHistoryIsEvaluatedWithReasons(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: CSTĐCS 2022–2024 and a ministry-scope initiative make CSTĐ cấp bộ for 2024
            let (person, _) = try await HistoryRepositoryTests.person(t.store)
            let history = HistoryService(store: t.store, account: Self.admin)
            for year in 2022...2024 {
                _ = try await history.add(
                    HistoryDraft(kind: "rating", year: String(year), value: "excellent"), to: .person, person.id,
                    today: Self.today)
                _ = try await history.add(
                    HistoryDraft(kind: "award", year: String(year), value: "CSTDCS"), to: .person, person.id,
                    today: Self.today)
            }
            _ = try await history.add(
                HistoryDraft(kind: "initiative", year: "2023", value: "ministry", title: "Số hóa"), to: .person,
                person.id, today: Self.today)
            let service = EligibilityService(store: t.store, account: Self.admin)
            // MUT
            let results = try await service.forPerson(person.id, year: 2024)
            // validation
            let cstdBo = try #require(results.first { $0.code == "CSTD_BO" })
            #expect(cstdBo.outcome == .eligible)
            #expect(
                cstdBo.reasons.first { $0.rule == "CSTDBO-1" }?.text
                    == "Có 3/3 năm liên tục đạt CSTĐCS (2022, 2023, 2024).")
            #expect(results.map(\.code) == Catalogue.entries.filter { $0.subjectKinds.contains(.person) }.map(\.code))
            // A revoked title breaks the streak.
            let entry = try #require(
                try await t.store.history.entries(of: .person, person.id).first { $0.kind == .award && $0.year == 2023 }
            )
            _ = try await history.update(
                entry.id, version: entry.version,
                HistoryDraft(kind: "award", year: "2023", value: "CSTDCS", revoked: true), today: Self.today)
            #expect(
                try await service.forPerson(person.id, year: 2024).first { $0.code == "CSTD_BO" }?.outcome
                    == .notEligible)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aCollectivesMembersAreCountedFromTheirHistories(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: 4 members; 3 LĐTT, 1 CSTĐCS, all completed; one disciplined with a warning in 2024
            let org = OrganizationService(store: t.store, account: Self.admin)
            let unit = try await org.createUnit(OrgUnitDraft(code: "DV09", name: "Ban Kiểm tra", kind: "department"))
            let people = PeopleService(store: t.store, account: Self.admin)
            let history = HistoryService(store: t.store, account: Self.admin)
            var members: [Person] = []
            for (i, name) in ["Lê Văn An", "Trần Thị Bình", "Phạm Thu Hà", "Đỗ Minh Đức"].enumerated() {
                let p = try await people.create(
                    PersonDraft(fullName: name, gender: i % 2 == 0 ? "male" : "female", unitID: unit.id))
                members.append(p)
                _ = try await history.add(
                    HistoryDraft(kind: "rating", year: "2024", value: "good"), to: .person, p.id, today: Self.today)
                if i < 3 {
                    _ = try await history.add(
                        HistoryDraft(kind: "award", year: "2024", value: "LDTT"), to: .person, p.id, today: Self.today)
                }
            }
            _ = try await history.add(
                HistoryDraft(kind: "award", year: "2024", value: "CSTDCS"), to: .person, members[0].id,
                today: Self.today)
            _ = try await history.add(
                HistoryDraft(kind: "rating", year: "2024", value: "excellent"), to: .collective, unit.id,
                today: Self.today)
            let service = EligibilityService(store: t.store, account: Self.admin)
            // MUT
            let before = try await service.forUnit(unit.id, year: 2024)
            _ = try await history.add(
                HistoryDraft(kind: "discipline", value: "warning", from: "2024-02-01", to: "2024-08-01"), to: .person,
                members[3].id, today: Self.today)
            let after = try await service.forUnit(unit.id, year: 2024)
            // validation
            #expect(before.first { $0.code == "TTLDTT" }?.outcome == .eligible)
            #expect(before.first { $0.code == "TTLDXS" }?.outcome == .eligible)
            #expect(
                before.first { $0.code == "TTLDXS" }?.reasons.first { $0.rule == "TTLDXS-3" }?.text
                    == "3/4 thành viên đạt LĐTT (75%); cần 70%.")
            #expect(after.first { $0.code == "TTLDTT" }?.outcome == .notEligible)
            #expect(after.first { $0.code == "TTLDXS" }?.outcome == .manualCheck)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aSweepRanksAndAppliesTheQuotaWithWomenFirstOnEqualMerit(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: 2023 (old regime, 15% quota of LĐTT holders): 10 LĐTT holders, 3 eligible for CSTĐCS, cap 1
            let org = OrganizationService(store: t.store, account: Self.admin)
            let unit = try await org.createUnit(OrgUnitDraft(code: "DV07", name: "Văn phòng", kind: "department"))
            let people = PeopleService(store: t.store, account: Self.admin)
            let history = HistoryService(store: t.store, account: Self.admin)
            let names =
                ["Nguyễn Văn Nam", "Trần Thị Lan", "Lê Văn Hùng"]
                + ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa"].map { "Phạm Văn \($0)" }
            var ids: [String: UUID] = [:]
            for (i, name) in names.enumerated() {
                let p = try await people.create(
                    PersonDraft(fullName: name, gender: name.contains("Thị") ? "female" : "male", unitID: unit.id))
                ids[name] = p.id
                _ = try await history.add(
                    HistoryDraft(kind: "rating", year: "2023", value: "good"), to: .person, p.id, today: Self.today)
                _ = try await history.add(
                    HistoryDraft(kind: "award", year: "2023", value: "LDTT"), to: .person, p.id, today: Self.today)
                if i < 3 {
                    _ = try await history.add(
                        HistoryDraft(kind: "initiative", year: "2023", value: "grassroots", title: "Sáng kiến \(i)"),
                        to: .person, p.id, today: Self.today)
                }
            }
            let service = EligibilityService(store: t.store, account: Self.admin)
            // MUT
            let result = try await service.sweep(code: "CSTDCS", year: 2023, scope: .unit(unit.id))
            // validation
            let quota = try #require(result.quota)
            #expect((quota.base, quota.cap, quota.binds, quota.baseIsRecorded) == (10, 1, true, true))
            let eligible = result.rows.filter { $0.result.outcome == .eligible }
            #expect(eligible.count == 3)
            // equal merit: the woman first
            #expect(eligible[0].subject.id == ids["Trần Thị Lan"]!.uuidString.lowercased())
            #expect(eligible[0].withinQuota == true)
            #expect(eligible[0].note?.contains("ưu tiên vì là nữ") == true)
            #expect(eligible[1].withinQuota == false && eligible[2].withinQuota == false)
            #expect(eligible[1].note?.contains("Ngoài chỉ tiêu 15% (tối đa 1 trên 10 LĐTT)") == true)
            // 2024: no quota by default.
            #expect(try await service.sweep(code: "CSTDCS", year: 2024, scope: .unit(unit.id)).quota == nil)
            // A kept sweep is not served once something changed: a fourth initiative makes a fourth eligible.
            _ = try await history.add(
                HistoryDraft(kind: "initiative", year: "2023", value: "grassroots", title: "Sáng kiến 3"),
                to: .person, ids["Phạm Văn An"]!, today: Self.today)
            let again = try await service.sweep(code: "CSTDCS", year: 2023, scope: .unit(unit.id))
            #expect(again.rows.filter { $0.result.outcome == .eligible }.count == 4)
            // A scope the account may not sweep is refused even when another account's sweep of it is kept.
            let officer = EligibilityService(
                store: t.store, account: Account(username: "x", displayName: "x", role: .unitOfficer, unitID: UUID()))
            await #expect(throws: DomainError.self) {
                _ = try await officer.sweep(code: "CSTDCS", year: 2023, scope: .unit(unit.id))
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func settingsAreVersionedAndOnlyTheAdminChangesThem(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let unit = try await OrganizationService(store: t.store, account: Self.admin).createUnit(
                OrgUnitDraft(code: "DV01", name: "Văn phòng", kind: "department"))
            let officer = Account(username: "canbo01", displayName: "Cán bộ", role: .unitOfficer, unitID: unit.id)
            let service = EligibilityService(store: t.store, account: Self.admin)
            var changed = EligibilitySettings.defaults
            changed.cstdcsQuotaPercent = 10
            // MUT
            let initial = try await service.settings()
            let v1 = try await service.save(changed, version: 0)
            let stale = await #expect(throws: DomainError.self) { try await service.save(.defaults, version: 0) }
            let refused = await #expect(throws: DomainError.self) {
                try await EligibilityService(store: t.store, account: officer).save(.defaults, version: 1)
            }
            var bad = changed
            bad.coCPQuotaPercent = 120
            let invalid = await #expect(throws: DomainError.self) { try await service.save(bad, version: 1) }
            // validation
            #expect(initial.settings == .defaults && initial.version == 0)
            #expect(v1 == 1)
            #expect(try await service.settings().settings == changed)
            #expect(stale.map { if case .staleVersion = $0 { true } else { false } } == true)
            #expect(refused.map { $0 == .forbidden } == true)
            #expect(invalid.map { if case .invalid = $0 { true } else { false } } == true)
            #expect(try await t.store.audit.list(AuditFilter(entity: "organization_settings")).items.count == 1)
        }
    }
}
