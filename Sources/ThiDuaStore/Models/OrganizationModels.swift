import FluentKit
import Foundation
import ThiDuaCore

final class OrgUnitModel: Model, @unchecked Sendable {
    static let schema = "org_units"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "short_name") var shortName: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "parent_id") var parentID: UUID?
    @OptionalField(key: "active_from") var activeFrom: String?
    @OptionalField(key: "active_to") var activeTo: String?
    @Field(key: "search_key") var searchKey: String
    @Field(key: "version") var version: Int

    init() {}

    init(_ unit: OrgUnit) {
        id = unit.id
        code = unit.code
        name = unit.name
        shortName = unit.shortName
        kind = unit.kind.rawValue
        parentID = unit.parentID
        activeFrom = unit.activeFrom?.iso
        activeTo = unit.activeTo?.iso
        searchKey = OrgUnitModel.searchKey(unit)
        version = unit.version
    }

    static func searchKey(_ unit: OrgUnit) -> String {
        VietnameseText.searchKey("\(unit.code) \(unit.name) \(unit.shortName)")
    }

    var core: OrgUnit {
        get throws {
            OrgUnit(
                id: id!, code: code, name: name, shortName: shortName, kind: try stored(kind, Self.schema, "kind"),
                parentID: parentID, activeFrom: activeFrom.flatMap(LocalDate.init),
                activeTo: activeTo.flatMap(LocalDate.init), version: version)
        }
    }
}

final class BlocModel: Model, @unchecked Sendable {
    static let schema = "blocs"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "note") var note: String
    @OptionalField(key: "active_to") var activeTo: String?
    @Field(key: "search_key") var searchKey: String
    @Field(key: "version") var version: Int

    init() {}

    init(_ bloc: Bloc) {
        id = bloc.id
        code = bloc.code
        name = bloc.name
        kind = bloc.kind.rawValue
        note = bloc.note
        activeTo = bloc.activeTo?.iso
        searchKey = BlocModel.searchKey(bloc)
        version = bloc.version
    }

    static func searchKey(_ bloc: Bloc) -> String { VietnameseText.searchKey("\(bloc.code) \(bloc.name)") }

    var core: Bloc {
        get throws {
            Bloc(
                id: id!, code: code, name: name, kind: try stored(kind, Self.schema, "kind"), note: note,
                activeTo: activeTo.flatMap(LocalDate.init), version: version)
        }
    }
}

final class BlocMembershipModel: Model, @unchecked Sendable {
    static let schema = "bloc_memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "bloc_id") var blocID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "role") var role: String
    @Field(key: "confirmed") var confirmed: Bool

    init() {}

    init(_ m: BlocMembership) {
        id = m.id
        blocID = m.blocID
        unitID = m.unitID
        year = m.year
        role = m.role.rawValue
        confirmed = m.confirmed
    }

    var core: BlocMembership {
        get throws {
            BlocMembership(
                id: id!, blocID: blocID, unitID: unitID, year: year, role: try stored(role, Self.schema, "role"),
                confirmed: confirmed)
        }
    }
}
