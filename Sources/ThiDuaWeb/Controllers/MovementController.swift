import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// Movements: list, form, detail, status steps, copy to next year, results.
enum MovementController {
    @Sendable static func index(req: Request) async throws -> Response {
        let service = try req.movementService()
        let year = req.query[String.self, at: "nam"] ?? ""
        let status = req.query[String.self, at: "trang-thai"] ?? ""
        let scope = req.query[String.self, at: "pham-vi"] ?? ""
        let filter = MovementFilter(
            year: Int(year).flatMap { LocalDate.plausibleYears.contains($0) ? $0 : nil },
            status: Movement.Status(rawValue: status), scopeKind: Movement.ScopeKind(rawValue: scope))
        let policy = AccessPolicy(account: try req.requireAccount())
        let model = MovementList.Model(
            layout: .init(request: req, title: "Phong trào thi đua", section: .movements),
            movements: try await service.list(filter), year: year, status: status, scope: scope,
            scopeNames: try await scopeNames(req),
            canCreate: policy.launchesMovements, canManageSite: policy.canManageOrganization)
        return HTMLResponse.make(MovementList.render(model))
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let policy = AccessPolicy(account: try req.requireAccount())
        guard policy.launchesMovements else { throw DomainError.forbidden }
        var draft = MovementDraft(year: String(req.today.year))
        if let own = policy.ownMovementScope {
            draft.scopeKind = own.kind.rawValue
            draft.scopeID = own.id?.uuidString.lowercased() ?? ""
        }
        return try await form(req, id: nil, version: 1, draft: draft, errors: [], message: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let draft = draftFromBody(req)
        do {
            let m = try await req.movementService().create(draft)
            req.flash("Đã lưu dự thảo “\(m.title)”.")
            return req.redirect(to: SiteURL.movement(.value(m.id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(req, id: nil, version: 1, draft: draft, errors: fields, message: message)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, errors: [], status: .ok)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let m = try await req.movementService().movement(try id(req))
        guard try req.movementService().canManage(m.scopeKind, m.scopeID) else { throw DomainError.forbidden }
        return try await form(req, id: m.id, version: m.version, draft: MovementDraft(m), errors: [], message: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try id(req)
        let draft = draftFromBody(req)
        let version = try req.form().int("version") ?? 0
        do {
            let m = try await req.movementService().update(id, version: version, draft)
            req.flash("Đã lưu “\(m.title)”.")
            return req.redirect(to: SiteURL.movement(.value(m.id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(req, id: id, version: version, draft: draft, errors: fields, message: message)
        }
    }

    struct StatusBody: Decodable {
        var version: Int
        var status: String
        var on: String?
    }

    @Sendable static func advance(req: Request) async throws -> Response {
        let body = try req.form().decode(StatusBody.self)
        let id = try id(req)
        do {
            guard let status = Movement.Status(rawValue: body.status) else {
                throw DomainError.invalid([FieldError("status", "Trạng thái không hợp lệ.")])
            }
            guard let on = LocalDate(body.on ?? "") ?? (body.on?.isEmpty ?? true ? req.today : nil) else {
                throw DomainError.invalid([FieldError("on", "Ngày không hợp lệ (ngày/tháng/năm).")])
            }
            let m = try await req.movementService().advance(id, to: status, on: on, version: body.version)
            req.flash("“\(m.title)”: \(m.status.vietnamese.lowercased()) ngày \(on.vietnamese).")
            return req.redirect(to: SiteURL.movement(.value(id)).path)
        } catch {
            return try await page(req, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func copy(req: Request) async throws -> Response {
        let copy = try await req.movementService().copyToNextYear(try id(req))
        req.flash(
            "Đã tạo dự thảo năm \(copy.year) từ phong trào năm \(copy.year - 1). Hãy xem lại ngày tháng và chỉ tiêu.")
        return req.redirect(to: SiteURL.movement(.value(copy.id), .edit).path)
    }

    @Sendable static func results(req: Request) async throws -> Response {
        let form = req.form()
        let version = try form.int("version") ?? 0
        let text = form["results"] ?? ""
        let published = form.values("published").contains("on")
        do {
            _ = try await req.movementService().publishResults(
                try id(req), text: text, published: published, version: version)
            req.flash(published ? "Đã công bố kết quả trên bản tin." : "Đã lưu kết quả (chưa công bố).")
            return req.redirect(to: SiteURL.movement(.value(try id(req))).path)
        } catch {
            return try await page(req, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func approveBulletin(req: Request) async throws -> Response {
        let version = try req.form().int("version") ?? 0
        do {
            let m = try await req.movementService().approveForBulletin(try id(req), version: version)
            req.flash("Đã duyệt: “\(m.title)” được đăng trên bản tin công khai.")
            return req.redirect(to: SiteURL.movement(.value(m.id)).path)
        } catch {
            return try await page(req, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    // MARK: helpers

    static func id(_ req: Request) throws -> UUID { try req.uuid(SiteURL.movementKey, what: "phong trào") }

    /// The form's fields, with the repeated `codes` checkboxes.
    static func draftFromBody(_ req: Request) -> MovementDraft {
        let form = req.form()
        func field(_ name: String) -> String { form[name] ?? "" }
        return MovementDraft(
            year: field("year"), kind: field("kind"), scopeKind: field("scopeKind"), scopeID: field("scopeID"),
            title: field("title"),
            theme: field("theme"), slogans: field("slogans"), launchedBy: field("launchedBy"),
            periodFrom: field("periodFrom"),
            periodTo: field("periodTo"), targets: field("targets"), anniversaryID: field("anniversaryID"),
            codes: form.values("codes"), registrationDeadline: field("registrationDeadline"))
    }

    static func scopeNames(_ req: Request) async throws -> [String: String] {
        var names: [String: String] = [:]
        for u in try await req.store.units.directory() { names[u.id.uuidString] = u.name }
        for b in try await req.store.blocs.directory() {
            names[b.id.uuidString] = b.name
        }
        return names
    }

    private static func form(
        _ req: Request, id: UUID?, version: Int, draft: MovementDraft, errors: [FieldError], message: String?
    ) async throws -> Response {
        let service = try req.movementService()
        // The name and the original date, not "Kỷ niệm N năm": N depends on the year field, which the user may
        // change after the page is drawn; the movement's page shows the label for the year saved.
        let anniversaries = try await service.anniversaries().filter(\.active).map {
            ($0, "\($0.name) (\($0.originDate.decree30Short))")
        }
        let model = MovementForm.Model(
            layout: .init(request: req, title: id == nil ? "Thêm phong trào" : "Sửa phong trào", section: .movements),
            id: id, version: version, draft: draft,
            choices: .init(
                blocs: try await req.store.blocs.directory(),
                units: try await req.store.units.directory().filter { $0.activeTo == nil },
                anniversaries: anniversaries),
            errors: errors, message: message, csrf: req.csrf)
        return HTMLResponse.make(
            MovementForm.render(model), status: errors.isEmpty && message == nil ? .ok : .unprocessableEntity)
    }

    private static func page(_ req: Request, errors: [FieldError], status: HTTPResponseStatus) async throws -> Response
    {
        let service = try req.movementService()
        let m = try await service.movement(try id(req))
        let account = try req.requireAccount()
        let anniversary = try await m.anniversaryID.asyncMap { try await req.store.anniversaries.find($0) } ?? nil
        var registered: Int?
        var participants: Int?
        if m.isPublic {
            let (_, list) = try await req.registrationService().participation(m.id)
            registered = list.filter { $0.registration != nil }.count
            participants = list.count
        }
        let model = MovementShow.Model(
            layout: .init(request: req, title: m.title, section: .movements), movement: m,
            scopeName: try await scopeNames(req)[m.scopeID?.uuidString ?? ""] ?? m.scopeKind.vietnamese,
            anniversary: anniversary?.occurrence(in: m.year), canManage: service.canManage(m.scopeKind, m.scopeID),
            registered: registered, participants: participants,
            canRegister: AccessPolicy(account: account).registersUnits,
            canApproveBulletin: try await service.canApproveBulletin(m),
            today: req.today.iso, errors: errors, csrf: req.csrf)
        return HTMLResponse.make(MovementShow.render(model), status: status)
    }
}
