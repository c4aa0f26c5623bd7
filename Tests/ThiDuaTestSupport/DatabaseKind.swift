import Foundation
import Testing

/// The databases a store or web test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
public enum DatabaseKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    public var testDescription: String { rawValue }

    public static var available: [DatabaseKind] {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]?.isEmpty == false ? [.sqlite, .postgres] : [.sqlite]
    }
}
