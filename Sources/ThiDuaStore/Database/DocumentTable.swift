import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

/// A table that keeps an aggregate as one JSON document, beside the few columns that queries filter on.
/// Aggregates with lists inside (a movement's targets and status history, a registration's targets) stay one
/// row, the same on SQLite and PostgreSQL. Writes are versioned and audited like every other change.
struct DocumentTable<T: Codable & Sendable & Identifiable> where T.ID == UUID {
    let db: any Database
    let actor: String
    let table: String

    private static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func json(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }

    static func decode(_ row: any SQLRow) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(try row.decode(column: "document", as: String.self).utf8))
    }

    func find(_ id: UUID) async throws -> T? {
        try await db.sql.select().column("document").from(table).where("id", .equal, id).first().map(Self.decode)
    }

    /// Rows matching the filter built on a select of `document`.
    func select(_ build: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [T] {
        try await build(db.sql.select().column("document").from(table)).all().map(Self.decode)
    }

    /// Inserts the document with its filter columns (besides `id`, `document` and `version`).
    func insert(_ value: T, version: Int, columns: [(String, any Encodable & Sendable)], unit: UUID?) async throws {
        try await db.audited(as: actor) { tx, audit in
            let names = ["id", "document", "version"] + columns.map(\.0)
            let values: [any Encodable & Sendable] = [value.id, try Self.json(value), version] + columns.map(\.1)
            try await tx.sql.insert(into: table).columns(names).values(values.map { SQLBind($0) }).run()
            try await audit.record(.create, table, id: value.id, unit: unit, old: nil as T?, new: value)
        }
    }

    /// Saves when `expectedVersion` is the stored one; `make` gives the document with its new version.
    func update(_ id: UUID, expectedVersion: Int, what: String, columns: [(String, any Encodable & Sendable)], unit: UUID?,
                make: @escaping @Sendable (Int) -> T) async throws -> T {
        try await db.audited(as: actor) { tx, audit in
            guard let old = try await DocumentTable(db: tx, actor: actor, table: table).find(id) else { throw DomainError.notFound(what.lowercased()) }
            let saved = make(expectedVersion + 1)
            let newVersion = try await tx.updateVersioned(table, id: id, expectedVersion: expectedVersion, what: what,
                                                          [("document", try Self.json(saved))] + columns)
            precondition(newVersion == expectedVersion + 1)
            try await audit.record(.update, table, id: id, unit: unit, old: old, new: saved)
            return saved
        }
    }
}
