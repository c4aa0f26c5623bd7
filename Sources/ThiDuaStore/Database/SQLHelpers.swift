import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

/// `column LIKE $1 ESCAPE '\'`: the same literal-% behaviour on SQLite and PostgreSQL.
struct SQLContains: SQLExpression {
    let column: SQLColumn
    let query: String

    func serialize(to serializer: inout SQLSerializer) {
        column.serialize(to: &serializer)
        serializer.write(" LIKE ")
        SQLBind(VietnameseText.likeContainsPattern(query)).serialize(to: &serializer)
        serializer.write(" ESCAPE '\\'")
    }
}

/// `column LIKE 'prefix%' ESCAPE '\'`, the prefix taken literally.
struct SQLStartsWith: SQLExpression {
    let column: SQLColumn
    let prefix: String

    func serialize(to serializer: inout SQLSerializer) {
        let escaped = prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        column.serialize(to: &serializer)
        serializer.write(" LIKE ")
        SQLBind(escaped + "%").serialize(to: &serializer)
        serializer.write(" ESCAPE '\\'")
    }
}

extension Database {
    var sql: any SQLDatabase { self as! any SQLDatabase }

    /// `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`, one statement, so that
    /// two people saving the same record cannot both win. Throws `staleVersion` when nothing matched.
    func updateVersioned(
        _ table: String, id: UUID, expectedVersion: Int, what: String,
        _ values: [(String, any Encodable & Sendable)]
    ) async throws -> Int {
        var update = sql.update(table)
        for (column, value) in values { update = update.set(column, to: value) }
        let row =
            try await update
            .set(
                SQLIdentifier("version"),
                to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1"))
            )
            .where("id", .equal, id)
            .where("version", .equal, expectedVersion)
            .returning("version")
            .first()
        guard let row else {
            let exists = try await sql.select().column("id").from(table).where("id", .equal, id).first() != nil
            throw exists ? DomainError.staleVersion(what) : DomainError.notFound(what.lowercased())
        }
        return try row.decode(column: "version", as: Int.self)
    }
}

extension SQLSelectBuilder {
    /// Adds the `search_key` filter when there is a query text.
    func matching(_ text: String?, column: SQLColumn = SQLColumn("search_key")) -> Self {
        guard let text, !VietnameseText.searchKey(text).isEmpty else { return self }
        return self.where(SQLContains(column: column, query: text))
    }
}

extension SQLDatabase {
    /// Runs a read per chunk of ids and joins the results: chunks keep an `IN` list within both databases'
    /// limits on bound parameters.
    func inChunks<Element>(_ ids: [UUID], size: Int = 500, _ read: ([UUID]) async throws -> [Element])
        async throws -> [Element]
    {
        var found: [Element] = []
        for start in stride(from: 0, to: ids.count, by: size) {
            found += try await read(Array(ids[start..<min(start + size, ids.count)]))
        }
        return found
    }
}
