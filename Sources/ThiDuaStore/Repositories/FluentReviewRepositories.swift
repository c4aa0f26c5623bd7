import FluentKit
import Foundation
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

struct FluentBlocReviewRepository: BlocReviewRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<BlocReview> { DocumentTable(db: db, actor: actor, table: "bloc_reviews") }

    func find(bloc: UUID, year: Int) async throws -> BlocReview? {
        try await table.select { $0.where("bloc_id", .equal, bloc).where("year", .equal, year) }.first
    }

    func insert(_ r: BlocReview) async throws {
        try await table.insert(
            r, columns: [("bloc_id", r.blocID), ("year", r.year), ("published_on", r.publishedOn?.description)],
            unit: nil)
    }

    func update(_ r: BlocReview) async throws -> BlocReview {
        try await table.update(
            r, what: "Cuộc tổng kết của khối", columns: [("published_on", r.publishedOn?.description)], unit: nil)
    }

    func published(limit: Int) async throws -> [BlocReview] {
        try await table.select {
            $0.where("published_on", .isNot, SQLLiteral.null).orderBy("published_on", .descending)
                .limit(max(0, min(limit, 1000)))
        }
    }
}

struct FluentUnitAssessmentRepository: UnitAssessmentRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<UnitAssessment> { DocumentTable(db: db, actor: actor, table: "unit_assessments") }

    func find(bloc: UUID, year: Int, unit: UUID) async throws -> UnitAssessment? {
        try await table.select {
            $0.where("bloc_id", .equal, bloc).where("year", .equal, year).where("unit_id", .equal, unit)
        }.first
    }

    func list(bloc: UUID, year: Int) async throws -> [UnitAssessment] {
        try await table.select { $0.where("bloc_id", .equal, bloc).where("year", .equal, year).orderBy("id") }
    }

    /// Audited under the unit, whose officer follows the changes to it.
    func insert(_ a: UnitAssessment) async throws {
        try await table.insert(
            a, columns: [("bloc_id", a.blocID), ("year", a.year), ("unit_id", a.unitID)], unit: a.unitID)
    }

    func update(_ a: UnitAssessment) async throws -> UnitAssessment {
        try await table.update(a, what: "Bản tự chấm điểm", columns: [], unit: a.unitID)
    }
}

struct FluentPeerReviewRepository: PeerReviewRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<PeerReview> { DocumentTable(db: db, actor: actor, table: "peer_reviews") }

    func find(bloc: UUID, year: Int, reviewer: UUID, unit: UUID) async throws -> PeerReview? {
        try await table.select {
            $0.where("bloc_id", .equal, bloc).where("year", .equal, year).where("reviewer_id", .equal, reviewer)
                .where("unit_id", .equal, unit)
        }.first
    }

    func list(bloc: UUID, year: Int) async throws -> [PeerReview] {
        try await table.select { $0.where("bloc_id", .equal, bloc).where("year", .equal, year).orderBy("id") }
    }

    /// Audited under the reviewer, not the unit scored: the scored unit does not read its reviewers' scores
    /// before the results are published.
    func insert(_ p: PeerReview) async throws {
        try await table.insert(
            p,
            columns: [("bloc_id", p.blocID), ("year", p.year), ("reviewer_id", p.reviewerID), ("unit_id", p.unitID)],
            unit: p.reviewerID)
    }

    func update(_ p: PeerReview) async throws -> PeerReview {
        try await table.update(p, what: "Phiếu chấm chéo", columns: [], unit: p.reviewerID)
    }
}

/// Files are immutable and named by their content: storing one twice keeps the first.
struct FluentEvidenceRepository: EvidenceRepository {
    let db: any Database

    func store(_ file: EvidenceFile) async throws {
        guard try await find(sha256: file.sha256) == nil else { return }
        try await db.sql.insert(into: "evidence_files").columns("sha256", "kind", "size", "content")
            .values(SQLBind(file.sha256), SQLBind(file.kind.rawValue), SQLBind(file.data.count), SQLBind(file.data))
            .run()
    }

    func find(sha256: String) async throws -> EvidenceFile? {
        guard
            let row = try await db.sql.select().columns("kind", "content").from("evidence_files")
                .where("sha256", .equal, sha256).first(),
            let kind = EvidenceKind(rawValue: try row.decode(column: "kind", as: String.self))
        else { return nil }
        return EvidenceFile(sha256: sha256, kind: kind, data: try row.decode(column: "content", as: Data.self))
    }
}
