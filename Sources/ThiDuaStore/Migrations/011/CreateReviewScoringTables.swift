import FluentKit
import SQLKit

/// The review's scoring: the review per bloc and year, each unit's self-assessment, each reviewer's cross-scoring
/// (a document each), and the evidence files, stored once by their SHA-256 in the database so that every server
/// instance reads the same files.
struct CreateReviewScoringTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bloc_reviews")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("bloc_id", .uuid, .required, .references("blocs", "id")).field("year", .int, .required)
            .field("published_on", .string)
            .unique(on: "bloc_id", "year")
            .create()
        try await database.schema("unit_assessments")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("bloc_id", .uuid, .required, .references("blocs", "id")).field("year", .int, .required)
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .unique(on: "bloc_id", "year", "unit_id")
            .create()
        try await database.schema("peer_reviews")
            .id().field("document", .string, .required).field("version", .int, .required)
            .field("bloc_id", .uuid, .required, .references("blocs", "id")).field("year", .int, .required)
            .field("reviewer_id", .uuid, .required, .references("org_units", "id"))
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .unique(on: "bloc_id", "year", "reviewer_id", "unit_id")
            .create()
        try await database.schema("evidence_files")
            .field("sha256", .string, .identifier(auto: false))
            .field("kind", .string, .required).field("size", .int, .required)
            .field("content", .data, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "bloc_reviews_published").on("bloc_reviews").column("published_on").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["evidence_files", "peer_reviews", "unit_assessments", "bloc_reviews"] {
            try await database.schema(table).delete()
        }
    }
}
