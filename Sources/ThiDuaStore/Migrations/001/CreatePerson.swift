import FluentKit
import SQLKit

struct CreatePerson: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("full_name", .string, .required)
            .field("gender", .string, .required)
            .field("birth_year", .int)
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .field("position", .string, .required)
            .field("status", .string, .required)
            .field("search_key", .string, .required)
            .field("sort_key", .string, .required)
            .field("version", .int, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "people_unit").on("people").column("unit_id").run()
        try await sql.create(index: "people_sort_key").on("people").column("sort_key").run()
        try await sql.create(index: "people_search_key").on("people").column("search_key").run()

        try await database.schema("person_assignments")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("unit_id", .uuid, .required, .references("org_units", "id"))
            .field("position", .string, .required)
            .field("from_date", .string, .required)
            .field("to_date", .string)
            .create()
        try await sql.create(index: "person_assignments_person").on("person_assignments").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("person_assignments").delete()
        try await database.schema("people").delete()
    }
}
