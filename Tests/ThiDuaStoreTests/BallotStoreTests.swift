import FluentKit
import Foundation
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The secret ballot on both databases: its rules (electorate, a second vote, a vote after the close, a self-vote),
/// the paper count, the runoff, the recount, and that nothing stored pairs a voter with a choice.
@Suite struct BallotStoreTests {
    struct Meeting {
        var w: MovementStoreTests.World
        var members: [OrgUnit]
        var ballot: Ballot
        func officer(_ unit: OrgUnit) -> Account {
            Account(
                username: "cb-" + unit.code.lowercased(), displayName: unit.name, role: .unitOfficer, unitID: unit.id)
        }
    }

    /// The 2022 members vote; the first `candidates` of them stand.
    static func meeting(
        _ store: FluentDataStore, candidates: Int = 5, seats: Int = 2, selfVote: Bool = true,
        mode: Ballot.Mode = .electronic, voters: Int? = nil, rule: VoteRule = .blocDefault
    ) async throws -> Meeting {
        let w = try await MovementStoreTests.world(store)
        let members = try await store.blocs.members(of: w.bloc.id, year: 2022).map(\.unit).sorted { $0.code < $1.code }
        let draft = BallotDraft(
            question: "Suy tôn đơn vị dẫn đầu Khối năm 2022", candidateUnits: members.prefix(candidates).map(\.id),
            seats: seats, maxChoices: seats, voterUnits: members.prefix(voters ?? members.count).map(\.id),
            rule: rule, selfVoteAllowed: selfVote, mode: mode)
        let ballot = try await BallotService(store: store, account: w.secretary).create(
            bloc: w.bloc.id, year: 2022, draft)
        return Meeting(w: w, members: members, ballot: ballot)
    }

    static func message(_ e: DomainError?) -> String { e?.message ?? "" }

    @Test(arguments: DatabaseKind.available)
    func onlyTheElectorateVotesOnceWhileOpenAndBadVotesWriteNothing(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: 3 of the 15 members vote, self-votes are not allowed; DV01 heads the bloc in 2022
            let m = try await Self.meeting(t.store, selfVote: false, voters: 3)
            let (a, b, c) = (m.members[0], m.members[1], m.members[2])
            let outsider = m.members[5]
            let service = { (account: Account) in BallotService(store: t.store, account: account) }
            // MUT
            let early = await #expect(throws: DomainError.self) {
                try await service(m.officer(a)).cast(m.ballot.id, choices: [b.id])
            }
            let notChair = await #expect(throws: DomainError.self) {
                try await service(m.officer(b)).open(m.ballot.id, version: 1)
            }
            let opened = try await service(m.officer(a)).open(m.ballot.id, version: 1)  // the head unit chairs
            let receipt = try await service(m.officer(a)).cast(m.ballot.id, choices: [b.id, c.id])
            let second = await #expect(throws: DomainError.self) {
                try await service(m.officer(a)).cast(m.ballot.id, choices: [c.id])
            }
            let selfVote = await #expect(throws: DomainError.self) {
                try await service(m.officer(b)).cast(m.ballot.id, choices: [b.id])
            }
            let tooMany = await #expect(throws: DomainError.self) {
                try await service(m.officer(b)).cast(m.ballot.id, choices: [a.id, c.id, m.members[3].id])
            }
            let outside = await #expect(throws: DomainError.self) {
                try await service(m.officer(outsider)).cast(m.ballot.id, choices: [a.id])
            }
            let whileOpen = try await service(m.officer(outsider)).view(m.ballot.id)
            _ = try await service(m.officer(b)).cast(m.ballot.id, choices: [a.id, c.id])
            let closed = try await service(m.w.secretary).close(m.ballot.id, version: opened.version)
            let late = await #expect(throws: DomainError.self) {
                try await service(m.officer(c)).cast(m.ballot.id, choices: [a.id])
            }
            let after = try await service(m.officer(a)).view(m.ballot.id)
            // validation
            #expect(Self.message(early).contains("chưa mở"))
            #expect(notChair == .forbidden)
            #expect(receipt.count == 19)
            #expect(Self.message(second).contains("đã bỏ phiếu"))
            #expect(Self.message(selfVote).contains("không cho đơn vị tự bỏ phiếu cho mình"))
            #expect(Self.message(tooMany).contains("tối đa 2"))
            #expect(Self.message(outside).contains("không có quyền biểu quyết"))
            #expect(Self.message(late).contains("đã kết thúc"))
            // the refused votes wrote nothing: two ballots, two names on the roll
            #expect(whileOpen.votesCast == 1 && whileOpen.papers.isEmpty && !whileOpen.canVote)
            #expect(after.votesCast == 2 && after.papers.count == 2 && after.hasVoted)
            #expect(after.papers.contains { $0.receiptHash == BallotReceipt.hash(receipt) })
            let result = try #require(closed.result)
            #expect(result.electorate == 3 && result.cast == 2 && result.valid == 2 && result.quorumMet)
            // more than half of 3 voters is 2 votes: C (2) is elected, A and B (1 each) are not
            #expect(result.elected == [c.id])
            #expect(try await service(m.w.admin).verify(m.ballot.id).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func nothingStoredPairsAVoterWithAChoice(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: 15 units vote in a known order, each for a choice that its place in the order decides
            let m = try await Self.meeting(t.store, candidates: 5, seats: 1)
            let sql = t.db as! any SQLDatabase
            let isSQLite = sql.dialect.name == "sqlite"
            _ = try await BallotService(store: t.store, account: m.w.secretary).open(m.ballot.id, version: 1)
            let pattern = m.members.indices.map { i in m.members[i % 5].id }
            var receipts: [String] = []
            for (i, unit) in m.members.enumerated() {
                receipts.append(
                    try await BallotService(store: t.store, account: m.officer(unit)).cast(
                        m.ballot.id, choices: [pattern[i]]))
            }
            func storedOrder() async throws -> [(hash: String, choices: String)] {
                // The order a reader of the table sees: no ORDER BY, then the engine's own row order.
                let physical = isSQLite ? "rowid" : "ctid"
                let rows = try await sql.raw(
                    "SELECT receipt_hash, choices FROM ballot_papers ORDER BY \(unsafeRaw: physical)"
                ).all()
                // Whole rows: a covering index would otherwise hand back the index's order, not the table's.
                let plain = try await sql.raw("SELECT receipt_hash, choices FROM ballot_papers").all()
                let result = try rows.map {
                    (
                        try $0.decode(column: "receipt_hash", as: String.self),
                        try $0.decode(column: "choices", as: String.self)
                    )
                }
                #expect(try plain.map { try $0.decode(column: "receipt_hash", as: String.self) } == result.map(\.0))
                return result
            }
            let truth = pattern.map { $0.uuidString.lowercased() }
            let before = try await storedOrder()
            // MUT
            _ = try await BallotService(store: t.store, account: m.w.secretary).close(m.ballot.id, version: 2)
            let after = try await storedOrder()
            // validation
            // The control: while open, the rows follow the casting order, so the close has something to undo.
            #expect(before.map(\.choices) == truth)
            // After the close, the rows follow the receipts' hashes, and no longer the casting order.
            #expect(after.map(\.hash) == receipts.map(BallotReceipt.hash).sorted())
            #expect(after.map(\.choices) != truth)
            #expect(Set(after.map(\.hash)) == Set(before.map(\.hash)))
            // The tables hold nothing else that could link: no time, no sequence, no voter.
            let paperColumns = try await sql.raw("SELECT * FROM ballot_papers").all().first?.allColumns.sorted()
            #expect(paperColumns == ["ballot_id", "choices", "id", "receipt_hash"])
            let rollColumns = try await sql.raw("SELECT * FROM ballot_voters").all().first?.allColumns.sorted()
            #expect(rollColumns == ["ballot_id", "voter"])
            if !isSQLite {
                // Every ballot row was written by the closing transaction.
                let xmins = try await sql.raw("SELECT DISTINCT xmin::text AS x FROM ballot_papers").all()
                #expect(xmins.count == 1)
            }
            // The audit log says who voted, never what: no event holds a receipt hash or a choice.
            let events = try await t.store.audit.events(after: 0, limit: 10_000)
            let votes = events.filter { $0.entity == "ballot_voters" }
            #expect(votes.count == 15)
            #expect(votes.allSatisfy { $0.oldValue == nil && $0.newValue == nil })
            #expect(votes.allSatisfy { $0.entityID == m.ballot.id.uuidString.lowercased() })
            #expect(Set(votes.compactMap(\.unitID)) == Set(m.members.map(\.id)))
            let logged = events.compactMap { ($0.oldValue ?? "") + ($0.newValue ?? "") }.joined()
            #expect(!receipts.map(BallotReceipt.hash).contains { logged.contains($0) })
            // The ballot's document carries the count and its hash, not the ballots.
            let document = try await sql.raw("SELECT document FROM ballots").all().first?.decode(
                column: "document", as: String.self)
            #expect(!receipts.map(BallotReceipt.hash).contains { document?.contains($0) == true })
            #expect(try await BallotService(store: t.store, account: m.w.admin).verify(m.ballot.id).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aTieOnTheLastSeatGoesToARunoffAndTheRecountCatchesATamperedBallot(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: 4 voters, 1 seat, "từ 50% trở lên"; A and B get 2 votes each
            var rule = VoteRule.blocDefault
            rule.strictlyAbove = false
            let m = try await Self.meeting(t.store, candidates: 3, seats: 1, voters: 4, rule: rule)
            let (a, b) = (m.members[0], m.members[1])
            let chair = BallotService(store: t.store, account: m.w.secretary)
            _ = try await chair.open(m.ballot.id, version: 1)
            for (i, unit) in m.members.prefix(4).enumerated() {
                _ = try await BallotService(store: t.store, account: m.officer(unit)).cast(
                    m.ballot.id, choices: [i < 2 ? a.id : b.id])
            }
            // MUT
            let closed = try await chair.close(m.ballot.id, version: 2)
            let runoff = try await chair.runoff(m.ballot.id)
            let again = await #expect(throws: DomainError.self) { try await chair.runoff(m.ballot.id) }
            let sql = t.db as! any SQLDatabase
            try await sql.raw("UPDATE ballot_papers SET choices = \(bind: b.id.uuidString.lowercased())").run()
            let differences = try await chair.verify(m.ballot.id)
            // validation
            #expect(closed.result?.elected == [] && Set(closed.result?.runoff ?? []) == [a.id, b.id])
            #expect(runoff.runoffOf == m.ballot.id && Set(runoff.question.candidates) == [a.id, b.id])
            #expect(runoff.question.seats == 1 && runoff.electorate == m.ballot.electorate)
            if case .conflict? = again {} else { Issue.record("\(String(describing: again))") }
            #expect(differences.contains { $0.contains("Mã băm tập phiếu") })
            #expect(differences.contains { $0.contains("\(b.name): đã ghi 2 phiếu, đếm lại 4") })
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aPaperCountIsCheckedThenRecordedWithItsCountingBoard(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: 15 present, 2 seats, counted on paper
            let m = try await Self.meeting(t.store, candidates: 4, seats: 2, mode: .paper)
            let ids = m.members.prefix(4).map(\.id)
            let chair = BallotService(store: t.store, account: m.officer(m.members[0]))  // DV01, the head in 2022
            let wrong = PaperCount(cast: 16, invalid: 0, votes: [ids[0]: 20], countingBoard: [])
            let right = PaperCount(
                cast: 14, invalid: 1, votes: [ids[0]: 13, ids[1]: 12, ids[2]: 1], countingBoard: ["Nguyễn Văn A", " "])
            // MUT
            let cannotOpen = await #expect(throws: DomainError.self) { try await chair.open(m.ballot.id, version: 1) }
            let refused = await #expect(throws: DomainError.self) {
                try await chair.enterPaperCount(m.ballot.id, version: 1, wrong)
            }
            let unchanged = try await t.store.ballots.find(m.ballot.id)
            let voteOnPaper = await #expect(throws: DomainError.self) {
                try await BallotService(store: t.store, account: m.officer(m.members[1])).cast(
                    m.ballot.id, choices: [ids[0]])
            }
            let closed = try await chair.enterPaperCount(m.ballot.id, version: 1, right)
            // validation
            if case .conflict? = cannotOpen {} else { Issue.record("\(String(describing: cannotOpen))") }
            #expect(Set(refused?.fields ?? []) == ["cast", "votes", "countingBoard"])
            #expect(unchanged == m.ballot)
            #expect(Self.message(voteOnPaper).contains("bỏ phiếu giấy"))
            let result = try #require(closed.result)
            // quorum: 14 of 15 present ≥ 67%; more than half of 15 is 8 votes
            #expect(result.quorumMet && result.valid == 13)
            #expect(Set(result.elected) == [ids[0], ids[1]])
            #expect(closed.paper?.countingBoard == ["Nguyễn Văn A"] && closed.status == .closed)
        }
    }
}
