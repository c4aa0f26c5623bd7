import FluentKit

struct CreateOrganizationSetting: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organization_settings")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .field("version", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organization_settings").delete()
    }
}
