import Foundation
import ThiDuaCore
import Vapor

enum AwardCodeController {
    struct Body: Content {
        var code: String?
        var name: String?
        var kind: String?
        var subjectKind: String?
    }

    @Sendable static func index(req: Request) async throws -> Response {
        try await page(req, draft: ("", "", AwardCode.Kind.award.rawValue, ""), errors: [], status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.form().decode(Body.self)
        do {
            guard let kind = AwardCode.Kind(rawValue: body.kind ?? "") else {
                throw DomainError.invalid([FieldError("kind", "Hãy chọn loại: danh hiệu hoặc hình thức khen thưởng.")])
            }
            let code = try await req.historyService().addCustomCode(
                code: body.code ?? "", name: body.name ?? "", kind: kind,
                subjectKind: SubjectKind(rawValue: body.subjectKind ?? ""))
            req.flash("Đã thêm mã \(code.code) – \(code.name).")
            return req.redirect(to: SiteURL.awardCodes.path)
        } catch {
            return try await page(
                req, draft: (body.code ?? "", body.name ?? "", body.kind ?? "", body.subjectKind ?? ""),
                errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    private static func page(
        _ req: Request, draft: (String, String, String, String), errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let service = try req.historyService()
        let model = AwardCodesPage.Model(
            layout: .init(request: req, title: "Danh mục", section: .catalogue),
            codes: try await service.codes().values.sorted {
                ($0.builtIn ? 0 : 1, $0.code) < ($1.builtIn ? 0 : 1, $1.code)
            },
            canAdd: service.policy.canManageOrganization, draft: draft, errors: errors, csrf: req.csrf)
        return HTMLResponse.make(AwardCodesPage.render(model), status: status)
    }
}
