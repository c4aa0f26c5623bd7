/// A service of use cases on behalf of one account. Each use case that writes runs in one transaction
/// (`inTransaction`), so that its checks and its writes see one state and land together, or not at all.
public protocol UseCases: Sendable {
    var store: any DataStore { get }
    var account: Account { get }
    init(store: any DataStore, account: Account)
}

extension UseCases {
    /// Runs `body` with this service over a transaction's store.
    func inTransaction<T: Sendable>(_ body: @escaping @Sendable (Self) async throws -> T) async throws -> T {
        try await store.transaction { [account] tx in try await body(Self(store: tx, account: account)) }
    }
}
