import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The bloc's criteria set on both databases: who writes it, the copy from last year, the lock when scoring opens,
/// and a change after it only with a reason.
@Suite struct ReviewCriteriaStoreTests {
    static let table = CriteriaSet(
        groups: [
            CriterionGroup(
                code: "I", title: "Tổ chức phong trào", maxPoints: 10_000,
                criteria: [
                    ScoringCriterion(code: "1.1", title: "Kế hoạch thi đua", maxPoints: 4000),
                    ScoringCriterion(code: "1.2", title: "Kết quả thực hiện", maxPoints: 6000, evidenceRequired: true),
                ])
        ])

    @Test(arguments: DatabaseKind.available)
    func theSecretaryWritesItOthersCannotAndABadTableWritesNothing(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await MovementStoreTests.world(t.store)
            var bad = Self.table
            bad.groups[0].maxPoints = 9000
            // MUT
            let refused = await #expect(throws: DomainError.self) {
                try await ReviewCriteriaService(store: t.store, account: w.officer).save(
                    bloc: w.bloc.id, year: 2026, set: Self.table, version: 0)
            }
            let invalid = await #expect(throws: DomainError.self) {
                try await ReviewCriteriaService(store: t.store, account: w.secretary).save(
                    bloc: w.bloc.id, year: 2026, set: bad, version: 0)
            }
            let nothing = try await t.store.reviewCriteria.find(bloc: w.bloc.id, year: 2026)
            let saved = try await ReviewCriteriaService(store: t.store, account: w.secretary).save(
                bloc: w.bloc.id, year: 2026, set: Self.table, version: 0)
            let stale = await #expect(throws: DomainError.self) {
                try await ReviewCriteriaService(store: t.store, account: w.admin).save(
                    bloc: w.bloc.id, year: 2026, set: Self.table, version: 0)
            }
            // validation
            #expect(refused == .forbidden)
            if case .invalid(let errors)? = invalid {
                #expect(errors.contains { $0.message.contains("phải bằng điểm tối đa của nhóm") })
            } else {
                Issue.record("\(String(describing: invalid))")
            }
            #expect(nothing == nil)
            #expect(try await t.store.reviewCriteria.find(bloc: w.bloc.id, year: 2026) == saved)
            #expect(saved.set.maxScore == 10_000)
            if case .staleVersion? = stale {} else { Issue.record("\(String(describing: stale))") }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func lastYearsTableIsCopiedOnce(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await MovementStoreTests.world(t.store)
            let service = ReviewCriteriaService(store: t.store, account: w.secretary)
            let last = try await service.save(bloc: w.bloc.id, year: 2025, set: Self.table, version: 0)
            _ = try await service.openScoring(bloc: w.bloc.id, year: 2025, version: last.version)
            // MUT
            let none = await #expect(throws: DomainError.self) {
                try await service.copyLastYear(bloc: w.bloc.id, year: 2025)
            }
            let copy = try await service.copyLastYear(bloc: w.bloc.id, year: 2026)
            let again = await #expect(throws: DomainError.self) {
                try await service.copyLastYear(bloc: w.bloc.id, year: 2026)
            }
            let older = await #expect(throws: DomainError.self) {
                try await service.copyLastYear(bloc: w.bloc.id, year: 2024)
            }
            // validation
            #expect(copy.set == Self.table)
            #expect(!copy.isLocked)  // a copy starts open for editing
            if case .conflict? = none {} else { Issue.record("\(String(describing: none))") }
            if case .conflict? = again {} else { Issue.record("\(String(describing: again))") }
            if case .invalid(let e)? = older {
                #expect(e.first?.message == "Khối chưa có bảng tiêu chí năm 2023 để sao chép.")
            } else {
                Issue.record("\(String(describing: older))")
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func onceScoringOpensAChangeNeedsAReasonAndIsKept(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await MovementStoreTests.world(t.store)
            let service = ReviewCriteriaService(store: t.store, account: w.secretary)
            let created = try await service.save(bloc: w.bloc.id, year: 2026, set: Self.table, version: 0)
            let day = LocalDate(year: 2026, month: 12, day: 1)!
            let opened = try await service.openScoring(
                bloc: w.bloc.id, year: 2026, version: created.version, today: day)
            var changed = Self.table
            changed.groups[0].criteria[0].guidance = "Kế hoạch ban hành trước ngày 31/3"
            // MUT
            let noReason = await #expect(throws: DomainError.self) {
                try await service.save(bloc: w.bloc.id, year: 2026, set: changed, version: opened.version)
            }
            let twice = await #expect(throws: DomainError.self) {
                try await service.openScoring(bloc: w.bloc.id, year: 2026, version: opened.version)
            }
            let edited = try await service.save(
                bloc: w.bloc.id, year: 2026, set: changed, version: opened.version,
                reason: "Bổ sung hướng dẫn theo ý kiến các đơn vị", today: day)
            // validation
            #expect(opened.isLocked && opened.scoringOpenedOn == day)
            if case .invalid(let e)? = noReason {
                #expect(e.first?.field == "reason")
            } else {
                Issue.record("no reason accepted")
            }
            if case .conflict? = twice {} else { Issue.record("\(String(describing: twice))") }
            #expect(edited.version == opened.version + 1)
            #expect(
                edited.changes == [
                    CriteriaChange(
                        version: opened.version + 1, reason: "Bổ sung hướng dẫn theo ý kiến các đơn vị",
                        account: "thuky",
                        on: day)
                ])
            let stored = try await t.store.reviewCriteria.find(bloc: w.bloc.id, year: 2026)
            #expect(stored?.set.groups[0].criteria[0].guidance == "Kế hoạch ban hành trước ngày 31/3")
            #expect(stored?.isLocked == true)
        }
    }
}
