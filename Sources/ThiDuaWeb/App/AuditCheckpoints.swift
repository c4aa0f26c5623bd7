import Foundation
import ThiDuaCore
import Vapor

/// While the server runs with `THIDUA_AUDIT_KEY`, a signed checkpoint of the audit chain's head is written at
/// start, every `interval`, and at shutdown (when the head moved).
final class AuditCheckpointer: LifecycleHandler, @unchecked Sendable {
    let key: String
    let interval: Duration
    private var task: Task<Void, Never>?

    init(key: String, interval: Duration) {
        self.key = key
        self.interval = interval
    }

    func didBootAsync(_ app: Application) async throws {
        let (key, interval, store, logger) = (key, interval, app.store, app.logger)
        task = Task {
            while !Task.isCancelled {
                do {
                    if let c = try await AuditService(store: store).checkpoint(key: key) {
                        logger.info("Điểm mốc nhật ký: sự kiện số \(c.seq)")
                    }
                } catch {
                    logger.error("Không ghi được điểm mốc nhật ký: \(String(reflecting: type(of: error)))")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
        _ = try? await AuditService(store: app.store).checkpoint(key: key)
    }
}

extension Application {
    /// Called by `thidua serve`: commands that only run once write no checkpoint of their own.
    public func scheduleAuditCheckpoints(every interval: Duration = .seconds(3600)) {
        guard let key = settings.configuration.auditKey else { return }
        lifecycle.use(AuditCheckpointer(key: key, interval: interval))
    }
}
