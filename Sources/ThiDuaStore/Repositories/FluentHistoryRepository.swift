import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentHistoryRepository: HistoryRepository {
    let db: any Database
    var actor = "system"

    func entries(of kind: SubjectKind, _ subjectID: UUID) async throws -> [HistoryEntry] {
        try await HistoryEntryModel.query(on: db)
            .filter(\.$subjectKind == kind.rawValue).filter(\.$subjectID == subjectID)
            .all().map { try $0.core }
    }

    func entries(of kind: SubjectKind, subjects: [UUID]) async throws -> [HistoryEntry] {
        // Rows are read with SQLKit, not as Fluent models: a sweep reads thousands, and the model layer cost most
        // of the page's time.
        try await db.sql.inChunks(subjects) { chunk in
            try await db.sql.select().column("*").from(HistoryEntryModel.schema)
                .where("subject_kind", .equal, SQLBind(kind.rawValue))
                .where("subject_id", .in, SQLBind.group(chunk))
                .all().map(Self.entry)
        }
    }

    static func entry(_ row: any SQLRow) throws -> HistoryEntry {
        func text(_ c: String) throws -> String? { try row.decode(column: c, as: String?.self) }
        let kind: HistoryEntry.Kind = try stored(
            try row.decode(column: "kind", as: String.self), "history_entries", "kind")
        guard let detail = HistoryEntry.Detail(kind: kind, value: try row.decode(column: "value", as: String.self))
        else { throw DomainError.unreadable("history_entries.value") }
        return HistoryEntry(
            id: try row.decode(column: "id", as: UUID.self),
            subjectKind: try stored(
                try row.decode(column: "subject_kind", as: String.self), "history_entries", "subject_kind"),
            subjectID: try row.decode(column: "subject_id", as: UUID.self),
            detail, year: try row.decode(column: "year", as: Int?.self),
            title: try row.decode(column: "title", as: String.self),
            from: try text("from_date").flatMap(LocalDate.init), to: try text("to_date").flatMap(LocalDate.init),
            decisionNumber: try row.decode(column: "decision_number", as: String.self),
            decisionDate: try text("decision_date").flatMap(LocalDate.init),
            authority: try row.decode(column: "authority", as: String.self),
            commendationType: try text("commendation_type").map {
                try stored($0, "history_entries", "commendation_type")
            },
            revoked: try row.decode(column: "revoked", as: Bool.self),
            version: try row.decode(column: "version", as: Int.self))
    }

    func find(_ id: UUID) async throws -> HistoryEntry? {
        try await HistoryEntryModel.find(id, on: db)?.core
    }

    func rating(of kind: SubjectKind, _ subjectID: UUID, year: Int) async throws -> HistoryEntry? {
        try await HistoryEntryModel.query(on: db)
            .filter(\.$subjectKind == kind.rawValue).filter(\.$subjectID == subjectID)
            .filter(\.$kind == HistoryEntry.Kind.rating.rawValue).filter(\.$year == year)
            .first()?.core
    }

    func insert(_ entry: HistoryEntry, ownerUnitID: UUID) async throws {
        try await db.audited(as: actor) { tx, audit in
            try await HistoryEntryModel(entry, ownerUnitID: ownerUnitID).create(on: tx)
            try await audit.record(
                .create, HistoryEntryModel.schema, id: entry.id, unit: ownerUnitID, old: nil as HistoryEntry?,
                new: entry)
        }
    }

    func insertMany(_ entries: [(entry: HistoryEntry, ownerUnitID: UUID)]) async throws {
        try await db.audited(as: actor) { tx, audit in
            // 200 rows of 16 columns stay under both databases' limits on bound parameters.
            for start in stride(from: 0, to: entries.count, by: 200) {
                let chunk = entries[start..<min(start + 200, entries.count)]
                try await chunk.map { HistoryEntryModel($0.entry, ownerUnitID: $0.ownerUnitID) }.create(on: tx)
                try await FluentAuditRepository(db: tx).recordMany(
                    chunk.map { e in
                        AuditChange(
                            .create, entity: HistoryEntryModel.schema, id: e.entry.id.uuidString.lowercased(),
                            unitID: e.ownerUnitID,
                            old: nil as HistoryEntry?, new: e.entry)
                    }, actor: audit.actor)
            }
        }
    }

    func update(_ entry: HistoryEntry) async throws -> HistoryEntry {
        try await db.audited(as: actor) { tx, audit in
            guard let model = try await HistoryEntryModel.find(entry.id, on: tx) else {
                throw DomainError.notFound("thông tin này")
            }
            let old = try model.core
            var saved = entry
            saved.version = try await tx.updateVersioned(
                HistoryEntryModel.schema, id: entry.id, expectedVersion: entry.version, what: "Thông tin này",
                [
                    ("year", entry.year), ("value", entry.value), ("title", entry.title),
                    ("from_date", entry.from?.iso),
                    ("to_date", entry.to?.iso), ("decision_number", entry.decisionNumber),
                    ("decision_date", entry.decisionDate?.iso),
                    ("authority", entry.authority), ("commendation_type", entry.commendationType?.rawValue),
                    ("revoked", entry.revoked),
                ])
            try await audit.record(
                .update, HistoryEntryModel.schema, id: entry.id, unit: model.ownerUnitID, old: old, new: saved)
            return saved
        }
    }

    func withdraw(_ id: UUID, reason: String, at: Date) async throws -> WithdrawnEntry {
        try await db.audited(as: actor) { tx, audit in
            guard let model = try await HistoryEntryModel.find(id, on: tx) else {
                throw DomainError.notFound("thông tin này")
            }
            let withdrawn = WithdrawnEntry(entry: try model.core, reason: reason, withdrawnBy: actor, withdrawnAt: at)
            try await HistoryWithdrawalModel(withdrawn, ownerUnitID: model.ownerUnitID).create(on: tx)
            try await model.delete(on: tx)
            try await audit.record(
                .withdraw, HistoryEntryModel.schema, id: id, unit: model.ownerUnitID, old: withdrawn.entry,
                new: withdrawn)
            return withdrawn
        }
    }

    func withdrawn(of kind: SubjectKind, _ subjectID: UUID) async throws -> [WithdrawnEntry] {
        try await HistoryWithdrawalModel.query(on: db)
            .filter(\.$subjectKind == kind.rawValue).filter(\.$subjectID == subjectID)
            .sort(\.$withdrawnAtMillis, .descending).all().map { try $0.core() }
    }

    func findWithdrawn(_ id: UUID) async throws -> WithdrawnEntry? {
        try await HistoryWithdrawalModel.find(id, on: db)?.core()
    }

    func restore(_ id: UUID) async throws -> HistoryEntry {
        try await db.audited(as: actor) { tx, audit in
            guard let model = try await HistoryWithdrawalModel.find(id, on: tx) else {
                throw DomainError.notFound("thông tin đã rút này")
            }
            let withdrawn = try model.core()
            try await HistoryEntryModel(withdrawn.entry, ownerUnitID: model.ownerUnitID).create(on: tx)
            try await model.delete(on: tx)
            try await audit.record(
                .restore, HistoryEntryModel.schema, id: id, unit: model.ownerUnitID, old: withdrawn,
                new: withdrawn.entry)
            return withdrawn.entry
        }
    }

    func customCodes() async throws -> [AwardCode] {
        try await CustomAwardCodeModel.query(on: db).sort(\.$id).all().map { try $0.core }
    }

    func insertCustomCode(_ code: AwardCode) async throws {
        try await db.audited(as: actor) { tx, audit in
            let model = CustomAwardCodeModel()
            model.id = code.code
            model.name = code.name
            model.kind = code.kind.rawValue
            model.subjectKind = code.subjectKind?.rawValue
            try await model.create(on: tx)
            try await FluentAuditRepository(db: tx).record(
                AuditChange(
                    .create, entity: CustomAwardCodeModel.schema, id: code.code, unitID: nil, old: nil as AwardCode?,
                    new: code),
                actor: audit.actor)
        }
    }
}
