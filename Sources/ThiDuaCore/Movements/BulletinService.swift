import Foundation

/// The public bulletin (bản tin): launched movements, published exemplary models, published results. It reads
/// with no account, and never shows a draft or anything unpublished.
public struct BulletinService: Sendable {
    public let store: any DataStore

    public init(store: any DataStore) {
        self.store = store
    }

    public struct Bulletin: Sendable {
        public var movements: [Movement]
        public var models: [ExemplaryModel]
        public var results: [Movement]
        public var anniversaries: [UUID: Anniversary]
    }

    public func bulletin() async throws -> Bulletin {
        let movements = try await store.movements.list(MovementFilter(publicOnly: true)).filter(\.onBulletin)
        let anniversaries = Dictionary(
            try await store.anniversaries.directory().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Bulletin(
            movements: movements, models: try await store.exemplaryModels.list(publishedOnly: true).filter(\.published),
            results: movements.filter { $0.resultsPublished && !$0.results.isEmpty }, anniversaries: anniversaries)
    }

    /// A movement as the bulletin shows it, with its anniversary; nil for a draft or one awaiting approval,
    /// so that an address guessed or kept from before tells nothing.
    public func movement(_ id: UUID) async throws -> (movement: Movement, anniversary: Anniversary?)? {
        guard let m = try await store.movements.find(id), m.onBulletin else { return nil }
        return (m, try await m.anniversaryID.asyncFlatMap { try await store.anniversaries.find($0) })
    }

    /// A published exemplary model; nil otherwise.
    public func model(_ id: UUID) async throws -> ExemplaryModel? {
        guard let g = try await store.exemplaryModels.find(id), g.published else { return nil }
        return g
    }
}

extension Optional {
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
