import FluentKit
import SQLKit

struct CreateBloc: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("blocs")
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("note", .string, .required)
            .field("active_to", .string)
            .field("search_key", .string, .required)
            .field("version", .int, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("blocs").delete()
    }
}
