import FluentKit
import SQLKit

/// Sessions, API tokens and failed sign-ins: the state that lets several app instances share sign-in.
struct CreateSignInTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("sessions")
            .field("id", .string, .identifier(auto: false))
            .field("data", .string, .required)
            .field("expires_at", .double, .required)
            .create()
        try await sql.create(index: "sessions_expires_at").on("sessions").column("expires_at").run()

        try await database.schema("api_tokens")
            .id()
            .field("token_hash", .string, .required)
            .field("account_id", .uuid, .required, .references("accounts", "id"))
            .field("created_at", .double, .required)
            .field("expires_at", .double, .required)
            .field("revoked_at", .double)
            .unique(on: "token_hash")
            .create()

        try await database.schema("login_failures")
            .id()
            .field("key", .string, .required)
            .field("at", .double, .required)
            .create()
        try await sql.create(index: "login_failures_key_at").on("login_failures").column("key").column("at").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["login_failures", "api_tokens", "sessions"] {
            try await database.schema(table).delete()
        }
    }
}
