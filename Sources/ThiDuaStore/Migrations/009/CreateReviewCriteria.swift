import FluentKit

/// A bloc's criteria set per year, stored as one document (a table is read and written whole, at most 200 lines).
struct CreateReviewCriteria: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("review_criteria")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("bloc_id", .uuid, .required, .references("blocs", "id")).field("year", .int, .required)
            .unique(on: "bloc_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_criteria").delete()
    }
}
