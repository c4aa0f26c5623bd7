import Foundation

/// A person with the unit names a list shows.
public struct PersonRow: Hashable, Sendable, Codable {
    public var person: Person
    public var unitCode: String
    public var unitName: String

    public init(person: Person, unitCode: String, unitName: String) {
        self.person = person
        self.unitCode = unitCode
        self.unitName = unitName
    }
}

public struct PeopleFilter: Sendable, Equatable {
    public var query: ListQuery
    /// nil: every unit the scope allows.
    public var unitID: UUID?
    public var status: Person.Status?
    public var scope: UnitScope

    public init(query: ListQuery, unitID: UUID? = nil, status: Person.Status? = nil, scope: UnitScope = .all) {
        self.query = query
        self.unitID = unitID
        self.status = status
        self.scope = scope
    }
}

/// Port for people and their assignment history.
public protocol PersonRepository: Sendable {
    /// Sorted by Vietnamese name order (given name first).
    func list(_ filter: PeopleFilter) async throws -> ListPage<PersonRow>
    func find(_ id: UUID) async throws -> Person?
    func insert(_ person: Person, since: LocalDate) async throws
    /// Many new people in a few statements, each audited: the import's fast path.
    func insertMany(_ people: [Person], since: LocalDate) async throws
    func update(_ person: Person) async throws -> Person
    func assignments(of personID: UUID) async throws -> [PersonAssignment]
    /// Closes the open assignment the day before `move.on` and opens one in the new unit.
    func move(_ person: Person, _ move: PersonMove) async throws -> Person
    func count(inUnit unitID: UUID) async throws -> Int
    /// The people with these ids, in no order; missing ids are left out.
    func find(ids: [UUID]) async throws -> [Person]
    /// The people of these units (a sweep's scope), optionally only those with one status.
    func people(inUnits unitIDs: [UUID], status: Person.Status?) async throws -> [Person]
}
