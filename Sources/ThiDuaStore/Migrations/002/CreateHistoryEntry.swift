import FluentKit
import SQLKit

struct CreateHistoryEntry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("history_entries")
            .id()
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("owner_unit_id", .uuid, .required, .references("org_units", "id"))
            .field("kind", .string, .required)
            .field("year", .int)
            .field("value", .string, .required)
            .field("title", .string, .required)
            .field("from_date", .string)
            .field("to_date", .string)
            .field("decision_number", .string, .required)
            .field("decision_date", .string)
            .field("authority", .string, .required)
            .field("commendation_type", .string)
            .field("revoked", .bool, .required)
            .field("version", .int, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "history_entries_subject").on("history_entries").column("subject_id").column("kind")
            .run()
        try await sql.create(index: "history_entries_owner").on("history_entries").column("owner_unit_id").run()
        // At most one rating per subject and year, whatever the code does.
        try await sql.raw(
            "CREATE UNIQUE INDEX history_entries_one_rating ON history_entries (subject_kind, subject_id, year) WHERE kind = 'rating'"
        ).run()

        try await database.schema("custom_award_codes")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("subject_kind", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("custom_award_codes").delete()
        try await database.schema("history_entries").delete()
    }
}
