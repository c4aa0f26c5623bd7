import FluentKit
import ThiDuaCore

/// The one data layer: the same code on SQLite and PostgreSQL.
public struct FluentDataStore: DataStore {
    let db: any Database

    public init(database: any Database) {
        self.db = database
    }

    public var units: any OrgUnitRepository { FluentOrgUnitRepository(db: db) }
    public var blocs: any BlocRepository { FluentBlocRepository(db: db) }
    public var people: any PersonRepository { FluentPersonRepository(db: db) }
    public var accounts: any AccountRepository { FluentAccountRepository(db: db) }
    public var sessions: any SessionRepository { FluentSessionRepository(db: db) }
    public var apiTokens: any ApiTokenRepository { FluentApiTokenRepository(db: db) }
    public var loginFailures: any LoginFailureRepository { FluentLoginFailureRepository(db: db) }

    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any DataStore) async throws -> T) async throws -> T {
        // FluentKit runs a nested call inside the open transaction.
        try await db.transaction { tx in try await body(FluentDataStore(database: tx)) }
    }
}
