import FluentKit
import SQLKit

/// A bloc membership added by a secretary waits for the admin (`confirmed`); existing ones are confirmed.
struct AddMembershipConfirmation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bloc_memberships")
            .field("confirmed", .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bloc_memberships").deleteField("confirmed").update()
    }
}
