import Foundation
import ThiDuaCore
import Vapor

/// The public bulletin and its feed (no sign-in), and the admin's exemplary models.
enum BulletinController {
    @Sendable static func show(req: Request) async throws -> Response {
        let model = BulletinPage.Model(
            layout: .init(request: req, title: "Bản tin thi đua, khen thưởng", section: .bulletin),
            bulletin: try await BulletinService(store: req.store).bulletin())
        return HTMLResponse.make(BulletinPage.render(model))
    }

    /// One item of the bulletin on its own page, to link to and share; "not found" unless it is public.
    @Sendable static func movement(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.movementKey, what: "phong trào này")
        guard let (m, anniversary) = try await BulletinService(store: req.store).movement(id) else {
            throw DomainError.notFound("phong trào này")
        }
        let model = BulletinItemPage.Model(
            layout: .init(request: req, title: m.title, section: .bulletin), item: .movement(m, anniversary))
        return HTMLResponse.make(BulletinItemPage.render(model))
    }

    @Sendable static func model(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.modelKey, what: "gương điển hình này")
        guard let g = try await BulletinService(store: req.store).model(id) else {
            throw DomainError.notFound("gương điển hình này")
        }
        let model = BulletinItemPage.Model(
            layout: .init(request: req, title: g.name, section: .bulletin), item: .model(g))
        return HTMLResponse.make(BulletinItemPage.render(model))
    }

    @Sendable static func feed(req: Request) async throws -> Response {
        // Never the Host header: a forged one would put another site's address in every reader's feed.
        let base = req.application.settings.configuration.publicURL ?? "http://127.0.0.1"
        let xml = BulletinFeed.render(
            try await BulletinService(store: req.store).bulletin(), baseURL: base, updated: Date())
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }

    @Sendable static func models(req: Request) async throws -> Response {
        try await modelsPage(req, errors: [], draft: [:], status: .ok)
    }

    struct ModelBody: Decodable {
        var subjectKind: String?
        var name: String?
        var year: String?
        var summary: String?
    }

    @Sendable static func createModel(req: Request) async throws -> Response {
        let body = try req.form().decode(ModelBody.self)
        do {
            _ = try await ExemplaryModelService(store: req.store, account: try req.requireAccount())
                .create(
                    kind: body.subjectKind ?? "", subjectID: "", name: body.name ?? "", summary: body.summary ?? "",
                    year: body.year ?? "")
            req.flash("Đã thêm gương điển hình (chưa công bố).")
            return req.redirect(to: SiteURL.exemplaryModels.path)
        } catch {
            let draft = [
                "subjectKind": body.subjectKind ?? "", "name": body.name ?? "", "year": body.year ?? "",
                "summary": body.summary ?? "",
            ]
            return try await modelsPage(req, errors: try formErrors(error), draft: draft, status: .unprocessableEntity)
        }
    }

    struct PublishBody: Decodable {
        var version: Int
        var published: String
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let body = try req.form().decode(PublishBody.self)
        let m = try await ExemplaryModelService(store: req.store, account: try req.requireAccount())
            .setPublished(
                try req.uuid(SiteURL.modelKey, what: "gương điển hình"), body.published == "true",
                version: body.version, today: req.today)
        req.flash(m.published ? "Đã công bố “\(m.name)” trên bản tin." : "Đã thôi công bố “\(m.name)”.")
        return req.redirect(to: SiteURL.exemplaryModels.path)
    }

    private static func modelsPage(
        _ req: Request, errors: [FieldError], draft: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let models = try await ExemplaryModelService(store: req.store, account: try req.requireAccount()).list()
        let model = ExemplaryModelsPage.Model(
            layout: .init(request: req, title: "Gương điển hình tiên tiến", section: .models),
            models: models, errors: errors, draft: draft, csrf: req.csrf)
        return HTMLResponse.make(ExemplaryModelsPage.render(model), status: status)
    }
}
