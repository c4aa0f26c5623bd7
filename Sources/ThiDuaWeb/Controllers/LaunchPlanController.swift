import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// The launch plan as .docx, and the document settings it takes its header from.
enum LaunchPlanController {
    @Sendable static func plan(req: Request) async throws -> Response {
        let service = try req.movementService()
        let m = try await service.movement(try MovementController.id(req))
        let anniversary = try await m.anniversaryID.asyncMap { try await req.store.anniversaries.find($0) } ?? nil
        let scopeName = try await MovementController.scopeNames(req)[m.scopeID?.uuidString ?? ""] ?? "toàn tổ chức"
        let document = LaunchPlan.document(
            m, anniversary: anniversary?.occurrence(in: m.year), scopeName: scopeName,
            settings: try await service.documentSettings().settings, today: req.today)
        return .download(
            try DOCXWriter.write(document), filename: "ke-hoach-phat-dong-\(m.year)-\(m.planNumber ?? 0).docx",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    }

    @Sendable static func settings(req: Request) async throws -> Response {
        let (s, v) = try await req.movementService().documentSettings()
        return try page(req, s, v, errors: [], status: .ok)
    }

    struct Body: Decodable {
        var version: Int
        var parentBody: String?
        var issuingBody: String?
        var place: String?
        var planSymbol: String?
        var signerPosition: String?
        var signerName: String?
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let b = try req.form().decode(Body.self)
        let s = DocumentSettings(
            parentBody: b.parentBody ?? "", issuingBody: b.issuingBody ?? "", place: b.place ?? "",
            planSymbol: b.planSymbol ?? "",
            signerPosition: b.signerPosition ?? "", signerName: b.signerName ?? "")
        do {
            _ = try await req.movementService().saveDocumentSettings(s, version: b.version)
            req.flash("Đã lưu cài đặt văn bản.")
            return req.redirect(to: SiteURL.documentSettings.path)
        } catch {
            return try page(req, s, b.version, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    private static func page(
        _ req: Request, _ s: DocumentSettings, _ version: Int, errors: [FieldError], status: HTTPResponseStatus
    ) throws -> Response {
        let model = DocumentSettingsPage.Model(
            layout: .init(request: req, title: "Cài đặt văn bản", section: .movements), settings: s, version: version,
            canEdit: AccessPolicy(account: try req.requireAccount()).canManageOrganization, errors: errors,
            csrf: req.csrf)
        return HTMLResponse.make(DocumentSettingsPage.render(model), status: status)
    }
}
