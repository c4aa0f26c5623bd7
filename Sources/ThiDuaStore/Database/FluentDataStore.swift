import FluentKit
import ThiDuaCore

/// The one data layer: the same code on SQLite and PostgreSQL. Changes made through it are audited
/// as done by `actor`.
public struct FluentDataStore: DataStore {
    let db: any Database
    public let actor: String

    public init(database: any Database, actor: String = "system") {
        self.db = database
        self.actor = actor
    }

    public func acting(as actor: String) -> any DataStore { FluentDataStore(database: db, actor: actor) }

    public var units: any OrgUnitRepository { FluentOrgUnitRepository(db: db, actor: actor) }
    public var blocs: any BlocRepository { FluentBlocRepository(db: db, actor: actor) }
    public var people: any PersonRepository { FluentPersonRepository(db: db, actor: actor) }
    public var accounts: any AccountRepository { FluentAccountRepository(db: db, actor: actor) }
    public var history: any HistoryRepository { FluentHistoryRepository(db: db, actor: actor) }
    public var audit: any AuditRepository { FluentAuditRepository(db: db) }
    public var sessions: any SessionRepository { FluentSessionRepository(db: db) }
    public var apiTokens: any ApiTokenRepository { FluentApiTokenRepository(db: db) }
    public var loginFailures: any LoginFailureRepository { FluentLoginFailureRepository(db: db) }
    public var settings: any SettingsRepository { FluentSettingsRepository(db: db, actor: actor) }
    public var anniversaries: any AnniversaryRepository { FluentAnniversaryRepository(db: db, actor: actor) }
    public var movements: any MovementRepository { FluentMovementRepository(db: db, actor: actor) }
    public var registrations: any RegistrationRepository { FluentRegistrationRepository(db: db, actor: actor) }
    public var pacts: any PactRepository { FluentPactRepository(db: db, actor: actor) }
    public var reviewCriteria: any ReviewCriteriaRepository { FluentReviewCriteriaRepository(db: db, actor: actor) }
    public var ballots: any BallotRepository { FluentBallotRepository(db: db, actor: actor) }
    public var blocReviews: any BlocReviewRepository { FluentBlocReviewRepository(db: db, actor: actor) }
    public var assessments: any UnitAssessmentRepository { FluentUnitAssessmentRepository(db: db, actor: actor) }
    public var peerReviews: any PeerReviewRepository { FluentPeerReviewRepository(db: db, actor: actor) }
    public var evidence: any EvidenceRepository { FluentEvidenceRepository(db: db) }
    public var exemplaryModels: any ExemplaryModelRepository { FluentExemplaryModelRepository(db: db, actor: actor) }

    public var numbers: any NumberingRepository { FluentNumberingRepository(db: db) }
    public var reports: any ReportQueries { FluentReportQueries(db: db) }

    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any DataStore) async throws -> T) async throws
        -> T
    {
        // FluentKit runs a nested call inside the open transaction.
        try await db.transaction { tx in try await body(FluentDataStore(database: tx, actor: actor)) }
    }
}
