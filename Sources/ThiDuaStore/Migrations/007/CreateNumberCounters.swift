import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

/// The counters of document numbers (`NumberSeries`), and a movement's plan number as columns with a unique
/// index, so that two launches can never share a number. Existing numbers are copied out of the documents and
/// the counters start after the highest of each series.
struct CreateNumberCounters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FluentNumberingRepository.table)
            .field("kind", .string, .required)
            .field("issuer", .string, .required)
            .field("year", .int, .required)
            .field("last", .int, .required)
            .unique(on: "kind", "issuer", "year")
            .create()
        try await database.schema("movements").field("plan_issuer", .string).update()
        try await database.schema("movements").field("plan_number", .int).update()

        let sql = database as! any SQLDatabase
        var highest: [NumberSeries: Int] = [:]
        var seen: [NumberSeries: [Int: UUID]] = [:]
        for row in try await sql.select().columns("id", "document").from("movements").all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let m = try JSONDecoder().decode(
                Movement.self, from: Data(try row.decode(column: "document", as: String.self).utf8))
            guard let number = m.planNumber else { continue }
            let series = NumberSeries.launchPlan(of: m)
            if let other = seen[series]?[number] {
                // Two launches took one number before the counters existed: a person must choose which keeps it.
                throw DomainError.conflict(
                    "Hai phong trào (\(other.uuidString), \(id.uuidString)) cùng số kế hoạch \(number)/\(m.year). "
                        + "Sửa số của một phong trào rồi chạy lại: thidua migrate --yes")
            }
            seen[series, default: [:]][number] = id
            highest[series] = max(highest[series] ?? 0, number)
            try await sql.update("movements").set("plan_issuer", to: series.issuer).set("plan_number", to: number)
                .where("id", .equal, id).run()
        }
        for (series, last) in highest {
            try await sql.insert(into: FluentNumberingRepository.table).columns("kind", "issuer", "year", "last")
                .values(SQLBind(series.kind.rawValue), SQLBind(series.issuer), SQLBind(series.year), SQLBind(last))
                .run()
        }
        try await sql.create(index: "movements_plan_number").unique().on("movements")
            .column("plan_issuer").column("year").column("plan_number").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "movements_plan_number").run()
        try await database.schema("movements").deleteField("plan_number").update()
        try await database.schema("movements").deleteField("plan_issuer").update()
        try await database.schema(FluentNumberingRepository.table).delete()
    }
}
