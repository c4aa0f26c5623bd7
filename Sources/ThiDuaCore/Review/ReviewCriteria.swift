import Foundation

/// A bloc's criteria set for one year, as stored: locked once scoring opens, after which every change carries a
/// reason and is kept in `changes` (and in the audit log, with the table before and after).
public struct ReviewCriteria: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var blocID: UUID
    public var year: Int
    public var set: CriteriaSet
    /// The day scoring opened; from then on the table is locked.
    public var scoringOpenedOn: LocalDate?
    public var changes: [CriteriaChange]
    public var version: Int

    public init(
        id: UUID = UUID(), blocID: UUID, year: Int, set: CriteriaSet, scoringOpenedOn: LocalDate? = nil,
        changes: [CriteriaChange] = [], version: Int = 1
    ) {
        self.id = id
        self.blocID = blocID
        self.year = year
        self.set = set
        self.scoringOpenedOn = scoringOpenedOn
        self.changes = changes
        self.version = version
    }

    public var isLocked: Bool { scoringOpenedOn != nil }
}

/// A change made to a locked criteria set.
public struct CriteriaChange: Hashable, Sendable, Codable {
    /// The version the change produced.
    public var version: Int
    public var reason: String
    public var account: String
    public var on: LocalDate

    public init(version: Int, reason: String, account: String, on: LocalDate) {
        self.version = version
        self.reason = reason
        self.account = account
        self.on = on
    }
}

public protocol ReviewCriteriaRepository: Sendable {
    func find(bloc: UUID, year: Int) async throws -> ReviewCriteria?
    func insert(_ criteria: ReviewCriteria) async throws
    /// Saves when `criteria.version` is the stored one; returns it with the new version.
    func update(_ criteria: ReviewCriteria) async throws -> ReviewCriteria
}
