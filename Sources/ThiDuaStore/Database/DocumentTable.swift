import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

/// A table that keeps an aggregate as one JSON document, beside the few columns that queries filter on.
/// Aggregates with lists inside (a movement's targets and status history, a registration's targets) stay one
/// row, the same on SQLite and PostgreSQL. Writes are versioned and audited like every other change.
struct DocumentTable<T: VersionedDocument> {
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
    func insert(_ value: T, columns: [(String, any Encodable & Sendable)], unit: UUID?) async throws {
        try await db.audited(as: actor) { tx, audit in
            let names = ["id", "document", "version"] + columns.map(\.0)
            let values: [any Encodable & Sendable] = [value.id, try Self.json(value), value.version] + columns.map(\.1)
            try await tx.sql.insert(into: table).columns(names).values(values.map { SQLBind($0) }).run()
            try await audit.record(.create, table, id: value.id, unit: unit, old: nil as T?, new: value)
        }
    }

    /// Saves when `value.version` is the stored one; returns the value with its new version.
    func update(_ value: T, what: String, columns: [(String, any Encodable & Sendable)], unit: UUID?) async throws -> T
    {
        try await db.audited(as: actor) { tx, audit in
            guard let old = try await DocumentTable(db: tx, actor: actor, table: table).find(value.id) else {
                throw DomainError.notFound(what.lowercased())
            }
            // Compared before any arithmetic: a version from a form may be anything, even Int.max.
            guard value.version == old.version else { throw DomainError.staleVersion(what) }
            var saved = value
            saved.version = old.version + 1
            _ = try await tx.updateVersioned(
                table, id: value.id, expectedVersion: value.version, what: what,
                [("document", try Self.json(saved))] + columns)
            try await audit.record(.update, table, id: value.id, unit: unit, old: old, new: saved)
            return saved
        }
    }
}

/// An aggregate kept as a document: identified by a UUID, versioned for optimistic locking.
protocol VersionedDocument: Codable, Sendable, Identifiable where ID == UUID {
    var version: Int { get set }
}

extension Anniversary: VersionedDocument {}
extension Movement: VersionedDocument {}
extension Registration: VersionedDocument {}
extension Pact: VersionedDocument {}
extension ExemplaryModel: VersionedDocument {}
extension ReviewCriteria: VersionedDocument {}
extension Ballot: VersionedDocument {}
extension BlocReview: VersionedDocument {}
extension UnitAssessment: VersionedDocument {}
extension PeerReview: VersionedDocument {}
