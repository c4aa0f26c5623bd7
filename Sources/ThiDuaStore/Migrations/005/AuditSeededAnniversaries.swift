import FluentKit
import SQLKit
import ThiDuaCore

/// The anniversaries migration 004 seeds were written without audit events; `audit verify` now checks that
/// every versioned record has one, so each is recorded as created by the migration.
struct AuditSeededAnniversaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let rows = try await sql.select().column("document").from("anniversaries").all()
        let audited = Set(
            try await sql.select().column("entity_id").from("audit_events").where("entity", .equal, "anniversaries")
                .all()
                .map { try $0.decode(column: "entity_id", as: String.self) })
        let seeded = try rows.map(DocumentTable<Anniversary>.decode).filter {
            !audited.contains($0.id.uuidString.lowercased())
        }
        guard !seeded.isEmpty else { return }
        try await database.transaction { tx in
            try await FluentAuditRepository(db: tx).recordMany(
                seeded.map {
                    AuditChange(
                        .create, entity: "anniversaries", id: $0.id.uuidString.lowercased(), unitID: nil,
                        old: nil as Anniversary?, new: $0)
                },
                actor: "thidua-migrate")
        }
    }

    func revert(on database: any Database) async throws {}
}
