import Foundation
import ThiDuaCore
import ThiDuaStore
import Vapor

/// What the app knows about itself at run time.
struct AppSettings: Sendable {
    var configuration: Configuration
    var demo: Bool
    /// Bcrypt's work factor for new hashes; tests lower it to stay fast. Checking reads it from the hash.
    var bcryptCost = 12
}

extension Application {
    private struct SettingsKey: StorageKey { typealias Value = AppSettings }

    public var bcryptCost: Int {
        get { settings.bcryptCost }
        set { settings.bcryptCost = newValue }
    }

    var settings: AppSettings {
        get { storage[SettingsKey.self]! }
        set { storage[SettingsKey.self] = newValue }
    }

    /// The data store on the default database, for commands and start-up work.
    public var store: any DataStore { FluentDataStore(database: db) }
}

extension Request {
    var store: any DataStore { FluentDataStore(database: db) }

    func organization() throws -> OrganizationService {
        OrganizationService(store: store, account: try requireAccount())
    }

    func peopleService() throws -> PeopleService {
        PeopleService(store: store, account: try requireAccount())
    }

    func historyService() throws -> HistoryService {
        HistoryService(store: store, account: try requireAccount())
    }

    func movementService() throws -> MovementService {
        MovementService(store: store, account: try requireAccount())
    }

    func registrationService() throws -> RegistrationService {
        RegistrationService(store: store, account: try requireAccount())
    }

    func pactService() throws -> PactService {
        PactService(store: store, account: try requireAccount())
    }

    func eligibilityService() throws -> EligibilityService {
        EligibilityService(store: store, account: try requireAccount())
    }

    /// The evaluation year from `?nam=`, this year when absent or unreadable.
    var evaluationYear: Int {
        query[Int.self, at: "nam"].flatMap { (1990...2100).contains($0) ? $0 : nil } ?? today.year
    }

    /// A year from the query, nil unless it is a plausible one: arithmetic on years (`year + 1`, an
    /// anniversary's ordinal) must never meet `Int.max`.
    func queryYear(_ key: String) -> Int? {
        query[Int.self, at: key].flatMap { LocalDate.plausibleYears.contains($0) ? $0 : nil }
    }
}

extension Request {
    func reviewService() throws -> ReviewService { ReviewService(store: store, account: try requireAccount()) }

    func assessmentService() throws -> AssessmentService {
        AssessmentService(store: store, account: try requireAccount())
    }

    func reviewResultsService() throws -> ReviewResultsService {
        ReviewResultsService(store: store, account: try requireAccount())
    }

    func ballotService() throws -> BallotService { BallotService(store: store, account: try requireAccount()) }

    /// The reviewed year: `nam` in the query, else last year (reviews are held early in the next year).
    var reviewYear: Int { queryYear("nam") ?? (today.year - 1) }
}
