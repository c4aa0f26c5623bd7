import FluentKit
import SQLKit
import ThiDuaCore

/// The first databases were seeded with names that are not the official ones ("Ngày giải phóng Miền Nam").
/// Each seeded row still carrying an old name gets the official one, as an audited change by the migration;
/// a name the admin has already changed is left alone.
struct RenameSeededAnniversaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let renames = Dictionary(uniqueKeysWithValues: Anniversary.renamedDefaults.map { ($0.old, $0.new) })
        let table = DocumentTable<Anniversary>(db: database, actor: "thidua-migrate", table: "anniversaries")
        for var a in try await table.select({ $0 }) {
            guard let official = renames[a.name] else { continue }
            a.name = official
            _ = try await table.update(a, what: "Ngày kỷ niệm", columns: [("active", a.active)], unit: nil)
        }
    }

    func revert(on database: any Database) async throws {}
}
