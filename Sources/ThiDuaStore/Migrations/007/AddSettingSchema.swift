import FluentKit

/// Each stored setting says which shape its JSON follows (`SettingKey.schema`); those saved so far follow 1.
struct AddSettingSchema: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organization_settings")
            .field("schema", .int, .required, .sql(.default(1)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organization_settings").deleteField("schema").update()
    }
}
