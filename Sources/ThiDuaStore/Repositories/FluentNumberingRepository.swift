import FluentKit
import SQLKit
import ThiDuaCore

/// One counter row per (kind, issuer, year). Taking a number updates the row and reads it back in one
/// statement (`UPDATE … RETURNING`): on PostgreSQL the row lock makes the next taker wait for this transaction,
/// and SQLite has one writer. A rolled-back use case rolls its number back too, so the series has no gap.
struct FluentNumberingRepository: NumberingRepository {
    let db: any Database
    static let table = "number_counters"

    func next(_ series: NumberSeries) async throws -> Int {
        try await db.transaction { tx in
            if let taken = try await Self.increment(series, on: tx.sql) { return taken }
            // The series' first number: create its row (a concurrent creator wins silently), then take it.
            try await tx.sql.insert(into: Self.table)
                .columns("kind", "issuer", "year", "last")
                .values(SQLBind(series.kind.rawValue), SQLBind(series.issuer), SQLBind(series.year), SQLBind(0))
                .ignoringConflicts(with: ["kind", "issuer", "year"])
                .run()
            guard let taken = try await Self.increment(series, on: tx.sql) else {
                throw DomainError.conflict("Không cấp được số văn bản. Hãy thử lại.")
            }
            return taken
        }
    }

    func last(_ series: NumberSeries) async throws -> Int {
        try await Self.where(series, db.sql.select().column("last").from(Self.table)).first()
            .map { try $0.decode(column: "last", as: Int.self) } ?? 0
    }

    private static func increment(_ series: NumberSeries, on sql: any SQLDatabase) async throws -> Int? {
        try await Self.where(
            series,
            sql.update(table).set(
                SQLIdentifier("last"), to: SQLBinaryExpression(SQLIdentifier("last"), .add, SQLLiteral.numeric("1")))
        )
        .returning("last").first()
        .map { try $0.decode(column: "last", as: Int.self) }
    }

    private static func `where`<B: SQLPredicateBuilder>(_ series: NumberSeries, _ builder: B) -> B {
        builder.where("kind", .equal, series.kind.rawValue).where("issuer", .equal, series.issuer)
            .where("year", .equal, series.year)
    }
}
