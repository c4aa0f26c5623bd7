import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentSettingsRepository: SettingsRepository {
    let db: any Database
    var actor = "system"

    func load(_ key: String) async throws -> StoredSetting? {
        try await OrganizationSettingModel.find(key, on: db).map {
            StoredSetting(json: $0.value, version: $0.version, schema: $0.schema)
        }
    }

    func save(_ key: String, json: String, schema: Int, expectedVersion: Int) async throws -> Int {
        try await db.transaction { tx in
            let current = try await OrganizationSettingModel.find(key, on: tx)
            guard (current?.version ?? 0) == expectedVersion else { throw DomainError.staleVersion("Cài đặt này") }
            let old = current?.value
            if expectedVersion == 0 {
                try await OrganizationSettingModel(key: key, value: json, version: 1, schema: schema).create(on: tx)
            } else {
                // The version in the WHERE clause makes a concurrent save of the same version lose.
                let updated = try await tx.sql.update(OrganizationSettingModel.schema)
                    .set("value", to: json).set("schema", to: schema)
                    .set(SQLIdentifier("version"), to: SQLLiteral.numeric(String(expectedVersion + 1)))
                    .where("key", .equal, key).where("version", .equal, expectedVersion)
                    .returning("version").first()
                guard updated != nil else { throw DomainError.staleVersion("Cài đặt này") }
            }
            try await FluentAuditRepository(db: tx).record(
                AuditChange(
                    expectedVersion == 0 ? .create : .update, entity: OrganizationSettingModel.schema, id: key,
                    unitID: nil,
                    old: old, new: json), actor: actor)
            return expectedVersion + 1
        }
    }
}
