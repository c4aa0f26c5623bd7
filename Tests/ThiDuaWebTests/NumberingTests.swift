import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Document numbers cannot collide or skip: 50 launches at once, through a real server, take 50 numbers.
@Suite struct NumberingTests {
    struct Launch: Content {
        var version = 1
        var status = "launched"
        var on = "2031-01-05"
    }

    @Test(arguments: DatabaseKind.available)
    func fiftyLaunchesAtOnceTakeFiftyNumbersWithoutAGap(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: 50 drafts of one bloc in a year nobody has numbered yet
            let admin = try #require(try await app.store.accounts.find(username: "admin"))
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let service = MovementService(store: app.store, account: admin)
            var ids: [UUID] = []
            for i in 0..<50 {
                let m = try await service.create(
                    MovementDraft(
                        year: "2031", kind: "thematic", scopeKind: "bloc", scopeID: bloc.id.uuidString,
                        title: "Phong trào thử số \(ConcurrentWriteTests.letters(i))", periodFrom: "2031-01-01",
                        periodTo: "2031-12-31"))
                ids.append(m.id)
            }
            let token = try #require(try await Client.api(app, "admin").token)
            // A connection for each request, and time for 50 writes in a row on a loaded machine.
            app.http.client.configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
            app.http.client.configuration.timeout = .init(connect: .seconds(60), read: .seconds(300))
            // MUT: every launch at once
            let statuses = try await withRunningServer(app) { base in
                await withTaskGroup(of: String.self) { group in
                    for id in ids {
                        group.addTask {
                            do {
                                let res = try await app.client.post(
                                    URI(string: "\(base)/api/v1/movements/\(id)/status"),
                                    headers: ["Authorization": "Bearer \(token)"]
                                ) {
                                    try $0.content.encode(Launch(), as: .json)
                                }
                                return String(res.status.code)
                            } catch {
                                return "\(error)"
                            }
                        }
                    }
                    var all: [String] = []
                    for await s in group { all.append(s) }
                    return all
                }
            }
            // validation: all answered 200; the numbers are 1…50, each once
            #expect(statuses.filter { $0 != "200" }.isEmpty, "\(statuses.sorted())")
            var numbers: [Int] = []
            for id in ids { numbers += [try await app.store.movements.find(id)?.planNumber].compactMap { $0 } }
            #expect(numbers.sorted() == Array(1...50))
            let series = NumberSeries(.launchPlan, issuer: NumberSeries.issuer(.bloc, bloc.id), year: 2031)
            #expect(try await app.store.numbers.last(series) == 50)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func twoMovementsCannotBeStoredWithOneNumber(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: a launched movement with its number
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            var m = Movement(
                year: 2031, kind: .thematic, scopeKind: .bloc, scopeID: bloc.id, title: "Phong trào có số",
                theme: "", slogans: [], launchedBy: "", periodFrom: LocalDate(year: 2031, month: 1, day: 1)!,
                periodTo: LocalDate(year: 2031, month: 12, day: 31)!, status: .launched)
            m.planNumber = 7
            try await app.store.movements.insert(m)
            // MUT: another with the same number, written past the numbering service
            var copy = m
            copy.id = UUID()
            copy.title = "Phong trào trùng số"
            // validation: the unique index refuses it
            await #expect(throws: (any Error).self) { try await app.store.movements.insert(copy) }
        }
    }
}
