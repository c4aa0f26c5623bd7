import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// The final table of a bloc's review, the secretary's decisions on it, its publication and export.
enum ReviewResultsController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, year: req.reviewYear, errors: [], status: .ok)
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let r = try await req.reviewResultsService().results(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"), year: req.reviewYear)
        return RegistrationController.xlsx(
            try SpreadsheetFile.write(r.sheet, sheetName: "Kết quả \(r.year)", format: .xlsx),
            name: "ket-qua-tong-ket-\(r.year).xlsx")
    }

    @Sendable static func minutes(req: Request) async throws -> Response {
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let r = try await req.reviewResultsService().results(bloc: bloc, year: req.reviewYear)
        let document = ReviewMinutes.document(
            r, ballots: try await req.ballotService().list(bloc: bloc, year: r.year),
            settings: try await req.movementService().documentSettings().settings, today: req.today)
        return .download(
            try DOCXWriter.write(document), filename: "bien-ban-binh-xet-\(r.year).docx",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    }

    @Sendable static func report(req: Request) async throws -> Response {
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let data = try await req.reviewResultsService().reportData(bloc: bloc, year: req.reviewYear)
        let document = ReviewReport.document(
            data, settings: try await req.movementService().documentSettings().settings, today: req.today)
        return .download(
            try DOCXWriter.write(document), filename: "bao-cao-tong-ket-\(data.results.year).docx",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let (form, year, version) = try AssessmentController.form(req)
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            guard let unit = UUID(uuidString: form["unit"] ?? "") else { throw DomainError.notFound("đơn vị") }
            guard let points = VietnameseNumber.parseHundredths(form["points"] ?? "") else {
                throw DomainError.invalid([FieldError("points", "Điểm quyết định phải là số điểm, ví dụ 8 hoặc 7,5.")])
            }
            _ = try await req.reviewService().decide(
                bloc: bloc, year: year, unit: unit, code: form["code"] ?? "", points: points,
                reason: form["reason"] ?? "", version: version, today: req.today)
            req.flash("Đã ghi quyết định điểm.")
            return req.redirect(to: SiteURL.bloc(.value(bloc), .reviewResults).path(query: [("nam", String(year))]))
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let (_, year, version) = try AssessmentController.form(req)
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            _ = try await req.reviewService().publish(bloc: bloc, year: year, version: version, today: req.today)
            req.flash("Đã công bố kết quả tổng kết năm \(year).")
            return req.redirect(to: SiteURL.bloc(.value(bloc), .reviewResults).path(query: [("nam", String(year))]))
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func page(_ req: Request, year: Int, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let r = try await req.reviewResultsService().results(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"), year: year)
        let account = try req.requireAccount()
        let model = ReviewResultsPage.Model(
            layout: .init(
                request: req, title: "Kết quả tổng kết năm \(r.year)", section: .blocs,
                trail: [
                    (r.bloc.name, SiteURL.bloc(.value(r.bloc.id)).path),
                    (
                        "Tổng kết năm \(r.year)",
                        SiteURL.bloc(.value(r.bloc.id), .review).path(query: [("nam", String(r.year))])
                    ),
                ]),
            results: r, canRun: AccessPolicy(account: account).runsReview(ofBloc: r.bloc.id), errors: errors,
            csrf: req.csrf)
        return HTMLResponse.make(ReviewResultsPage.render(model), status: status)
    }
}
