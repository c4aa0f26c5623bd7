import Foundation
import ThiDuaCore
import Vapor

enum HistoryAPIController {
    struct HistoryResult: Encodable, Sendable {
        var subjectKind: SubjectKind
        var subjectID: UUID
        var name: String
        var entries: [HistoryEntry]
    }

    struct CodeBody: Decodable {
        var code: String
        var name: String
        var kind: AwardCode.Kind
        var subjectKind: SubjectKind?
    }

    @Sendable static func personHistory(req: Request) async throws -> APIResult<HistoryResult> {
        try await history(req, .person, try req.uuid(SiteURL.personKey, what: "người này"))
    }

    @Sendable static func unitHistory(req: Request) async throws -> APIResult<HistoryResult> {
        try await history(req, .collective, try req.uuid(SiteURL.unitKey, what: "đơn vị"))
    }

    @Sendable static func addToPerson(req: Request) async throws -> APIResult<HistoryEntry> {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        return APIResult(
            try await req.historyService().add(
                try req.content.decode(HistoryDraft.self), to: .person, id, today: req.today), status: .created)
    }

    @Sendable static func addToUnit(req: Request) async throws -> APIResult<HistoryEntry> {
        let id = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        return APIResult(
            try await req.historyService().add(
                try req.content.decode(HistoryDraft.self), to: .collective, id, today: req.today), status: .created)
    }

    @Sendable static func update(req: Request) async throws -> APIResult<HistoryEntry> {
        let service = try req.historyService()
        // Access first: a refused caller learns nothing from validation messages.
        let entry = try await service.editableEntry(try req.uuid(SiteURL.entryKey, what: "thông tin này"))
        return APIResult(
            try await service.update(
                entry.id, version: try req.bodyVersion(), try req.content.decode(HistoryDraft.self), today: req.today))
    }

    struct WithdrawBody: Decodable {
        var reason: String?
    }

    /// A withdrawn entry as the API shows it: the time as ISO 8601 text.
    struct WithdrawnResult: Encodable, Sendable {
        var entry: HistoryEntry
        var reason: String
        var withdrawnBy: String
        var withdrawnAt: String

        init(_ w: WithdrawnEntry) {
            entry = w.entry
            reason = w.reason
            withdrawnBy = w.withdrawnBy
            withdrawnAt = ISO8601DateFormatter().string(from: w.withdrawnAt)
        }
    }

    /// History entries are evidence: the API withdraws them with a reason, it never erases them.
    @Sendable static func withdraw(req: Request) async throws -> APIResult<WithdrawnResult> {
        let service = try req.historyService()
        let entry = try await service.editableEntry(try req.uuid(SiteURL.entryKey, what: "thông tin này"))
        let body = try req.content.decode(WithdrawBody.self)
        return APIResult(WithdrawnResult(try await service.withdraw(entry.id, reason: body.reason ?? "")))
    }

    @Sendable static func restore(req: Request) async throws -> APIResult<HistoryEntry> {
        let service = try req.historyService()
        let withdrawn = try await service.restorableEntry(try req.uuid(SiteURL.entryKey, what: "thông tin đã rút này"))
        return APIResult(try await service.restore(withdrawn.entry.id))
    }

    @Sendable static func codes(req: Request) async throws -> APIResult<[AwardCode]> {
        APIResult(try await req.historyService().codes().values.sorted { $0.code < $1.code })
    }

    @Sendable static func addCode(req: Request) async throws -> APIResult<AwardCode> {
        try req.requireOrganizationAdmin()
        let body = try req.content.decode(CodeBody.self)
        return APIResult(
            try await req.historyService().addCustomCode(
                code: body.code, name: body.name, kind: body.kind, subjectKind: body.subjectKind),
            status: .created)
    }

    @Sendable static func audit(req: Request) async throws -> APIResult<APIPage<AuditEvent>> {
        let page = try await AuditService(store: req.store).list(
            for: try req.requireAccount(), entity: req.query[String.self, at: "entity"],
            actor: req.query[String.self, at: "actor"],
            page: req.query[Int.self, at: "page"] ?? 1, perPage: req.query[Int.self, at: "per"] ?? 50)
        return APIResult(APIPage(page))
    }

    private static func history(_ req: Request, _ kind: SubjectKind, _ id: UUID) async throws -> APIResult<
        HistoryResult
    > {
        let h = try await req.historyService().history(of: kind, id)
        let sorted = h.entries.sorted {
            ($0.timelineYear ?? 0, $0.kind.rawValue) > ($1.timelineYear ?? 0, $1.kind.rawValue)
        }
        return APIResult(HistoryResult(subjectKind: kind, subjectID: id, name: h.name, entries: sorted))
    }
}
