import Fluent
import Foundation
import ThiDuaCore
import ThiDuaStore
import Vapor

/// Builds the application from the configuration: database, sessions, middleware, routes.
/// The same function serves `thidua serve`, the commands and the tests.
public func configure(_ app: Application, _ configuration: Configuration, demo: Bool = false) async throws {
    app.settings = AppSettings(configuration: configuration, demo: demo)
    app.heavyJobs = HeavyJobs(limit: configuration.heavyJobs)
    try DatabaseSetup.register(
        configuration.database, on: app.databases, sqlLogLevel: .trace,
        busyTimeoutMilliseconds: configuration.sqliteBusyTimeoutMilliseconds)
    app.migrations.add(DatabaseSetup.migrations)

    app.sessions.use { _ in DatabaseSessionDriver(secret: configuration.sessionSecret) }
    let secure = configuration.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "thidua_session") { id in
        HTTPCookies.Value(
            string: id.string, expires: Date().addingTimeInterval(DatabaseSessionDriver.lifetime),
            path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    // Our own error middleware first, so every error becomes a Vietnamese page or JSON.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeaders())
    app.middleware.use(ThiDuaErrorMiddleware())
    app.routes.defaultMaxBodySize = "1mb"
    try routes(app)
}

extension Application {
    /// Migrates, and turns on WAL for SQLite.
    public func prepareDatabase() async throws {
        try await DatabaseSetup.prepare(db)
        try await autoMigrate()
    }

    /// Loads the sample data into an empty database.
    public func loadDemo(histories: Bool = true, progress: @escaping @Sendable (String) -> Void) async throws
        -> DemoData.Summary
    {
        try await DemoData.load(
            into: store, hasher: BcryptHasher(cost: bcryptCost), histories: histories, progress: progress)
    }

    /// Creates an account from the command line.
    public func createAccount(_ account: Account, password: String) async throws {
        try Account.validate(
            username: account.username, password: password, role: account.role,
            unitID: account.unitID, blocID: account.blocID)
        try await store.accounts.insert(account, passwordHash: BcryptHasher(cost: bcryptCost).hash(password))
    }
}

extension Application {
    /// Names of the migrations not yet run.
    public func pendingMigrations() async throws -> [String] {
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }
}

extension Application {
    /// Runs the HTTP server until SIGINT or SIGTERM.
    public func serve(hostname: String, port: Int) async throws {
        environment.arguments = ["thidua", "serve", "--hostname", hostname, "--port", String(port)]
        try await execute()
    }
}

extension Application {
    /// Every registered route: method and path, parameters as `:name`.
    public func routeTable() -> [(method: String, path: String)] {
        routes.all.map { route in
            (route.method.rawValue, "/" + route.path.map(\.description).joined(separator: "/"))
        }
    }
}
