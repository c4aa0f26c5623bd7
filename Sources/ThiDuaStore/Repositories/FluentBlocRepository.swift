import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentBlocRepository: BlocRepository {
    let db: any Database
    var actor = "system"

    func list(_ query: ListQuery) async throws -> ListPage<Bloc> {
        let total = try await BlocModel.query(on: db).count()
        guard query.text != nil else {
            let items = try await BlocModel.query(on: db).sort(\.$code).range(
                query.offset..<(query.offset + query.perPage)
            ).all()
            return ListPage(
                items: try items.map { try $0.core }, page: query.page, perPage: query.perPage, total: total)
        }
        let rows = try await db.sql.select().column("id").from(BlocModel.schema).matching(query.text).orderBy("code")
            .all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        let page = Array(ids.dropFirst(query.offset).prefix(query.perPage))
        let models = try await BlocModel.query(on: db).filter(\.$id ~~ page).sort(\.$code).all()
        return ListPage(
            items: try models.map { try $0.core }, page: query.page, perPage: query.perPage, total: ids.count)
    }

    func directory() async throws -> [Bloc] {
        let models = try await BlocModel.query(on: db).sort(\.$code).limit(Directory.limit + 1).all()
        guard models.count <= Directory.limit else { throw Directory.tooLarge("khối thi đua") }
        return try models.map { try $0.core }
    }

    func find(_ id: UUID) async throws -> Bloc? {
        try await BlocModel.find(id, on: db)?.core
    }

    func find(code: String) async throws -> Bloc? {
        try await BlocModel.query(on: db).filter(\.$code == code.uppercased()).first()?.core
    }

    func insert(_ bloc: Bloc) async throws {
        try await db.audited(as: actor) { tx, audit in
            try await BlocModel(bloc).create(on: tx)
            try await audit.record(.create, BlocModel.schema, id: bloc.id, unit: nil, old: nil as Bloc?, new: bloc)
        }
    }

    func update(_ bloc: Bloc) async throws -> Bloc {
        try await db.audited(as: actor) { tx, audit in
            let old = try await BlocModel.find(bloc.id, on: tx)?.core
            let saved = try await Self.write(bloc, on: tx)
            try await audit.record(.update, BlocModel.schema, id: bloc.id, unit: nil, old: old, new: saved)
            return saved
        }
    }

    private static func write(_ bloc: Bloc, on db: any Database) async throws -> Bloc {
        var saved = bloc
        saved.version = try await db.updateVersioned(
            BlocModel.schema, id: bloc.id, expectedVersion: bloc.version, what: "Khối thi đua",
            [
                ("code", bloc.code), ("name", bloc.name), ("kind", bloc.kind.rawValue), ("note", bloc.note),
                ("active_to", bloc.activeTo?.iso), ("search_key", BlocModel.searchKey(bloc)),
            ])
        return saved
    }

    func members(of blocID: UUID, year: Int?) async throws -> [BlocMember] {
        var select = db.sql.select()
            .column(SQLColumn("id", table: "m"), as: "m_id")
            .column(SQLColumn("year", table: "m"))
            .column(SQLColumn("role", table: "m"))
            .column(SQLColumn("confirmed", table: "m"))
            .column(SQLColumn("bloc_id", table: "m"))
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("u")))
            .from(SQLAlias(SQLIdentifier(BlocMembershipModel.schema), as: SQLIdentifier("m")))
            .join(
                SQLAlias(SQLIdentifier(OrgUnitModel.schema), as: SQLIdentifier("u")),
                on: SQLColumn("unit_id", table: "m"), .equal, SQLColumn("id", table: "u")
            )
            .where(SQLColumn("bloc_id", table: "m"), .equal, SQLBind(blocID))
        if let year { select = select.where(SQLColumn("year", table: "m"), .equal, SQLBind(year)) }
        let rows = try await select.orderBy(SQLColumn("year", table: "m"), SQLDirection.descending).orderBy(
            SQLColumn("code", table: "u")
        ).all()
        let order: [BlocMembership.Role: Int] = [.head: 0, .deputyHead: 1, .member: 2]
        return try rows.map { row in
            let unit = try FluentOrgUnitRepository.unit(row)
            let m = BlocMembership(
                id: try row.decode(column: "m_id", as: UUID.self), blocID: blocID, unitID: unit.id,
                year: try row.decode(column: "year", as: Int.self),
                role: try stored(try row.decode(column: "role", as: String.self), "bloc_memberships", "role"),
                confirmed: try row.decode(column: "confirmed", as: Bool.self))
            return BlocMember(membership: m, unit: unit)
        }
        // Head first, then deputy, then members by code, within each year.
        .sorted { a, b in
            (-a.membership.year, order[a.membership.role]!, a.unit.code) < (
                -b.membership.year, order[b.membership.role]!, b.unit.code
            )
        }
    }

    func years(of blocID: UUID) async throws -> [Int] {
        try await db.sql.select().distinct().column("year").from(BlocMembershipModel.schema)
            .where("bloc_id", .equal, blocID).orderBy("year", .descending).all()
            .map { try $0.decode(column: "year", as: Int.self) }
    }

    func membership(bloc blocID: UUID, unit unitID: UUID, year: Int) async throws -> BlocMembership? {
        try await BlocMembershipModel.query(on: db)
            .filter(\.$blocID == blocID).filter(\.$unitID == unitID).filter(\.$year == year)
            .first()?.core
    }

    func membership(_ id: UUID) async throws -> BlocMembership? {
        try await BlocMembershipModel.find(id, on: db)?.core
    }

    func save(_ membership: BlocMembership) async throws {
        try await db.audited(as: actor) { tx, audit in
            if let existing = try await BlocMembershipModel.find(membership.id, on: tx) {
                let old = try existing.core
                guard old != membership else { return }
                existing.role = membership.role.rawValue
                existing.confirmed = membership.confirmed
                try await existing.update(on: tx)
                try await audit.record(
                    .update, BlocMembershipModel.schema, id: membership.id, unit: membership.unitID, old: old,
                    new: membership)
            } else {
                try await BlocMembershipModel(membership).create(on: tx)
                try await audit.record(
                    .create, BlocMembershipModel.schema, id: membership.id, unit: membership.unitID,
                    old: nil as BlocMembership?, new: membership)
            }
        }
    }

    func deleteMembership(_ id: UUID) async throws {
        try await db.audited(as: actor) { tx, audit in
            guard let old = try await BlocMembershipModel.find(id, on: tx)?.core else { return }
            try await BlocMembershipModel.query(on: tx).filter(\.$id == id).delete()
            try await audit.record(
                .delete, BlocMembershipModel.schema, id: id, unit: old.unitID, old: old, new: nil as BlocMembership?)
        }
    }

    func unitIDs(inBloc blocID: UUID) async throws -> Set<UUID> {
        Set(
            try await db.sql.select().distinct().column("unit_id").from(BlocMembershipModel.schema)
                .where("bloc_id", .equal, blocID).where("confirmed", .equal, true).all()
                .map { try $0.decode(column: "unit_id", as: UUID.self) })
    }

    func pendingMemberships(limit: Int) async throws -> [BlocMembership] {
        try await BlocMembershipModel.query(on: db).filter(\.$confirmed == false).sort(\.$year, .descending).limit(
            limit
        ).all().map { try $0.core }
    }

    func memberships(ofUnit unitID: UUID) async throws -> [(Bloc, BlocMembership)] {
        let ms = try await BlocMembershipModel.query(on: db).filter(\.$unitID == unitID).sort(\.$year, .descending)
            .all()
        let blocs = try await BlocModel.query(on: db).filter(\.$id ~~ Set(ms.map(\.blocID))).all()
        let byID = Dictionary(uniqueKeysWithValues: try blocs.map { ($0.id!, try $0.core) })
        return try ms.compactMap { m in try byID[m.blocID].map { ($0, try m.core) } }
    }
}
