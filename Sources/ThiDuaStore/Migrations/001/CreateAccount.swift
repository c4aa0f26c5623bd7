import FluentKit
import SQLKit

struct CreateAccount: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("accounts")
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("unit_id", .uuid, .references("org_units", "id"))
            .field("bloc_id", .uuid, .references("blocs", "id"))
            .field("password_hash", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .double, .required)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("accounts").delete()
    }
}
