import FluentKit
import SQLKit
import ThiDuaCore

struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .field("seq", .int64, .identifier(auto: false))
            .field("at_ms", .int64, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("unit_id", .uuid)
            .field("old_value", .string)
            .field("new_value", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_events_unit").on("audit_events").column("unit_id").run()
        try await sql.create(index: "audit_events_entity").on("audit_events").column("entity").column("entity_id").run()

        // One row that every writer updates first: it serializes appends, so the chain never forks.
        try await database.schema("audit_head")
            .field("id", .int, .identifier(auto: false))
            .field("seq", .int64, .required)
            .field("hash", .string, .required)
            .create()
        try await sql.insert(into: "audit_head").columns("id", "seq", "hash").values(
            SQLBind(1), SQLBind(Int64(0)), SQLBind(AuditChain.genesis)
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_head").delete()
        try await database.schema("audit_events").delete()
    }
}
