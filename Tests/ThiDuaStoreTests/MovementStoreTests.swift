import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The movement cycle on both databases, with the demo's organization (without its histories).
@Suite struct MovementStoreTests {
    struct World {
        var store: FluentDataStore
        var bloc: Bloc
        var dv01: OrgUnit
        var dv02: OrgUnit
        var admin = Account(username: "admin", displayName: "Quản trị", role: .admin)
        var leader = Account(username: "lanhdao", displayName: "Lãnh đạo Liên minh", role: .leader)
        var officer: Account
        var otherOfficer: Account
        var secretary: Account
    }

    static func world(_ store: FluentDataStore) async throws -> World {
        _ = try await DemoData.load(into: store, hasher: PlainHasher(), histories: false, review: false)
        let bloc = try #require(try await store.blocs.find(code: DemoData.blocCode))
        let dv01 = try #require(try await store.units.find(code: "DV01"))
        let dv02 = try #require(try await store.units.find(code: "DV02"))
        return World(
            store: store, bloc: bloc, dv01: dv01, dv02: dv02,
            officer: Account(username: "canbo01", displayName: "Cán bộ DV01", role: .unitOfficer, unitID: dv01.id),
            otherOfficer: Account(username: "canbo02", displayName: "Cán bộ DV02", role: .unitOfficer, unitID: dv02.id),
            secretary: Account(username: "thuky", displayName: "Thư ký khối", role: .blocSecretary, blocID: bloc.id))
    }

    static func draft(_ w: World, deadline: String = "2026-12-31") -> MovementDraft {
        MovementDraft(
            year: "2026", kind: "thematic", scopeKind: "bloc", scopeID: w.bloc.id.uuidString,
            title: "Thi đua chào mừng Ngày Quốc khánh",
            periodFrom: "2026-08-01", periodTo: "2026-09-02", targets: "Hoàn thành kế hoạch",
            codes: ["LDTT", "CSTD_BO", "TTLDTT"],
            registrationDeadline: deadline)
    }

    @Test(arguments: DatabaseKind.available)
    func aLeaderLaunchesAndTheStatusOnlyMovesForward(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await Self.world(t.store)
            let leader = MovementService(store: t.store, account: w.leader)
            let nationalDay = try #require(
                try await t.store.anniversaries.directory().first { $0.name == "Ngày Quốc khánh" })
            var d = Self.draft(w)
            d.anniversaryID = nationalDay.id.uuidString
            // MUT
            let created = try await leader.create(d)
            let officerSees = try await MovementService(store: t.store, account: w.officer).list(
                MovementFilter(year: 2026))
            let refused = await #expect(throws: DomainError.self) {
                try await MovementService(store: t.store, account: w.officer).advance(
                    created.id, to: .launched, on: LocalDate(year: 2026, month: 7, day: 20)!, version: 1)
            }
            let skip = await #expect(throws: DomainError.self) {
                try await leader.advance(
                    created.id, to: .closed, on: LocalDate(year: 2026, month: 7, day: 20)!, version: 1)
            }
            let launched = try await leader.advance(
                created.id, to: .launched, on: LocalDate(year: 2026, month: 7, day: 20)!, version: 1)
            let copy = try await leader.copyToNextYear(created.id)
            // validation
            #expect(officerSees.isEmpty)  // a draft is not shown to those who cannot manage it
            #expect(refused == .notFound("phong trào"))  // a draft the officer cannot manage is not there for them
            #expect(skip.map { if case .conflict = $0 { true } else { false } } == true)
            #expect(launched.status == .launched && launched.planNumber == 1 && launched.version == 2)
            #expect(
                launched.history == [
                    Movement.StatusChange(
                        status: .launched, on: LocalDate(year: 2026, month: 7, day: 20)!, by: "Lãnh đạo Liên minh")
                ])
            #expect(
                try await MovementService(store: t.store, account: w.officer).list(MovementFilter(year: 2026)).map(\.id)
                    == [created.id])
            #expect(
                copy.year == 2027 && copy.status == .draft && copy.periodTo == LocalDate(year: 2027, month: 9, day: 2)
                    && copy.anniversaryID == nationalDay.id)
            #expect(
                try await leader.calendar(year: 2026).first { $0.anniversary.id == nationalDay.id }?.label
                    == "Kỷ niệm 81 năm Ngày Quốc khánh (02/9/1945-02/9/2026)")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func registrationsKeepToTheUnitTheDeadlineAndWarnOfImpossibleTargets(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await Self.world(t.store)
            let leader = MovementService(store: t.store, account: w.leader)
            let m = try await leader.advance(
                try await leader.create(Self.draft(w, deadline: "2026-08-15")).id, to: .launched,
                on: LocalDate(year: 2026, month: 8, day: 1)!, version: 1)
            let person = try #require(
                try await t.store.everyPerson().first { $0.unitID == w.dv01.id && $0.status == .working })
            let officer = RegistrationService(store: t.store, account: w.officer)
            let early = LocalDate(year: 2026, month: 8, day: 10)!
            let late = LocalDate(year: 2026, month: 8, day: 20)!
            // MUT
            let (registration, warnings) = try await officer.register(
                m.id, unit: w.dv01.id, collective: ["TTLDTT"], individual: [person.id: ["LDTT", "CSTD_BO"]],
                version: 0, today: early)
            let otherUnit = await #expect(throws: DomainError.self) {
                try await officer.register(
                    m.id, unit: w.dv02.id, collective: [], individual: [:], version: 0, today: early)
            }
            let tooLate = await #expect(throws: DomainError.self) {
                try await RegistrationService(store: t.store, account: w.otherOfficer).register(
                    m.id, unit: w.dv02.id, collective: ["TTLDTT"], individual: [:], version: 0, today: late)
            }
            _ = try await RegistrationService(store: t.store, account: w.admin).register(
                m.id, unit: w.dv02.id, collective: ["TTLDTT"], individual: [:], version: 0, today: late)
            let wrongKind = await #expect(throws: DomainError.self) {
                try await officer.register(
                    m.id, unit: w.dv01.id, collective: ["LDTT"], individual: [:], version: 1, today: early)
            }
            let (_, secretaryView) = try await RegistrationService(store: t.store, account: w.secretary).participation(
                m.id)
            let (_, officerView) = try await officer.participation(m.id)
            // validation
            #expect(
                registration.individual == [
                    Registration.IndividualTarget(personID: person.id, codes: ["CSTD_BO", "LDTT"])
                ])
            #expect(warnings.map(\.code) == ["CSTD_BO"])  // no CSTĐCS in 2024 and 2025: three in a row is out of reach
            #expect(warnings.first?.reasons.first?.contains("thiếu năm 2024, 2025") == true)
            #expect(otherUnit == .notFound("đơn vị"))
            #expect(tooLate.map { if case .conflict = $0 { true } else { false } } == true)
            #expect(wrongKind.map { if case .invalid = $0 { true } else { false } } == true)
            #expect(secretaryView.count == 15)
            #expect(secretaryView.filter { $0.registration == nil }.count == 13)
            #expect(secretaryView.first { $0.unit.id == w.dv02.id }?.late == true)
            #expect(officerView.map(\.unit.id) == [w.dv01.id])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func thePactIsWrittenByTheSecretaryAndSignedOncePerUnit(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await Self.world(t.store)
            let secretary = PactService(store: t.store, account: w.secretary)
            let day = LocalDate(year: 2026, month: 1, day: 15)!
            // MUT
            let refused = await #expect(throws: DomainError.self) {
                try await PactService(store: t.store, account: w.officer).save(
                    bloc: w.bloc.id, year: 2026, text: "Giao ước", version: 0)
            }
            let pact = try await secretary.save(
                bloc: w.bloc.id, year: 2026, text: "Giao ước thi đua năm 2026\n1. Đoàn kết.", version: 0)
            try await PactService(store: t.store, account: w.officer).sign(
                bloc: w.bloc.id, year: 2026, unit: w.dv01.id, signedBy: "Phạm Công Bằng – Tổng Giám đốc", today: day)
            let twice = await #expect(throws: DomainError.self) {
                try await PactService(store: t.store, account: w.officer).sign(
                    bloc: w.bloc.id, year: 2026, unit: w.dv01.id, signedBy: "Phạm Công Bằng", today: day)
            }
            let forOther = await #expect(throws: DomainError.self) {
                try await PactService(store: t.store, account: w.officer).sign(
                    bloc: w.bloc.id, year: 2026, unit: w.dv02.id, signedBy: "Ai đó", today: day)
            }
            let edit = await #expect(throws: DomainError.self) {
                try await secretary.save(bloc: w.bloc.id, year: 2026, text: "Sửa", version: pact.version)
            }
            let status = try await secretary.status(bloc: w.bloc.id, year: 2026)
            // validation
            #expect(refused == .forbidden)
            #expect(twice.map { if case .conflict = $0 { true } else { false } } == true)
            #expect(forOther == .forbidden)
            #expect(edit.map { if case .conflict = $0 { true } else { false } } == true)
            #expect(status.members.filter { $0.signature != nil }.map(\.unit.id) == [w.dv01.id])
            #expect(
                status.members.first { $0.unit.id == w.dv01.id }?.signature?.signedBy
                    == "Phạm Công Bằng – Tổng Giám đốc")
            // The demo's 2022 pact: signed by all 15.
            #expect(try await secretary.status(bloc: w.bloc.id, year: 2022).members.allSatisfy { $0.signature != nil })
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theBulletinNeverShowsAnythingUnpublished(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let w = try await Self.world(t.store)
            let leader = MovementService(store: t.store, account: w.leader)
            var draft = Self.draft(w)
            draft.title = "Dự thảo chưa phát động"
            let unlaunched = try await leader.create(draft)
            var closedDraft = Self.draft(w)
            closedDraft.title = "Phong trào có kết quả chưa công bố"
            var closed = try await leader.advance(
                try await leader.create(closedDraft).id, to: .launched, on: LocalDate(year: 2026, month: 8, day: 1)!,
                version: 1)
            closed = try await leader.advance(
                closed.id, to: .closed, on: LocalDate(year: 2026, month: 9, day: 5)!, version: closed.version,
                results: "Kết quả nội bộ")
            let models = ExemplaryModelService(store: t.store, account: w.admin)
            let hidden = try await models.create(
                kind: "person", subjectID: "", name: "Gương chưa công bố", summary: "Nội dung", year: "2026")
            let shown = try await models.create(
                kind: "person", subjectID: "", name: "Gương đã công bố", summary: "Nội dung", year: "2026")
            _ = try await models.setPublished(
                shown.id, true, version: 1, today: LocalDate(year: 2026, month: 9, day: 10)!)
            // MUT
            let b = try await BulletinService(store: t.store).bulletin()
            // validation
            #expect(!b.movements.contains { $0.id == unlaunched.id })
            #expect(b.movements.allSatisfy { $0.status != .draft })
            #expect(b.movements.contains { $0.id == closed.id })
            #expect(!b.results.contains { $0.id == closed.id })
            #expect(b.results.allSatisfy { $0.resultsPublished })
            #expect(b.models.map(\.name).contains("Gương đã công bố"))
            #expect(!b.models.contains { $0.id == hidden.id })
            #expect(!b.models.contains { $0.name == "Gương điển hình chờ duyệt" })  // the demo's unpublished one
            #expect(b.results.contains { $0.title == "Phong trào thi đua năm 2022 của Khối thi đua" })
        }
    }
}
