import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// A bloc's yearly pact: text, signatures, export.
enum PactController {
    static func year(_ req: Request) -> Int {
        req.query[Int.self, at: "nam"].flatMap { (1990...2100).contains($0) ? $0 : nil } ?? req.today.year
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, year: year(req), errors: [], status: .ok)
    }

    struct Body: Decodable {
        var version: Int
        var year: Int
        var text: String?
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let body = try req.form().decode(Body.self)
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            _ = try await req.pactService().save(
                bloc: bloc, year: body.year, text: body.text ?? "", version: body.version)
            req.flash("Đã lưu giao ước thi đua năm \(body.year).")
            return req.redirect(to: SiteURL.bloc(.value(bloc), .pact).path(query: [("nam", String(body.year))]))
        } catch {
            return try await page(req, year: body.year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    struct SignBody: Decodable {
        var year: Int
        var unitID: UUID
        var signedBy: String?
    }

    @Sendable static func sign(req: Request) async throws -> Response {
        let body = try req.form().decode(SignBody.self)
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            try await req.pactService().sign(
                bloc: bloc, year: body.year, unit: body.unitID, signedBy: body.signedBy ?? "", today: req.today)
            req.flash("Đã ghi nhận chữ ký giao ước.")
            return req.redirect(to: SiteURL.bloc(.value(bloc), .pact).path(query: [("nam", String(body.year))]))
        } catch {
            return try await page(req, year: body.year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let s = try await req.pactService().status(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"), year: year(req))
        let rows = s.sheet
        return RegistrationController.xlsx(
            try SpreadsheetFile.write(rows, sheetName: "Giao ước \(s.year)", format: .xlsx),
            name: "giao-uoc-\(s.year).xlsx")
    }

    private static func page(_ req: Request, year: Int, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let s = try await req.pactService().status(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"), year: year)
        let model = PactPage.Model(
            layout: .init(
                request: req, title: "Giao ước thi đua \(year)", section: .blocs,
                trail: [(s.bloc.name, SiteURL.bloc(.value(s.bloc.id)).path)]),
            status: s, errors: errors, csrf: req.csrf)
        return HTMLResponse.make(PactPage.render(model), status: status)
    }
}
