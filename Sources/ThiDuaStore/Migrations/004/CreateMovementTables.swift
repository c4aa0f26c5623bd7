import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

/// Anniversaries, movements, registrations, pacts and their signatures, exemplary models. Aggregates are JSON
/// documents beside their filter columns (see DocumentTable).
struct CreateMovementTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("anniversaries")
            .id().field("document", .string, .required).field("version", .int, .required).field(
                "active", .bool, .required
            )
            .create()
        try await database.schema("movements")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("year", .int, .required).field("status", .string, .required)
            .field("scope_kind", .string, .required).field("scope_id", .uuid)
            .create()
        try await database.schema("registrations")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("movement_id", .uuid, .required, .references("movements", "id"))
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .unique(on: "movement_id", "unit_id")
            .create()
        try await database.schema("pacts")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("bloc_id", .uuid, .required, .references("blocs", "id")).field("year", .int, .required)
            .unique(on: "bloc_id", "year")
            .create()
        try await database.schema("pact_signatures")
            .id()
            .field("pact_id", .uuid, .required, .references("pacts", "id"))
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .field("signed_by", .string, .required).field("account", .string, .required).field(
                "signed_on", .string, .required
            )
            .unique(on: "pact_id", "unit_id")
            .create()
        try await database.schema("exemplary_models")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("published", .bool, .required).field("year", .int, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "movements_year").on("movements").column("year").run()
        // A new organization starts with the common anniversaries; the admin edits them and adds its own.
        for a in Anniversary.defaults {
            try await sql.insert(into: "anniversaries").columns("id", "document", "version", "active")
                .values(SQLBind(a.id), SQLBind(try DocumentTable<Anniversary>.json(a)), SQLBind(1), SQLBind(true)).run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["exemplary_models", "pact_signatures", "pacts", "registrations", "movements", "anniversaries"] {
            try await database.schema(table).delete()
        }
    }
}
