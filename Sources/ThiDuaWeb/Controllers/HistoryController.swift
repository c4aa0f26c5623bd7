import Foundation
import ThiDuaCore
import Vapor

enum HistoryController {
    struct FormBody: Content {
        var kind: String?
        var year: String?
        var value: String?
        var title: String?
        var from: String?
        var to: String?
        var decisionNumber: String?
        var decisionDate: String?
        var authority: String?
        var commendationType: String?
        var revoked: String?
        var version: Int?

        var draft: HistoryDraft {
            HistoryDraft(
                kind: kind ?? "", year: year ?? "", value: value ?? "", title: title ?? "", from: from ?? "",
                to: to ?? "",
                decisionNumber: decisionNumber ?? "", decisionDate: decisionDate ?? "", authority: authority ?? "",
                commendationType: commendationType ?? "", revoked: revoked == "true")
        }
    }

    @Sendable static func newForPerson(req: Request) async throws -> Response {
        try await new(req, .person, try req.uuid(SiteURL.personKey, what: "người này"))
    }

    @Sendable static func newForUnit(req: Request) async throws -> Response {
        try await new(req, .collective, try req.uuid(SiteURL.unitKey, what: "đơn vị"))
    }

    @Sendable static func createForPerson(req: Request) async throws -> Response {
        try await create(req, .person, try req.uuid(SiteURL.personKey, what: "người này"))
    }

    @Sendable static func createForUnit(req: Request) async throws -> Response {
        try await create(req, .collective, try req.uuid(SiteURL.unitKey, what: "đơn vị"))
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let service = try req.historyService()
        let entry = try await editableEntry(req, service)
        return try await form(
            req, service, entry.subjectKind, entry.subjectID, entryID: entry.id, version: entry.version,
            draft: HistoryDraft(entry), errors: [], message: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let service = try req.historyService()
        let entry = try await editableEntry(req, service)
        let body = try req.form().decode(FormBody.self)
        do {
            _ = try await service.update(entry.id, version: body.version ?? 0, body.draft, today: req.today)
            req.flash("Đã lưu thay đổi.")
            return req.redirect(to: subjectURL(entry.subjectKind, entry.subjectID).path + "#qua-trinh")
        } catch {
            let (fields, message) = try formProblems(error)
            var draft = body.draft
            draft.kind = entry.kind.rawValue
            return try await form(
                req, service, entry.subjectKind, entry.subjectID, entryID: entry.id, version: body.version ?? 0,
                draft: draft, errors: fields, message: message)
        }
    }

    /// Two steps: the first post shows what will be withdrawn and asks why; the second withdraws it.
    @Sendable static func withdraw(req: Request) async throws -> Response {
        let service = try req.historyService()
        let entry = try await editableEntry(req, service)
        let summary = entry.summary(codes: try await service.codes())
        let reason = req.form()["reason"] ?? ""
        func confirmation(_ errors: [FieldError]) -> Response {
            req.confirmation(
                title: "Rút thông tin",
                question:
                    "Rút “\(summary)” (\(entry.kind.vietnamese.lowercased())) khỏi quá trình thi đua, khen thưởng?",
                consequences: [
                    "Thông tin không còn được dùng khi xét điều kiện danh hiệu, khen thưởng.",
                    "Thông tin không bị xóa: nó được giữ trong mục “Thông tin đã rút” cùng lý do, người rút và thời điểm, và có thể khôi phục.",
                    "Việc rút được ghi vào nhật ký thay đổi.",
                ],
                confirmLabel: "Rút thông tin",
                cancel: subjectURL(entry.subjectKind, entry.subjectID).path + "#qua-trinh",
                reason: .init(
                    label: "Lý do rút", hint: "Ví dụ: nhập nhầm người, trùng với quyết định đã nhập.", value: reason),
                errors: errors, section: entry.subjectKind == .person ? .people : .units)
        }
        guard req.confirmed else { return confirmation([]) }
        do {
            _ = try await service.withdraw(entry.id, reason: reason)
        } catch {
            return confirmation(try formErrors(error))
        }
        req.flash("Đã rút: \(summary). Thông tin vẫn được giữ trong mục “Thông tin đã rút”.")
        return req.redirect(to: subjectURL(entry.subjectKind, entry.subjectID).path + "#qua-trinh")
    }

    /// Puts a withdrawn entry back; refused (with the reason) when the year now has another rating.
    @Sendable static func restore(req: Request) async throws -> Response {
        let service = try req.historyService()
        let withdrawn = try await service.restorableEntry(try req.uuid(SiteURL.entryKey, what: "thông tin đã rút này"))
        let back = subjectURL(withdrawn.entry.subjectKind, withdrawn.entry.subjectID).path + "#da-rut"
        do {
            let entry = try await service.restore(withdrawn.entry.id)
            req.flash("Đã khôi phục: \(entry.summary(codes: try await service.codes())).")
        } catch {
            req.flash("Chưa khôi phục được: " + (try formErrors(error)).map(\.message).joined(separator: " "))
        }
        return req.redirect(to: back)
    }

    static func subjectURL(_ kind: SubjectKind, _ id: UUID) -> SiteURL {
        kind == .person ? .person(.value(id)) : .unit(.value(id))
    }

    /// Read through the service, so that an entry out of scope is "not found" and a read-only one is refused.
    private static func editableEntry(_ req: Request, _ service: HistoryService) async throws -> HistoryEntry {
        try await service.editableEntry(try req.uuid(SiteURL.entryKey, what: "thông tin này"))
    }

    private static func new(_ req: Request, _ kind: SubjectKind, _ id: UUID) async throws -> Response {
        let service = try req.historyService()
        let history = try await service.history(of: kind, id)
        guard history.canEdit else { throw DomainError.forbidden }
        let entryKind = HistoryEntry.Kind(rawValue: req.query[String.self, at: "loai"] ?? "") ?? .rating
        return try await form(
            req, service, kind, id, entryID: nil, version: 1, draft: HistoryDraft(kind: entryKind.rawValue), errors: [],
            message: nil)
    }

    private static func create(_ req: Request, _ kind: SubjectKind, _ id: UUID) async throws -> Response {
        let service = try req.historyService()
        let body = try req.form().decode(FormBody.self)
        do {
            let entry = try await service.add(body.draft, to: kind, id, today: req.today)
            req.flash("Đã thêm: \(entry.summary(codes: try await service.codes())).")
            return req.redirect(to: subjectURL(kind, id).path + "#qua-trinh")
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(
                req, service, kind, id, entryID: nil, version: 1, draft: body.draft, errors: fields, message: message)
        }
    }

    private static func form(
        _ req: Request, _ service: HistoryService, _ kind: SubjectKind, _ id: UUID, entryID: UUID?, version: Int,
        draft: HistoryDraft, errors: [FieldError], message: String?
    ) async throws -> Response {
        let history = try await service.history(of: kind, id)
        let action: SiteURL =
            entryID.map { .historyEntry(.value($0), .edit) }
            ?? (kind == .person ? .person(.value(id), .historyNew) : .unit(.value(id), .historyNew))
        let model = HistoryForm.Model(
            layout: .init(
                request: req, title: entryID == nil ? "Thêm thông tin" : "Sửa thông tin",
                section: kind == .person ? .people : .units,
                trail: [(history.name, subjectURL(kind, id).path)]),
            id: entryID, version: version, draft: draft,
            choices: .init(
                subjectName: history.name, subjectKind: kind, action: action, back: subjectURL(kind, id),
                codes: try await service.codes().values.sorted { $0.code < $1.code }),
            errors: errors, message: message, csrf: req.csrf)
        return HTMLResponse.make(
            HistoryForm.render(model), status: errors.isEmpty && message == nil ? .ok : .unprocessableEntity)
    }
}
