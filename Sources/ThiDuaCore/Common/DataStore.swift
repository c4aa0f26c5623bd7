/// Every repository, and one transaction over them: a use case is all or nothing.
/// Every change made through a store is written to the audit log, in the same transaction, as done by `actor`.
public protocol DataStore: Sendable {
    var actor: String { get }
    /// The same store, recording `actor` as the author of the changes made through it.
    func acting(as actor: String) -> any DataStore
    var history: any HistoryRepository { get }
    var audit: any AuditRepository { get }
    var units: any OrgUnitRepository { get }
    var blocs: any BlocRepository { get }
    var people: any PersonRepository { get }
    var accounts: any AccountRepository { get }
    var sessions: any SessionRepository { get }
    var apiTokens: any ApiTokenRepository { get }
    var loginFailures: any LoginFailureRepository { get }
    var settings: any SettingsRepository { get }
    var anniversaries: any AnniversaryRepository { get }
    var movements: any MovementRepository { get }
    var registrations: any RegistrationRepository { get }
    var pacts: any PactRepository { get }
    var reviewCriteria: any ReviewCriteriaRepository { get }
    var ballots: any BallotRepository { get }
    var blocReviews: any BlocReviewRepository { get }
    var assessments: any UnitAssessmentRepository { get }
    var peerReviews: any PeerReviewRepository { get }
    var evidence: any EvidenceRepository { get }
    var exemplaryModels: any ExemplaryModelRepository { get }
    var numbers: any NumberingRepository { get }
    var reports: any ReportQueries { get }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any DataStore) async throws -> T) async throws -> T
}
