import Foundation
import ThiDuaCore
import Vapor

#if os(Linux)
    /// glibc's `malloc_trim` (malloc.h, which the Glibc module does not export).
    @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// At most `limit` heavy jobs (imports, exports, sweeps, documents, eligibility requests) at once; one more
/// is refused with 429 at once rather than queued, so a burst cannot pile up memory.
final class HeavyJobs: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var running = 0

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire() throws {
        let ok: Bool = lock.withLock {
            guard running < limit else { return false }
            running += 1
            return true
        }
        guard ok else { throw DomainError.tooManyJobs }
    }

    func release() {
        let idle: Bool = lock.withLock {
            running = max(0, running - 1)
            return running == 0
        }
        // glibc keeps freed memory for the process; after a burst of big jobs, give it back to the machine.
        #if os(Linux)
            if idle { _ = mallocTrim(0) }
        #endif
    }

    var count: Int { lock.withLock { running } }
}

/// Holds a heavy-job place for the whole of a route's handler.
struct HeavyJob: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let jobs = request.application.heavyJobs
        try jobs.acquire()
        defer { jobs.release() }
        return try await next.respond(to: request)
    }
}

extension Application {
    private struct HeavyJobsKey: StorageKey { typealias Value = HeavyJobs }

    /// Set once by `configure`, before any request.
    var heavyJobs: HeavyJobs {
        get { storage[HeavyJobsKey.self]! }
        set { storage[HeavyJobsKey.self] = newValue }
    }
}
