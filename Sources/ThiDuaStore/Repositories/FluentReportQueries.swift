import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

/// The report counts in SQL, the same statements on SQLite and PostgreSQL. A list of units longer than one
/// statement may bind is counted a chunk at a time and the counts are added.
struct FluentReportQueries: ReportQueries {
    let db: any Database

    func peopleByStatus(inUnits units: [UUID]?) async throws -> [GroupCount] {
        try await counted(units) { chunk in
            var select = db.sql.select().column("status", as: "value")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(PersonModel.schema)
            if let chunk { select = select.where("unit_id", .in, SQLBind.group(chunk)) }
            return try await select.groupBy("status").all().map { row in
                GroupCount(
                    year: nil, value: try row.decode(column: "value", as: String.self),
                    count: try row.decode(column: "n", as: Int.self))
            }
        }
    }

    func personEntries(_ kind: HistoryEntry.Kind, years: ClosedRange<Int>, inUnits units: [UUID]?) async throws
        -> [GroupCount]
    {
        try await counted(units) { chunk in
            var select = db.sql.select()
                .column(SQLColumn("year", table: "h"), as: "year").column(SQLColumn("value", table: "h"), as: "value")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(SQLAlias(SQLIdentifier(HistoryEntryModel.schema), as: SQLIdentifier("h")))
                .join(
                    SQLAlias(SQLIdentifier(PersonModel.schema), as: SQLIdentifier("p")),
                    on: SQLColumn("subject_id", table: "h"), .equal, SQLColumn("id", table: "p")
                )
                .where(SQLColumn("subject_kind", table: "h"), .equal, SQLBind(SubjectKind.person.rawValue))
                .where(SQLColumn("kind", table: "h"), .equal, SQLBind(kind.rawValue))
                .where(SQLColumn("year", table: "h"), .greaterThanOrEqual, SQLBind(years.lowerBound))
                .where(SQLColumn("year", table: "h"), .lessThanOrEqual, SQLBind(years.upperBound))
            if let chunk { select = select.where(SQLColumn("unit_id", table: "p"), .in, SQLBind.group(chunk)) }
            return try await select.groupBy(SQLColumn("year", table: "h")).groupBy(SQLColumn("value", table: "h"))
                .all().map { row in
                    GroupCount(
                        year: try row.decode(column: "year", as: Int?.self),
                        value: try row.decode(column: "value", as: String.self),
                        count: try row.decode(column: "n", as: Int.self))
                }
        }
    }

    /// Runs the count once (every unit) or per chunk of units, adds the counts of equal groups, and sorts them.
    private func counted(_ units: [UUID]?, _ count: ([UUID]?) async throws -> [GroupCount]) async throws
        -> [GroupCount]
    {
        let rows: [GroupCount]
        if let units {
            rows = try await db.sql.inChunks(units) { try await count($0) }
        } else {
            rows = try await count(nil)
        }
        var sums: [GroupCount: Int] = [:]
        for row in rows { sums[GroupCount(year: row.year, value: row.value, count: 0), default: 0] += row.count }
        return sums.map { GroupCount(year: $0.key.year, value: $0.key.value, count: $0.value) }
            .sorted { ($0.year ?? 0, $0.value) < ($1.year ?? 0, $1.value) }
    }
}
