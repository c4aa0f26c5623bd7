import FluentKit
import SQLKit

/// Signed checkpoints of the audit chain's head, and an index to find an anchor hash in the chain.
struct CreateAuditCheckpoint: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_checkpoints")
            .field("seq", .int64, .identifier(auto: false))
            .field("hash", .string, .required)
            .field("at_ms", .int64, .required)
            .field("mac", .string, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "audit_events_hash").on("audit_events").column("hash")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_checkpoints").delete()
    }
}
