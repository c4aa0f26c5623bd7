import Foundation
import ThiDuaCore
import Vapor

/// The anniversary calendar, and the admin's additions to it.
enum CalendarController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, errors: [], draft: ("", "", Anniversary.Kind.organization.rawValue), status: .ok)
    }

    struct Body: Decodable {
        var name: String?
        var originDate: String?
        var kind: String?
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let body = try req.form().decode(Body.self)
        do {
            let a = try await req.movementService().addAnniversary(
                name: body.name ?? "", originDate: body.originDate ?? "", kind: body.kind ?? "")
            req.flash("Đã thêm “\(a.name)”.")
            return req.redirect(to: SiteURL.calendar.path)
        } catch {
            return try await page(
                req, errors: try formErrors(error), draft: (body.name ?? "", body.originDate ?? "", body.kind ?? ""),
                status: .unprocessableEntity)
        }
    }

    struct Toggle: Decodable {
        var version: Int
        var active: String
    }

    @Sendable static func toggle(req: Request) async throws -> Response {
        let body = try req.form().decode(Toggle.self)
        let a = try await req.movementService().setAnniversaryActive(
            try req.uuid(SiteURL.anniversaryKey, what: "ngày kỷ niệm"),
            active: body.active == "true", version: body.version)
        req.flash(a.active ? "Đã theo dõi lại “\(a.name)”." : "Đã bỏ “\(a.name)” khỏi lịch.")
        return req.redirect(to: SiteURL.calendar.path)
    }

    private static func page(
        _ req: Request, errors: [FieldError], draft: (String, String, String), status: HTTPResponseStatus
    ) async throws -> Response {
        let service = try req.movementService()
        let year = req.query[Int.self, at: "nam"].flatMap { (1900...2200).contains($0) ? $0 : nil } ?? req.today.year
        let model = CalendarPage.Model(
            layout: .init(request: req, title: "Lịch ngày kỷ niệm", section: .calendar), year: year,
            occurrences: try await service.calendar(year: year),
            upcoming: try await service.upcoming(from: req.today, count: 8),
            anniversaries: try await service.anniversaries(),
            canEdit: AccessPolicy(account: try req.requireAccount()).canManageOrganization,
            errors: errors, draft: draft, csrf: req.csrf)
        return HTMLResponse.make(CalendarPage.render(model), status: status)
    }
}
