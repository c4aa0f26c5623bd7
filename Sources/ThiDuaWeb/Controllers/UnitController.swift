import Foundation
import ThiDuaCore
import Vapor

enum UnitController {
    struct FormBody: Content {
        var code: String?
        var name: String?
        var shortName: String?
        var kind: String?
        var parentID: String?
        var activeFrom: String?
        var version: Int?

        func draft() throws -> OrgUnitDraft {
            OrgUnitDraft(
                code: code ?? "", name: name ?? "", shortName: shortName ?? "", kind: kind ?? "",
                parentID: try optionalUUID(parentID, field: "parentID", message: "Đơn vị cấp trên không hợp lệ."),
                activeFrom: activeFrom)
        }
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let org = try req.organization()
        let query = req.pageListQuery()
        let page = try await org.units(query)
        if let last = req.redirectPastLastPage(page) { return last }
        let model = UnitsIndex.Model(
            layout: .init(request: req, title: "Đơn vị", section: .units),
            page: page, query: query.text,
            canCreate: org.policy.canManageOrganization)
        return HTMLResponse.make(UnitsIndex.render(model))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let org = try req.organization()
        let unit = try await org.unit(try req.uuid(SiteURL.unitKey, what: "đơn vị"))
        let people = try req.peopleService()
        let scope = try await people.scope()
        let history = try req.historyService()
        let model = UnitShow.Model(
            layout: .init(request: req, title: unit.name, section: .units), unit: unit,
            parent: try await unit.parentID.asyncMap { try await req.store.units.find($0) } ?? nil,
            children: try await req.store.units.children(of: unit.id),
            blocs: try await org.blocMemberships(ofUnit: unit.id),
            peopleCount: scope.contains(unit.id) ? try await req.store.people.count(inUnit: unit.id) : nil,
            history: scope.contains(unit.id) ? try await history.history(of: .collective, unit.id) : nil,
            eligibility: scope.contains(unit.id)
                ? .init(
                    year: req.evaluationYear,
                    results: try await req.eligibilityService().forUnit(unit.id, year: req.evaluationYear),
                    action: SiteURL.unit(.value(unit.id)).path) : nil,
            codes: try await history.codes(),
            canEdit: org.policy.canManageOrganization, csrf: req.csrf, today: req.today.iso)
        return HTMLResponse.make(UnitShow.render(model))
    }

    @Sendable static func new(req: Request) async throws -> Response {
        guard try req.organization().policy.canManageOrganization else { throw DomainError.forbidden }
        return try await form(
            req, id: nil, version: 1, draft: OrgUnitDraft(code: "", name: "", kind: ""), errors: [], message: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.form().decode(FormBody.self)
        let draft =
            (try? body.draft()) ?? OrgUnitDraft(code: body.code ?? "", name: body.name ?? "", kind: body.kind ?? "")
        do {
            let unit = try await req.organization().createUnit(try body.draft())
            req.flash("Đã thêm đơn vị “\(unit.name)”.")
            return req.redirect(to: SiteURL.unit(.value(unit.id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(req, id: nil, version: 1, draft: draft, errors: fields, message: message)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let org = try req.organization()
        guard org.policy.canManageOrganization else { throw DomainError.forbidden }
        let unit = try await org.unit(try req.uuid(SiteURL.unitKey, what: "đơn vị"))
        let draft = OrgUnitDraft(
            code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind.rawValue,
            parentID: unit.parentID, activeFrom: unit.activeFrom?.vietnamese)
        return try await form(req, id: unit.id, version: unit.version, draft: draft, errors: [], message: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        let body = try req.form().decode(FormBody.self)
        let draft =
            (try? body.draft()) ?? OrgUnitDraft(code: body.code ?? "", name: body.name ?? "", kind: body.kind ?? "")
        do {
            let unit = try await req.organization().updateUnit(id, version: body.version ?? 0, try body.draft())
            req.flash("Đã lưu đơn vị “\(unit.name)”.")
            return req.redirect(to: SiteURL.unit(.value(unit.id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(
                req, id: id, version: body.version ?? 0, draft: draft, errors: fields, message: message)
        }
    }

    @Sendable static func deactivate(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        let version = try req.form().int("version") ?? 0
        guard let day = LocalDate(req.form()["on"] ?? "") else {
            throw DomainError.invalid([FieldError("on", "Ngày ngừng hoạt động không hợp lệ. Nhập dạng dd/mm/yyyy.")])
        }
        guard req.confirmed else {
            guard try req.organization().policy.canManageOrganization else { throw DomainError.forbidden }
            guard let unit = try await req.store.units.find(id) else { throw DomainError.notFound("đơn vị") }
            return req.confirmation(
                title: "Ngừng hoạt động đơn vị",
                question: "Ghi “\(unit.name)” ngừng hoạt động từ ngày \(day.vietnamese)?",
                consequences: [
                    "Đơn vị không còn được chọn khi thêm cán bộ, thành viên khối hay đăng ký thi đua.",
                    "Hồ sơ, cán bộ và quá trình thi đua, khen thưởng của đơn vị vẫn được giữ.",
                ],
                confirmLabel: "Ngừng hoạt động", cancel: SiteURL.unit(.value(id)).path, keep: ["version", "on"],
                section: .units)
        }
        let unit = try await req.organization().deactivateUnit(id, version: version, on: day)
        req.flash(
            "Đơn vị “\(unit.name)” đã ngừng hoạt động từ \(day.vietnamese). Hồ sơ và cán bộ của đơn vị vẫn được giữ.")
        return req.redirect(to: SiteURL.unit(.value(id)).path)
    }

    private static func form(
        _ req: Request, id: UUID?, version: Int, draft: OrgUnitDraft,
        errors: [FieldError], message: String?
    ) async throws -> Response {
        let model = UnitForm.Model(
            layout: .init(request: req, title: id == nil ? "Thêm đơn vị" : "Sửa đơn vị", section: .units),
            id: id, version: version, draft: draft, choices: .init(parents: try await req.store.units.directory()),
            errors: errors, message: message, csrf: req.csrf)
        return HTMLResponse.make(
            UnitForm.render(model), status: errors.isEmpty && message == nil ? .ok : .unprocessableEntity)
    }
}
