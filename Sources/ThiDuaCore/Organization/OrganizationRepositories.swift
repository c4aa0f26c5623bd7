import Foundation

/// Port for units. Implemented in ThiDuaStore for SQLite and PostgreSQL.
public protocol OrgUnitRepository: Sendable {
    func list(_ query: ListQuery, includeInactive: Bool) async throws -> ListPage<OrgUnit>
    /// Every unit, by code, at most `Directory.limit`.
    func directory() async throws -> [OrgUnit]
    func find(_ id: UUID) async throws -> OrgUnit?
    /// The units with these ids, in no order; missing ids are left out.
    func find(ids: [UUID]) async throws -> [OrgUnit]
    func find(code: String) async throws -> OrgUnit?
    func insert(_ unit: OrgUnit) async throws
    /// Saves when the stored version is `unit.version`; returns the unit with the next version.
    func update(_ unit: OrgUnit) async throws -> OrgUnit
    func children(of id: UUID) async throws -> [OrgUnit]
}

/// Port for blocs and their yearly membership.
public protocol BlocRepository: Sendable {
    func list(_ query: ListQuery) async throws -> ListPage<Bloc>
    /// Every bloc, by code, at most `Directory.limit`: not one page of them.
    func directory() async throws -> [Bloc]
    func find(_ id: UUID) async throws -> Bloc?
    func find(code: String) async throws -> Bloc?
    func insert(_ bloc: Bloc) async throws
    func update(_ bloc: Bloc) async throws -> Bloc
    func members(of blocID: UUID, year: Int?) async throws -> [BlocMember]
    func years(of blocID: UUID) async throws -> [Int]
    func membership(bloc blocID: UUID, unit unitID: UUID, year: Int) async throws -> BlocMembership?
    func membership(_ id: UUID) async throws -> BlocMembership?
    func save(_ membership: BlocMembership) async throws
    func deleteMembership(_ id: UUID) async throws
    /// Units with a confirmed membership of the bloc in any year: a bloc secretary's people scope.
    func unitIDs(inBloc blocID: UUID) async throws -> Set<UUID>
    /// Memberships that wait for the admin's confirmation, newest year first (at most `limit`).
    func pendingMemberships(limit: Int) async throws -> [BlocMembership]
    /// Blocs that a unit belongs to, newest year first.
    func memberships(ofUnit unitID: UUID) async throws -> [(Bloc, BlocMembership)]
}

extension BlocRepository {
    /// A bloc's members in `year`, or in the latest earlier year with a list when that year has none yet, and
    /// the year the list is from (nil when the bloc has no list up to `year`).
    public func latestMembers(of blocID: UUID, upTo year: Int) async throws -> (members: [BlocMember], listYear: Int?) {
        guard let listYear = try await years(of: blocID).filter({ $0 <= year }).max() else { return ([], nil) }
        return (try await members(of: blocID, year: listYear), listYear)
    }
}
