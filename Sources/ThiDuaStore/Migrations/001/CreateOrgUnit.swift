import FluentKit
import SQLKit

struct CreateOrgUnit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("org_units")
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("short_name", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references("org_units", "id"))
            .field("active_from", .string)
            .field("active_to", .string)
            .field("search_key", .string, .required)
            .field("version", .int, .required)
            .unique(on: "code")
            .create()
        try await (database as! any SQLDatabase).create(index: "org_units_search_key").on("org_units").column(
            "search_key"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("org_units").delete()
    }
}
