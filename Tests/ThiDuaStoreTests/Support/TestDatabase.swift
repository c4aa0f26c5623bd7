import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// A fresh, migrated database for one test: a temporary SQLite file, or a PostgreSQL schema of its own
/// (so tests can run in parallel against one server). Always cleaned up.
struct TestDatabase {
    let databases: Databases
    let db: any Database
    var store: FluentDataStore { FluentDataStore(database: db) }

    static func with<T>(_ kind: DatabaseKind, _ body: (TestDatabase) async throws -> T) async throws -> T {
        kind == .postgres
            ? try await PostgresGate.shared.run { try await open(kind, body) } : try await open(kind, body)
    }

    private static func open<T>(_ kind: DatabaseKind, _ body: (TestDatabase) async throws -> T) async throws -> T {
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let id = DatabaseID(string: "test")
        var cleanup: () async throws -> Void = {}
        switch kind {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-test-\(UUID().uuidString)")
            try DatabaseSetup.register(
                .sqlite(path: dir.appendingPathComponent("t.sqlite").path), on: databases, as: id)
            cleanup = { try? FileManager.default.removeItem(at: dir) }
        case .postgres:
            let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]!
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let admin = DatabaseID(string: "admin")
            try DatabaseSetup.register(.postgres(url: url), on: databases, as: admin)
            let adminDB =
                databases.database(admin, logger: logger, on: databases.eventLoopGroup.any())! as! any SQLDatabase
            try await adminDB.raw("CREATE SCHEMA \(ident: schema)").run()
            try DatabaseSetup.register(.postgres(url: url), on: databases, as: id, searchPath: [schema])
            cleanup = { try await adminDB.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
        }
        let migrations = Migrations()
        migrations.add(DatabaseSetup.migrations, to: id)
        let db = databases.database(id, logger: logger, on: databases.eventLoopGroup.any())!
        let result: T
        do {
            try await DatabaseSetup.prepare(db)
            let migrator = Migrator(
                databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            result = try await body(TestDatabase(databases: databases, db: db))
        } catch {
            try? await cleanup()
            await databases.shutdownAsync()
            throw error
        }
        try await cleanup()
        await databases.shutdownAsync()
        return result
    }
}

/// Plain-text "hashing" for store tests: the password check itself is Bcrypt's, tested in the web tests.
struct PlainHasher: PasswordHasher {
    func hash(_ password: String) throws -> String { "plain:" + password }
    func verify(_ password: String, created hash: String) throws -> Bool { hash == "plain:" + password }
}

extension DomainError {
    var fields: [String] {
        if case .invalid(let errors) = self { return errors.map(\.field) }
        return []
    }
}
