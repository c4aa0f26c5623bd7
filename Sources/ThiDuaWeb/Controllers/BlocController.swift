import Foundation
import ThiDuaCore
import Vapor

enum BlocController {
    struct FormBody: Content {
        var code: String?
        var name: String?
        var kind: String?
        var note: String?
        var version: Int?

        var draft: BlocDraft { BlocDraft(code: code ?? "", name: name ?? "", kind: kind ?? "", note: note ?? "") }
    }

    struct MemberBody: Content {
        var unitID: String?
        var year: String?
        var role: String?
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let org = try req.organization()
        let query = req.pageListQuery()
        let page = try await org.blocs(query)
        if let last = req.redirectPastLastPage(page) { return last }
        let model = BlocsIndex.Model(
            layout: .init(request: req, title: "Khối thi đua", section: .blocs),
            page: page, query: query.text, canCreate: org.policy.canManageOrganization)
        return HTMLResponse.make(BlocsIndex.render(model))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, errors: [], status: .ok)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        guard try req.organization().policy.canManageOrganization else { throw DomainError.forbidden }
        return form(
            req, id: nil, version: 1, draft: BlocDraft(code: "", name: "", kind: Bloc.Kind.bloc.rawValue), errors: [],
            message: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.form().decode(FormBody.self)
        do {
            let bloc = try await req.organization().createBloc(body.draft)
            req.flash("Đã thêm “\(bloc.name)”.")
            return req.redirect(to: SiteURL.bloc(.value(bloc.id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return form(req, id: nil, version: 1, draft: body.draft, errors: fields, message: message)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let org = try req.organization()
        guard org.policy.canManageOrganization else { throw DomainError.forbidden }
        let bloc = try await org.bloc(try req.uuid(SiteURL.blocKey, what: "khối thi đua"))
        return form(
            req, id: bloc.id, version: bloc.version,
            draft: BlocDraft(code: bloc.code, name: bloc.name, kind: bloc.kind.rawValue, note: bloc.note), errors: [],
            message: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let body = try req.form().decode(FormBody.self)
        do {
            let bloc = try await req.organization().updateBloc(id, version: body.version ?? 0, body.draft)
            req.flash("Đã lưu “\(bloc.name)”.")
            return req.redirect(to: SiteURL.bloc(.value(id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return form(req, id: id, version: body.version ?? 0, draft: body.draft, errors: fields, message: message)
        }
    }

    @Sendable static func deactivate(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let version = try req.form().int("version") ?? 0
        let day = LocalDate(req.form()["on"] ?? "") ?? req.today
        guard req.confirmed else {
            guard try req.organization().policy.canManageOrganization else { throw DomainError.forbidden }
            guard let bloc = try await req.store.blocs.find(id) else { throw DomainError.notFound("khối thi đua") }
            return req.confirmation(
                title: "Giải thể khối", question: "Giải thể “\(bloc.name)” từ ngày \(day.vietnamese)?",
                consequences: [
                    "Khối không nhận thêm thành viên, giao ước và phong trào mới.",
                    "Danh sách thành viên, giao ước và kết quả các năm trước vẫn được giữ.",
                ],
                confirmLabel: "Giải thể khối", cancel: SiteURL.bloc(.value(id)).path, keep: ["version", "on"],
                section: .blocs)
        }
        let bloc = try await req.organization().deactivateBloc(id, version: version, on: day)
        req.flash("“\(bloc.name)” đã giải thể từ \(day.vietnamese). Lịch sử thành viên vẫn được giữ.")
        return req.redirect(to: SiteURL.bloc(.value(id)).path)
    }

    @Sendable static func setMember(req: Request) async throws -> Response {
        let blocID = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let body = try req.form().decode(MemberBody.self)
        do {
            guard let year = Int(body.year ?? "") else {
                throw DomainError.invalid([FieldError("year", "Năm phải là số, ví dụ 2023.")])
            }
            guard let unitID = try optionalUUID(body.unitID, field: "unitID", message: "Hãy chọn đơn vị.") else {
                throw DomainError.invalid([FieldError("unitID", "Hãy chọn đơn vị.")])
            }
            guard let role = BlocMembership.Role(rawValue: body.role ?? "") else {
                throw DomainError.invalid([FieldError("role", "Hãy chọn vai trò.")])
            }
            _ = try await req.organization().setMembership(bloc: blocID, unit: unitID, year: year, role: role)
            req.flash("Đã lưu thành viên năm \(year).")
            return req.redirect(to: SiteURL.bloc(.value(blocID)).path(query: [(PageQuery.year, String(year))]))
        } catch {
            return try await page(req, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func copyYear(req: Request) async throws -> Response {
        let blocID = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            guard let from = Int(req.form()["from"] ?? ""),
                let to = Int(req.form()["to"] ?? "")
            else {
                throw DomainError.invalid([FieldError("year", "Năm phải là số, ví dụ 2023.")])
            }
            let count = try await req.organization().copyMembership(bloc: blocID, from: from, to: to)
            req.flash("Đã sao chép \(count) thành viên từ năm \(from) sang năm \(to).")
            return req.redirect(to: SiteURL.bloc(.value(blocID)).path(query: [(PageQuery.year, String(to))]))
        } catch {
            return try await page(req, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func removeMember(req: Request) async throws -> Response {
        let blocID = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let membershipID = try req.uuid(SiteURL.membershipKey, what: "thành viên khối")
        let org = try req.organization()
        guard let m = try await req.store.blocs.membership(membershipID), m.blocID == blocID else {
            throw DomainError.notFound("thành viên khối")
        }
        guard req.confirmed else {
            guard org.policy.canManageMembership(ofBloc: blocID) else { throw DomainError.forbidden }
            let unit = try await req.store.units.find(m.unitID)
            let bloc = try await req.store.blocs.find(blocID)
            return req.confirmation(
                title: "Bỏ đơn vị khỏi khối",
                question: "Bỏ “\(unit?.name ?? "đơn vị này")” khỏi “\(bloc?.name ?? "khối")” năm \(m.year)?",
                consequences: [
                    "Đơn vị không còn là thành viên của khối trong năm \(m.year); các năm khác không đổi.",
                    "Việc bỏ được ghi vào nhật ký thay đổi; có thể thêm lại đơn vị bằng mục “Thêm thành viên”.",
                ],
                confirmLabel: "Bỏ khỏi năm \(m.year)",
                cancel: SiteURL.bloc(.value(blocID)).path(query: [(PageQuery.year, String(m.year))]),
                section: .blocs)
        }
        try await org.removeMembership(membershipID)
        req.flash("Đã bỏ đơn vị khỏi khối năm \(m.year).")
        return req.redirect(to: SiteURL.bloc(.value(blocID)).path(query: [(PageQuery.year, String(m.year))]))
    }

    @Sendable static func confirmMember(req: Request) async throws -> Response {
        let blocID = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let membershipID = try req.uuid(SiteURL.membershipKey, what: "thành viên khối")
        guard let m = try await req.store.blocs.membership(membershipID), m.blocID == blocID else {
            throw DomainError.notFound("thành viên khối")
        }
        _ = try await req.organization().confirmMembership(membershipID)
        req.flash("Đã xác nhận thành viên năm \(m.year): thư ký khối từ nay xem được cán bộ của đơn vị.")
        return req.redirect(to: SiteURL.bloc(.value(blocID)).path(query: [(PageQuery.year, String(m.year))]))
    }

    private static func page(_ req: Request, errors: [FieldError], status: HTTPResponseStatus) async throws -> Response
    {
        let org = try req.organization()
        let bloc = try await org.bloc(try req.uuid(SiteURL.blocKey, what: "khối thi đua"))
        let years = try await org.years(of: bloc.id)
        let year = req.queryYear(PageQuery.year) ?? years.first ?? req.today.year
        let canManage = org.policy.canManageMembership(ofBloc: bloc.id)
        let model = BlocShow.Model(
            layout: .init(request: req, title: bloc.name, section: .blocs), bloc: bloc, years: years, year: year,
            members: try await org.members(of: bloc.id, year: year),
            units: canManage ? try await req.store.units.directory() : [],
            canEdit: org.policy.canManageOrganization, canManageMembers: canManage,
            errors: errors, csrf: req.csrf, today: req.today.iso, currentYear: req.today.year)
        return HTMLResponse.make(BlocShow.render(model), status: status)
    }

    private static func form(
        _ req: Request, id: UUID?, version: Int, draft: BlocDraft, errors: [FieldError], message: String?
    ) -> Response {
        let model = BlocForm.Model(
            layout: .init(request: req, title: id == nil ? "Thêm khối" : "Sửa khối", section: .blocs),
            id: id, version: version, draft: draft, choices: NoChoices(), errors: errors, message: message,
            csrf: req.csrf)
        return HTMLResponse.make(
            BlocForm.render(model), status: errors.isEmpty && message == nil ? .ok : .unprocessableEntity)
    }
}
