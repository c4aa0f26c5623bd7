import Foundation

/// Port for subject histories and the organization's own award codes.
public protocol HistoryRepository: Sendable {
    func entries(of kind: SubjectKind, _ subjectID: UUID) async throws -> [HistoryEntry]
    /// The entries of many subjects at once (the members of a unit, a sweep).
    func entries(of kind: SubjectKind, subjects: [UUID]) async throws -> [HistoryEntry]
    func find(_ id: UUID) async throws -> HistoryEntry?
    /// The rating of a subject for a year, if any: a subject has at most one per year.
    func rating(of kind: SubjectKind, _ subjectID: UUID, year: Int) async throws -> HistoryEntry?
    /// `ownerUnitID` is the unit whose officer may see and change the entry.
    func insert(_ entry: HistoryEntry, ownerUnitID: UUID) async throws
    /// Many entries at once (demo data, imports), each with its owner unit; audited like `insert`.
    func insertMany(_ entries: [(entry: HistoryEntry, ownerUnitID: UUID)]) async throws
    func update(_ entry: HistoryEntry) async throws -> HistoryEntry
    /// Moves the entry out of the record, keeping it with the reason; audited as `withdraw`.
    func withdraw(_ id: UUID, reason: String, at: Date) async throws -> WithdrawnEntry
    /// The subject's withdrawn entries, newest first.
    func withdrawn(of kind: SubjectKind, _ subjectID: UUID) async throws -> [WithdrawnEntry]
    func findWithdrawn(_ id: UUID) async throws -> WithdrawnEntry?
    /// Puts a withdrawn entry back in the record as it was; audited as `restore`.
    func restore(_ id: UUID) async throws -> HistoryEntry
    func customCodes() async throws -> [AwardCode]
    func insertCustomCode(_ code: AwardCode) async throws
}
