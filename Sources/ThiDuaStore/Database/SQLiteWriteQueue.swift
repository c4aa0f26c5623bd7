import FluentKit
import Foundation
import Logging
import NIOCore
import SQLKit

/// SQLite has one writer at a time. Fluent's `BEGIN` is deferred: a transaction that reads and then writes
/// cannot wait for the lock (SQLite answers "database is locked" at once, to avoid a deadlock). So every
/// transaction on SQLite waits its turn in this queue (in the process, without holding a thread) and then
/// takes the write lock up front with `BEGIN IMMEDIATE`, which does wait, up to the busy timeout, for another
/// process (a command-line import).
final class SQLiteWriteQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    let busyTimeoutMilliseconds: Int

    init(busyTimeoutMilliseconds: Int) {
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
    }

    func run<T>(_ body: () async throws -> T) async throws -> T {
        await enter()
        defer { leave() }
        return try await body()
    }

    private func enter() async {
        let mustWait: Bool = lock.withLock {
            if busy { return true }
            busy = true
            return false
        }
        guard mustWait else { return }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let resumeNow: Bool = lock.withLock {
                // The holder may have left between the two locked sections.
                if !busy {
                    busy = true
                    return true
                }
                waiting.append(c)
                return false
            }
            if resumeNow { c.resume() }
        }
    }

    private func leave() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiting.isEmpty {
                busy = false
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}

/// The SQLite configuration with the write queue: its databases run every transaction through the queue.
struct SerializedSQLiteConfiguration: DatabaseConfiguration {
    var inner: any DatabaseConfiguration
    let queue: SQLiteWriteQueue

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        Driver(inner: inner.makeDriver(for: databases), queue: queue)
    }

    struct Driver: DatabaseDriver {
        let inner: any DatabaseDriver
        let queue: SQLiteWriteQueue

        func makeDatabase(with context: DatabaseContext) -> any Database {
            SerializedSQLiteDatabase(base: inner.makeDatabase(with: context), queue: queue, inTransaction: false)
        }

        func shutdown() { inner.shutdown() }
        func shutdownAsync() async { await inner.shutdownAsync() }
    }
}

/// A SQLite database whose transactions are serialized and immediate. Inside a transaction it stands for the
/// one connection that holds the lock, and nested transactions join it.
struct SerializedSQLiteDatabase: Database, SQLDatabase {
    let base: any Database
    let queue: SQLiteWriteQueue
    let inTransaction: Bool

    private var sqlBase: any SQLDatabase { base as! any SQLDatabase }

    var context: DatabaseContext { base.context }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<
        Void
    > {
        base.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        if inTransaction { return closure(self) }
        let queue = self.queue
        return base.withConnection { conn in
            closure(SerializedSQLiteDatabase(base: conn, queue: queue, inTransaction: false))
        }
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        if inTransaction { return closure(self) }
        let promise = base.eventLoop.makePromise(of: Unchecked<T>.self)
        let (base, queue) = (self.base, self.queue)
        promise.completeWithTask {
            try await queue.run {
                try await base.withConnection { (conn: any Database) async throws -> Unchecked<T> in
                    let tx = SerializedSQLiteDatabase(base: conn, queue: queue, inTransaction: true)
                    let sql = conn as! any SQLDatabase
                    try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(queue.busyTimeoutMilliseconds))").run()
                    try await sql.raw("BEGIN IMMEDIATE TRANSACTION").run()
                    do {
                        let result = try await closure(tx).get()
                        try await sql.raw("COMMIT TRANSACTION").run()
                        return Unchecked(value: result)
                    } catch {
                        try? await sql.raw("ROLLBACK TRANSACTION").run()
                        throw error
                    }
                }
            }
        }
        return promise.futureResult.map(\.value)
    }

    // SQLDatabase

    var logger: Logger { sqlBase.logger }
    var eventLoop: any EventLoop { sqlBase.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sqlBase.version }
    var dialect: any SQLDialect { sqlBase.dialect }
    var queryLogLevel: Logger.Level? { sqlBase.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<
        Void
    > {
        sqlBase.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sqlBase.execute(sql: query, onRow)
    }
}

/// Carries a transaction's result across the task boundary; the caller's closure chose its type.
private struct Unchecked<T>: @unchecked Sendable {
    let value: T
}
