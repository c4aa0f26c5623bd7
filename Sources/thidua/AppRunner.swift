import Foundation
import Logging
import ThiDuaCore
import ThiDuaWeb
import Vapor

/// Builds the app for a command from the environment, and always shuts it down.
enum AppRunner {
    static func withApp<T>(demo: Bool = false, _ body: (Application, Configuration) async throws -> T) async throws -> T
    {
        let configuration: Configuration
        do {
            configuration = try Configuration.fromEnvironment()
        } catch let problem as Configuration.Problem {
            throw CommandFailure(problem.description)
        }
        let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let app = try await Application.make(Environment(name: "production", arguments: ["thidua"]))
        do {
            try await configure(app, configuration, demo: demo)
            let result = try await body(app, configuration)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Where the data lives, without the password of a PostgreSQL URL.
    static func describe(_ database: Configuration.Database) -> String {
        switch database {
        case .sqlite(let path): return "SQLite: \(path)"
        case .postgres(let url):
            guard var c = URLComponents(string: url) else { return "PostgreSQL" }
            c.password = c.password == nil ? nil : "***"
            return "PostgreSQL: \(c.string ?? "")"
        }
    }
}

/// A failure told to the user in one Vietnamese line, without a stack.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

func printProgress(_ line: String) {
    print("  … \(line)")
}
