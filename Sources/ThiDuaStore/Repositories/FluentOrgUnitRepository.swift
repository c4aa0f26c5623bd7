import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentOrgUnitRepository: OrgUnitRepository {
    let db: any Database
    var actor = "system"

    func list(_ query: ListQuery, includeInactive: Bool) async throws -> ListPage<OrgUnit> {
        func base() -> SQLSelectBuilder {
            var b = db.sql.select().from(OrgUnitModel.schema).matching(query.text)
            if !includeInactive { b = b.where(SQLColumn("active_to"), .is, SQLLiteral.null) }
            return b
        }
        let total =
            try await base().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").first()?.decode(
                column: "n", as: Int.self) ?? 0
        let rows = try await base().column("*").orderBy("code").limit(query.perPage).offset(query.offset).all()
        return ListPage(items: try rows.map(Self.unit), page: query.page, perPage: query.perPage, total: total)
    }

    func directory() async throws -> [OrgUnit] {
        let rows = try await db.sql.select().column("*").from(OrgUnitModel.schema).orderBy("code")
            .limit(Directory.limit + 1).all()
        guard rows.count <= Directory.limit else { throw Directory.tooLarge("đơn vị") }
        return try rows.map(Self.unit)
    }

    func find(ids: [UUID]) async throws -> [OrgUnit] {
        try await db.sql.inChunks(ids) { chunk in
            try await db.sql.select().column("*").from(OrgUnitModel.schema).where("id", .in, SQLBind.group(chunk))
                .all().map(Self.unit)
        }
    }

    func find(_ id: UUID) async throws -> OrgUnit? {
        try await OrgUnitModel.find(id, on: db)?.core
    }

    func find(code: String) async throws -> OrgUnit? {
        try await OrgUnitModel.query(on: db).filter(\.$code == code.uppercased()).first()?.core
    }

    func insert(_ unit: OrgUnit) async throws {
        try await db.audited(as: actor) { tx, audit in
            try await OrgUnitModel(unit).create(on: tx)
            try await audit.record(
                .create, OrgUnitModel.schema, id: unit.id, unit: unit.id, old: nil as OrgUnit?, new: unit)
        }
    }

    func update(_ unit: OrgUnit) async throws -> OrgUnit {
        try await db.audited(as: actor) { tx, audit in
            let old = try await OrgUnitModel.find(unit.id, on: tx)?.core
            let saved = try await Self.write(unit, on: tx)
            try await audit.record(.update, OrgUnitModel.schema, id: unit.id, unit: unit.id, old: old, new: saved)
            return saved
        }
    }

    private static func write(_ unit: OrgUnit, on db: any Database) async throws -> OrgUnit {
        var saved = unit
        saved.version = try await db.updateVersioned(
            OrgUnitModel.schema, id: unit.id, expectedVersion: unit.version, what: "Đơn vị",
            [
                ("code", unit.code), ("name", unit.name), ("short_name", unit.shortName), ("kind", unit.kind.rawValue),
                ("parent_id", unit.parentID), ("active_from", unit.activeFrom?.iso), ("active_to", unit.activeTo?.iso),
                ("search_key", OrgUnitModel.searchKey(unit)),
            ])
        return saved
    }

    func children(of id: UUID) async throws -> [OrgUnit] {
        try await OrgUnitModel.query(on: db).filter(\.$parentID == id).sort(\.$code).all().map { try $0.core }
    }

    static func unit(_ row: any SQLRow) throws -> OrgUnit {
        OrgUnit(
            id: try row.decode(column: "id", as: UUID.self),
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            shortName: try row.decode(column: "short_name", as: String.self),
            kind: try stored(try row.decode(column: "kind", as: String.self), "org_units", "kind"),
            parentID: try row.decode(column: "parent_id", as: UUID?.self),
            activeFrom: try row.decode(column: "active_from", as: String?.self).flatMap(LocalDate.init),
            activeTo: try row.decode(column: "active_to", as: String?.self).flatMap(LocalDate.init),
            version: try row.decode(column: "version", as: Int.self))
    }
}
