import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// One use case, one transaction: the database refuses a write midway (`FailureInjection`), and nothing the use
/// case wrote before it is left, on both databases.
@Suite struct TransactionTests {
    static let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)

    private static func draft(_ bloc: Bloc, title: String) -> MovementDraft {
        MovementDraft(
            year: "2030", kind: "thematic", scopeKind: "bloc", scopeID: bloc.id.uuidString, title: title,
            periodFrom: "2030-03-01", periodTo: "2030-12-31")
    }

    @Test(arguments: DatabaseKind.available)
    func aLaunchThatFailsGivesItsNumberBack(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: a draft; the launch's save of the movement will be refused after the number is taken
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let service = MovementService(store: app.store, account: Self.admin)
            let first = try await service.create(Self.draft(bloc, title: "Phong trào thử giao dịch một"))
            let second = try await service.create(Self.draft(bloc, title: "Phong trào thử giao dịch hai"))
            let series = NumberSeries(.launchPlan, issuer: NumberSeries.issuer(.bloc, bloc.id), year: 2030)
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "movements")
            // MUT 1: the launch fails midway
            await #expect(throws: (any Error).self) {
                try await service.advance(
                    first.id, to: .launched, on: LocalDate(year: 2030, month: 3, day: 1)!, version: 1)
            }
            // validation 1: still a draft, and the counter did not move
            #expect(try await app.store.movements.find(first.id)?.status == .draft)
            #expect(try await app.store.numbers.last(series) == 0)
            // MUT 2: the database accepts writes again; both launch
            try await injection.disarm()
            let launched = [
                try await service.advance(
                    second.id, to: .launched, on: LocalDate(year: 2030, month: 3, day: 2)!, version: 1),
                try await service.advance(
                    first.id, to: .launched, on: LocalDate(year: 2030, month: 3, day: 3)!, version: 1),
            ]
            // validation 2: numbers 1 and 2, no gap
            #expect(launched.map(\.planNumber) == [1, 2])
            #expect(try await app.store.numbers.last(series) == 2)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aWithdrawalThatFailsLeavesTheEntryWhereItWas(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup: a person's rating; the withdrawal's audit event will be refused after the move to the archive
            let entry = try #require(try await app.store.everyHistoryEntry().first { $0.subjectKind == .person })
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "history_entries")
            // MUT
            await #expect(throws: (any Error).self) {
                try await HistoryService(store: app.store, account: Self.admin).withdraw(entry.id, reason: "Nhập nhầm")
            }
            // validation: the entry is still there, and nothing was archived
            try await injection.disarm()
            #expect(try await app.store.history.find(entry.id) == entry)
            #expect(try await app.store.history.withdrawn(of: .person, entry.subjectID).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anImportThatFailsAfterItsFirstBatchWritesNobody(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: 1,200 new people, written 500 at a time; the 700th person's event is refused
            let before = try await app.store.everyPerson().count
            let head = try await app.store.audit.head()
            var rows = [["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị", "Chức vụ"]]
            for i in 0..<1200 {
                rows.append([
                    "Người Nhập \(ConcurrentWriteTests.letters(i))", i % 2 == 0 ? "Nam" : "Nữ", "1980",
                    String(format: "DV%02d", 1 + i % 15), "Chuyên viên",
                ])
            }
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "people", failOn: 700)
            // MUT
            await #expect(throws: (any Error).self) { try await ImportTests.importRows(app, .people, rows) }
            // validation: nobody was added, and the change log did not grow
            try await injection.disarm()
            #expect(try await app.store.everyPerson().count == before)
            #expect(try await app.store.audit.head().seq == head.seq)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aRotationThatFailsKeepsTheOldHead(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the bloc's head this year, and another member to take over; the second write is refused
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let year = try #require(try await app.store.blocs.years(of: bloc.id).max())
            let members = try await app.store.blocs.members(of: bloc.id, year: year)
            let head = try #require(members.first { $0.membership.role == .head })
            let next = try #require(members.first { $0.membership.role == .member })
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "bloc_memberships", failOn: 2)
            // MUT: the new head demotes the old one, then is refused
            await #expect(throws: (any Error).self) {
                try await OrganizationService(store: app.store, account: Self.admin).setMembership(
                    bloc: bloc.id, unit: next.unit.id, year: year, role: .head)
            }
            // validation: the old head is still head, the other still a member
            try await injection.disarm()
            let after = try await app.store.blocs.members(of: bloc.id, year: year)
            #expect(after.first { $0.unit.id == head.unit.id }?.membership.role == .head)
            #expect(after.first { $0.unit.id == next.unit.id }?.membership.role == .member)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aPactRewriteAndASignatureTakeTurns(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: this year's pact, unsigned; one unit signs while the secretary rewrites it
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let year = 2030
            let pacts = PactService(store: app.store, account: Self.admin)
            let pact = try await pacts.save(bloc: bloc.id, year: year, text: "Giao ước ban đầu", version: 0)
            let members = try await app.store.blocs.latestMembers(of: bloc.id, upTo: year).members
            let unit = try #require(members.first?.unit)
            // MUT: both at once
            let rewritten = Task {
                try await pacts.save(bloc: bloc.id, year: year, text: "Giao ước đã sửa", version: pact.version)
            }
            try await pacts.sign(
                bloc: bloc.id, year: year, unit: unit.id, signedBy: "Nguyễn Văn A – Giám đốc",
                today: LocalDate(year: 2030, month: 1, day: 10)!)
            let rewrite = await rewritten.result
            // validation: the signature stands on the text it was given, whichever came first
            let stored = try #require(try await app.store.pacts.find(bloc: bloc.id, year: year))
            #expect(try await app.store.pacts.signatures(of: pact.id).count == 1)
            switch rewrite {
            case .success: #expect(stored.text == "Giao ước đã sửa")  // the rewrite came first, then the signature
            case .failure: #expect(stored.text == "Giao ước ban đầu")  // refused: somebody had signed
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aMoveThatFailsKeepsThePersonAndTheirAssignment(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: a person of DV01 moving to DV02; the person's save is refused after the old assignment closed
            let (dv01, dv02) = (
                try #require(try await app.store.units.find(code: "DV01")),
                try #require(try await app.store.units.find(code: "DV02"))
            )
            let person = try #require(try await app.store.people.people(inUnits: [dv01.id], status: .working).first)
            let assignments = try await app.store.people.assignments(of: person.id)
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "people")
            // MUT
            await #expect(throws: (any Error).self) {
                try await PeopleService(store: app.store, account: Self.admin).move(
                    person.id, version: person.version,
                    PersonMove(toUnitID: dv02.id, position: "Chuyên viên", on: LocalDate(year: 2026, month: 6, day: 1)!)
                )
            }
            // validation: still in DV01, with the same open assignment
            try await injection.disarm()
            #expect(try await app.store.people.find(person.id) == person)
            #expect(try await app.store.people.assignments(of: person.id) == assignments)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aCopyOfLastYearThatFailsCopiesNobody(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the bloc's latest year copied into the next; the third membership is refused
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let from = try #require(try await app.store.blocs.years(of: bloc.id).max())
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "bloc_memberships", failOn: 3)
            // MUT
            await #expect(throws: (any Error).self) {
                try await OrganizationService(store: app.store, account: Self.admin).copyMembership(
                    bloc: bloc.id, from: from, to: from + 1)
            }
            // validation: the new year has no member at all
            try await injection.disarm()
            #expect(try await app.store.blocs.members(of: bloc.id, year: from + 1).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aRestoreThatFailsLeavesTheEntryWithdrawn(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup: an entry withdrawn; its restore's event is refused after the entry went back
            let entry = try #require(try await app.store.everyHistoryEntry().first { $0.subjectKind == .person })
            let service = HistoryService(store: app.store, account: Self.admin)
            _ = try await service.withdraw(entry.id, reason: "Nhập nhầm người")
            let injection = FailureInjection(app: app, kind: database)
            try await injection.arm(entity: "history_entries")
            // MUT
            await #expect(throws: (any Error).self) { try await service.restore(entry.id) }
            // validation: still withdrawn, not back in the record
            try await injection.disarm()
            #expect(try await app.store.history.find(entry.id) == nil)
            #expect(try await app.store.history.withdrawn(of: .person, entry.subjectID).map(\.entry.id) == [entry.id])
        }
    }
}
