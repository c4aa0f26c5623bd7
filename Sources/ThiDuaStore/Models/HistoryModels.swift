import FluentKit
import Foundation
import ThiDuaCore

final class HistoryEntryModel: Model, @unchecked Sendable {
    static let schema = "history_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "owner_unit_id") var ownerUnitID: UUID
    @Field(key: "kind") var kind: String
    @OptionalField(key: "year") var year: Int?
    @Field(key: "value") var value: String
    @Field(key: "title") var title: String
    @OptionalField(key: "from_date") var fromDate: String?
    @OptionalField(key: "to_date") var toDate: String?
    @Field(key: "decision_number") var decisionNumber: String
    @OptionalField(key: "decision_date") var decisionDate: String?
    @Field(key: "authority") var authority: String
    @OptionalField(key: "commendation_type") var commendationType: String?
    @Field(key: "revoked") var revoked: Bool
    @Field(key: "version") var version: Int

    init() {}

    init(_ e: HistoryEntry, ownerUnitID: UUID) {
        id = e.id
        subjectKind = e.subjectKind.rawValue
        subjectID = e.subjectID
        self.ownerUnitID = ownerUnitID
        kind = e.kind.rawValue
        year = e.year
        value = e.value
        title = e.title
        fromDate = e.from?.iso
        toDate = e.to?.iso
        decisionNumber = e.decisionNumber
        decisionDate = e.decisionDate?.iso
        authority = e.authority
        commendationType = e.commendationType?.rawValue
        revoked = e.revoked
        version = e.version
    }

    var core: HistoryEntry {
        get throws {
            guard let detail = HistoryEntry.Detail(kind: try stored(kind, Self.schema, "kind"), value: value) else {
                throw DomainError.unreadable("\(Self.schema).value")
            }
            return HistoryEntry(
                id: id!, subjectKind: try stored(subjectKind, Self.schema, "subject_kind"), subjectID: subjectID,
                detail, year: year, title: title,
                from: fromDate.flatMap(LocalDate.init), to: toDate.flatMap(LocalDate.init),
                decisionNumber: decisionNumber, decisionDate: decisionDate.flatMap(LocalDate.init),
                authority: authority,
                commendationType: try commendationType.map { try stored($0, Self.schema, "commendation_type") },
                revoked: revoked, version: version)
        }
    }
}

/// A withdrawn entry; the entry itself is kept whole as JSON, so that it comes back exactly as it was.
final class HistoryWithdrawalModel: Model, @unchecked Sendable {
    static let schema = "history_withdrawals"

    @ID(key: .id) var id: UUID?
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "owner_unit_id") var ownerUnitID: UUID
    @Field(key: "entry") var entry: String
    @Field(key: "reason") var reason: String
    @Field(key: "withdrawn_by") var withdrawnBy: String
    @Field(key: "withdrawn_at_ms") var withdrawnAtMillis: Int64

    init() {}

    init(_ w: WithdrawnEntry, ownerUnitID: UUID) throws {
        id = w.entry.id
        subjectKind = w.entry.subjectKind.rawValue
        subjectID = w.entry.subjectID
        self.ownerUnitID = ownerUnitID
        entry = String(decoding: try JSONEncoder().encode(w.entry), as: UTF8.self)
        reason = w.reason
        withdrawnBy = w.withdrawnBy
        withdrawnAtMillis = Int64((w.withdrawnAt.timeIntervalSince1970 * 1000).rounded())
    }

    func core() throws -> WithdrawnEntry {
        WithdrawnEntry(
            entry: try JSONDecoder().decode(HistoryEntry.self, from: Data(entry.utf8)), reason: reason,
            withdrawnBy: withdrawnBy, withdrawnAt: Date(timeIntervalSince1970: Double(withdrawnAtMillis) / 1000))
    }
}

final class CustomAwardCodeModel: Model, @unchecked Sendable {
    static let schema = "custom_award_codes"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "subject_kind") var subjectKind: String?

    init() {}

    var core: AwardCode {
        get throws {
            AwardCode(
                code: id!, name: name, kind: try stored(kind, Self.schema, "kind"),
                subjectKind: try subjectKind.map { try stored($0, Self.schema, "subject_kind") }, builtIn: false)
        }
    }
}
