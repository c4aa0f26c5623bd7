import FluentKit
import SQLKit
import ThiDuaCore

struct FluentReviewCriteriaRepository: ReviewCriteriaRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<ReviewCriteria> { DocumentTable(db: db, actor: actor, table: "review_criteria") }

    func find(bloc: UUID, year: Int) async throws -> ReviewCriteria? {
        try await table.select { $0.where("bloc_id", .equal, bloc).where("year", .equal, year) }.first
    }

    func insert(_ c: ReviewCriteria) async throws {
        try await table.insert(c, columns: [("bloc_id", c.blocID), ("year", c.year)], unit: nil)
    }

    func update(_ c: ReviewCriteria) async throws -> ReviewCriteria {
        try await table.update(c, what: "Bảng tiêu chí chấm điểm", columns: [], unit: nil)
    }
}
