import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import SQLKit
import ThiDuaCore

/// Registers the configured database, the same way for the server, the commands and the tests.
public enum DatabaseSetup {
    public static func register(
        _ database: Configuration.Database, on databases: Databases, as id: DatabaseID? = nil, isDefault: Bool = true,
        searchPath: [String]? = nil, sqlLogLevel: Logger.Level = .debug,
        busyTimeoutMilliseconds: Int = 10_000
    ) throws {
        switch database {
        case .sqlite(let path):
            try SQLiteFile.prepare(path)
            let inner = DatabaseConfigurationFactory.sqlite(.file(path), sqlLogLevel: sqlLogLevel).make()
            databases.use(
                SerializedSQLiteConfiguration(
                    inner: inner, queue: SQLiteWriteQueue(busyTimeoutMilliseconds: busyTimeoutMilliseconds)),
                as: id ?? .sqlite, isDefault: isDefault)
        case .postgres(let url):
            var config = try SQLPostgresConfiguration(url: url)
            config.searchPath = searchPath
            databases.use(
                .postgres(configuration: config, sqlLogLevel: sqlLogLevel), as: id ?? .psql, isDefault: isDefault)
        }
    }

    /// WAL lets readers go on while one writer writes; foreign keys are on for every connection already.
    public static func prepare(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    public static var migrations: [any Migration] { ThiDuaMigrations.all }
}
