import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentBallotRepository: BallotRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<Ballot> { DocumentTable(db: db, actor: actor, table: "ballots") }

    /// In the order they were set up.
    func list(bloc: UUID, year: Int) async throws -> [Ballot] {
        try await table.select {
            $0.where("bloc_id", .equal, bloc).where("year", .equal, year).orderBy("position").orderBy("id")
        }
    }

    func find(_ id: UUID) async throws -> Ballot? { try await table.find(id) }

    /// Numbered after the ballots already set up for the same bloc and year (the order of the meeting).
    func insert(_ b: Ballot) async throws {
        var count = db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("ballots")
            .where("year", .equal, b.year)
        count = b.blocID.map { count.where("bloc_id", .equal, $0) } ?? count.where("bloc_id", .is, SQLLiteral.null)
        let position = try await count.first()?.decode(column: "n", as: Int.self) ?? 0
        try await table.insert(
            b, columns: [("bloc_id", b.blocID), ("year", b.year), ("position", position + 1)], unit: nil)
    }

    func update(_ b: Ballot) async throws -> Ballot {
        try await table.update(b, what: "Cuộc bỏ phiếu", columns: [], unit: nil)
    }

    func cast(ballot: UUID, voter: BallotVoter, _ paper: StoredBallot) async throws {
        try await db.audited(as: actor) { tx, audit in
            try await tx.sql.insert(into: "ballot_voters").columns("ballot_id", "voter")
                .values(SQLBind(ballot), SQLBind(voter.key)).run()
            try await Self.insertPapers([paper], ballot: ballot, on: tx.sql)
            // The event names the ballot and the voter's unit: "unit X voted", never what it chose.
            try await audit.record(
                .create, "ballot_voters", id: ballot, unit: voter.unitID, old: nil as CastVote?,
                new: CastVote(ballotID: ballot))
        }
    }

    func voters(of ballot: UUID) async throws -> [String] {
        try await db.sql.select().column("voter").from("ballot_voters").where("ballot_id", .equal, ballot)
            .orderBy("voter").all().map { try $0.decode(column: "voter", as: String.self) }
    }

    func votesCast(in ballot: UUID) async throws -> Int {
        let row = try await db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("ballot_voters").where("ballot_id", .equal, ballot).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    func papers(of ballot: UUID) async throws -> [StoredBallot] {
        try await db.sql.select().columns("receipt_hash", "choices").from("ballot_papers")
            .where("ballot_id", .equal, ballot).orderBy("receipt_hash").all().map(Self.paper)
    }

    func rewriteInHashOrder(ballot: UUID) async throws {
        try await db.transaction { tx in
            let sql = tx.sql
            let papers = try await FluentBallotRepository(db: tx, actor: actor).papers(of: ballot)
            // SQLite overwrites deleted content with zeros instead of leaving it in free pages.
            if sql.dialect.name == "sqlite" { try await sql.raw("PRAGMA secure_delete = ON").run() }
            try await sql.delete(from: "ballot_papers").where("ballot_id", .equal, ballot).run()
            // New random ids, inserted in receipt-hash order: rowids, heap positions and transaction ids now
            // follow the hashes, which no one can link to a voter.
            for start in stride(from: 0, to: papers.count, by: 500) {
                try await Self.insertPapers(
                    Array(papers[start..<min(start + 500, papers.count)]), ballot: ballot, on: sql)
            }
        }
    }

    func forgetCastingOrder() async throws {
        let sql = db.sql
        if sql.dialect.name == "sqlite" {
            // The WAL still holds the pages as they were while voting; fold it in and empty it.
            try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        } else {
            // Rewrites the table: the deleted rows, in casting order, leave the data files.
            try await sql.raw("VACUUM FULL ballot_papers").run()
        }
    }

    static func insertPapers(_ papers: [StoredBallot], ballot: UUID, on sql: any SQLDatabase) async throws {
        guard !papers.isEmpty else { return }
        var insert = sql.insert(into: "ballot_papers").columns("id", "ballot_id", "receipt_hash", "choices")
        for p in papers {
            let choices = p.choices.map { $0.uuidString.lowercased() }.sorted().joined(separator: ",")
            insert = insert.values(SQLBind(UUID()), SQLBind(ballot), SQLBind(p.receiptHash), SQLBind(choices))
        }
        try await insert.run()
    }

    static func paper(_ row: any SQLRow) throws -> StoredBallot {
        let choices = try row.decode(column: "choices", as: String.self)
        return StoredBallot(
            receiptHash: try row.decode(column: "receipt_hash", as: String.self),
            choices: choices.split(separator: ",").map { part in
                guard let id = UUID(uuidString: String(part)) else {
                    // A ballot the count cannot read is reported, never silently dropped.
                    return UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                }
                return id
            })
    }
}
