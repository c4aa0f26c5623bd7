import Foundation

/// Ports for the movement cycle. Every change is audited by the store.
public protocol AnniversaryRepository: Sendable {
    /// Every anniversary, at most `Directory.limit`.
    func directory() async throws -> [Anniversary]
    func find(_ id: UUID) async throws -> Anniversary?
    func insert(_ anniversary: Anniversary) async throws
    func update(_ anniversary: Anniversary) async throws -> Anniversary
}

public struct MovementFilter: Sendable, Hashable {
    public var year: Int?
    public var status: Movement.Status?
    public var scopeKind: Movement.ScopeKind?
    public var scopeID: UUID?
    /// Leave drafts out (the public bulletin, and accounts that may not see them).
    public var publicOnly: Bool

    public init(
        year: Int? = nil, status: Movement.Status? = nil, scopeKind: Movement.ScopeKind? = nil, scopeID: UUID? = nil,
        publicOnly: Bool = false
    ) {
        self.year = year
        self.status = status
        self.scopeKind = scopeKind
        self.scopeID = scopeID
        self.publicOnly = publicOnly
    }
}

public protocol MovementRepository: Sendable {
    /// Newest year first, then by start date.
    func list(_ filter: MovementFilter) async throws -> [Movement]
    func find(_ id: UUID) async throws -> Movement?
    func insert(_ movement: Movement) async throws
    /// Saves if `movement.version` is the stored one; returns it with the new version.
    func update(_ movement: Movement) async throws -> Movement
}

public protocol RegistrationRepository: Sendable {
    func list(movement: UUID) async throws -> [Registration]
    func find(movement: UUID, unit: UUID) async throws -> Registration?
    func insert(_ registration: Registration) async throws
    func update(_ registration: Registration) async throws -> Registration
}

public protocol PactRepository: Sendable {
    func find(bloc: UUID, year: Int) async throws -> Pact?
    func insert(_ pact: Pact) async throws
    func update(_ pact: Pact) async throws -> Pact
    func signatures(of pactID: UUID) async throws -> [PactSignature]
    /// Holds the pact's row until the caller's transaction ends, so that a rewrite and a signature take turns.
    func lock(_ pactID: UUID) async throws
    /// Refused with a conflict when the unit has signed already.
    func sign(_ signature: PactSignature) async throws
}

public protocol ExemplaryModelRepository: Sendable {
    func list(publishedOnly: Bool) async throws -> [ExemplaryModel]
    func find(_ id: UUID) async throws -> ExemplaryModel?
    func insert(_ model: ExemplaryModel) async throws
    func update(_ model: ExemplaryModel) async throws -> ExemplaryModel
}
