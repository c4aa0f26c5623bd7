import FluentKit
import SQLKit

/// Ballots (a document each), the voter roll (who voted, nothing else) and the ballots cast (receipt hash and
/// choices, nothing else). No column of the last two holds a time, a sequence or a voter.
struct CreateBallotTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ballots")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("bloc_id", .uuid, .references("blocs", "id")).field("year", .int, .required)
            .field("position", .int, .required)
            .create()
        try await database.schema("ballot_voters")
            .field("ballot_id", .uuid, .required, .references("ballots", "id"))
            .field("voter", .string, .required)
            .unique(on: "ballot_id", "voter")
            .create()
        try await database.schema("ballot_papers")
            .id()
            .field("ballot_id", .uuid, .required, .references("ballots", "id"))
            .field("receipt_hash", .string, .required).field("choices", .string, .required)
            .unique(on: "ballot_id", "receipt_hash")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "ballots_bloc_year").on("ballots").column("bloc_id").column("year").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["ballot_papers", "ballot_voters", "ballots"] { try await database.schema(table).delete() }
    }
}
