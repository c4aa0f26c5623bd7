import FluentKit
import SQLKit

/// Withdrawn history entries: the entry as it was (JSON), why, by whom, when.
struct CreateHistoryWithdrawal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("history_withdrawals")
            .id()
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("owner_unit_id", .uuid, .required, .references("org_units", "id"))
            .field("entry", .string, .required)
            .field("reason", .string, .required)
            .field("withdrawn_by", .string, .required)
            .field("withdrawn_at_ms", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "history_withdrawals_subject").on("history_withdrawals").column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("history_withdrawals").delete()
    }
}
