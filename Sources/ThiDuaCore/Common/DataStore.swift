/// Every repository, and one transaction over them: a use case is all or nothing.
public protocol DataStore: Sendable {
    var units: any OrgUnitRepository { get }
    var blocs: any BlocRepository { get }
    var people: any PersonRepository { get }
    var accounts: any AccountRepository { get }
    var sessions: any SessionRepository { get }
    var apiTokens: any ApiTokenRepository { get }
    var loginFailures: any LoginFailureRepository { get }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any DataStore) async throws -> T) async throws -> T
}
