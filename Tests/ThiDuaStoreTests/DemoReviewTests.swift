import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The demo's 2022 review, on both databases: the table, the 15 assessments, the cross-scoring settled, the
/// published ranking, and the meeting's two ballots, the electronic one recountable.
@Suite struct DemoReviewTests {
    @Test(arguments: DatabaseKind.available)
    func theMeetingOfSixJanuary2023IsReproduced(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            _ = try await DemoData.load(into: t.store, hasher: PlainHasher(), histories: false)
            let bloc = try #require(try await t.store.blocs.find(code: DemoData.blocCode))
            let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)
            // MUT
            let results = try await ReviewResultsService(store: t.store, account: admin).results(
                bloc: bloc.id, year: 2022)
            let ballots = try await t.store.ballots.list(bloc: bloc.id, year: 2022)
            let document = ReviewResultsDocument(results, ballots: ballots)
            let electronic = try #require(ballots.first { $0.mode == .electronic })
            let recount = try await BallotService(store: t.store, account: admin).verify(electronic.id)
            let papers = try await t.store.ballots.papers(of: electronic.id)
            // validation
            #expect(results.criteria.set.maxScore == 10_000 && results.criteria.isLocked)
            #expect(results.criteria.set.bonusCap == 500 && results.criteria.set.penaltyCap == 500)
            #expect(results.units.count == 15 && results.units.allSatisfy { $0.assessment?.status == .submitted })
            #expect(results.units.filter { $0.assessment?.late == true }.count == 1)
            #expect(results.review.assignments.count == 15)
            #expect(results.review.publishedOn == LocalDate(year: 2023, month: 1, day: 6))
            #expect(!results.review.decisions.isEmpty)
            #expect(results.rows.allSatisfy { !$0.pending } && results.rows.map(\.rank).first == 1)
            #expect(ballots.count == 2 && ballots.allSatisfy { $0.status == .closed })
            #expect(ballots.first?.mode == .electronic)  // the results list the electronic ballot first
            let leading = try #require(electronic.result)
            #expect(leading.cast == 15 && leading.quorumMet && leading.elected == [results.rows[0].unit])
            #expect(papers.count == 15 && recount.isEmpty)
            let paper = try #require(ballots.first { $0.mode == .paper }?.result)
            #expect(paper.elected.count == 3)
            #expect(document.bloc == DemoData.blocCode && document.maxScore == 100 && document.units.count == 15)
            #expect(document.ballots.first { $0.id == electronic.id }?.candidates.map(\.votes).sorted() == [1, 3, 11])
        }
    }
}
