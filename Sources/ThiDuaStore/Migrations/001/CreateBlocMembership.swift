import FluentKit
import SQLKit

struct CreateBlocMembership: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bloc_memberships")
            .id()
            .field("bloc_id", .uuid, .required, .references("blocs", "id"))
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .field("year", .int, .required)
            .field("role", .string, .required)
            .unique(on: "bloc_id", "unit_id", "year")
            .create()
        try await (database as! any SQLDatabase).create(index: "bloc_memberships_unit").on("bloc_memberships").column(
            "unit_id"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bloc_memberships").delete()
    }
}
