import Foundation

/// The last few sweeps, kept while nothing has changed. Paging through a sweep of thousands of people showed
/// 50 rows but recomputed them all on every page. Every change writes an audit event, so the head of the chain
/// (its hash differs between databases too) tells whether a kept result still holds.
public final class SweepCache: @unchecked Sendable {
    public struct Key: Hashable, Sendable {
        var code: String
        var year: Int
        var scope: SweepScope
        var head: String
    }

    public static let shared = SweepCache(capacity: 4, maxRows: 100_000)

    private let lock = NSLock()
    private let capacity: Int
    private let maxRows: Int
    private var kept: [(key: Key, result: EligibilitySweep.Result)] = []

    public init(capacity: Int, maxRows: Int) {
        self.capacity = capacity
        self.maxRows = maxRows
    }

    func result(for key: Key) -> EligibilitySweep.Result? {
        lock.lock()
        defer { lock.unlock() }
        guard let i = kept.firstIndex(where: { $0.key == key }) else { return nil }
        let hit = kept.remove(at: i)
        kept.append(hit)
        return hit.result
    }

    /// Keeps the result, dropping the oldest; a very large sweep is not kept, so memory stays bounded.
    func keep(_ result: EligibilitySweep.Result, for key: Key) {
        guard result.rows.count <= maxRows else { return }
        lock.lock()
        defer { lock.unlock() }
        kept.removeAll { $0.key == key }
        kept.append((key, result))
        if kept.count > capacity { kept.removeFirst(kept.count - capacity) }
    }
}
