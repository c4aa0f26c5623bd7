/// Limits how many tests hold PostgreSQL connections at once: Swift Testing runs every test in
/// parallel, and each test database opens a small pool, which would pass the server's max_connections.
public actor PostgresGate {
    public static let shared = PostgresGate(limit: 6)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) { self.limit = limit }

    func enter() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty { inUse -= 1 } else { waiting.removeFirst().resume() }
    }

    /// Runs `body` holding one of the places; always gives it back.
    public nonisolated func run<T>(_ body: () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }
}
