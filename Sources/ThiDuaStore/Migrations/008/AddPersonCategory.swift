import FluentKit
import SQLKit

/// Who a person is in the law's eyes (`Person.Category`); people stored before it are public employees.
struct AddPersonCategory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .field("category", .string, .required, .sql(.default("publicEmployee")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").deleteField("category").update()
    }
}
