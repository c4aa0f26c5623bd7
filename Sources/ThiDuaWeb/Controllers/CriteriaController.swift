import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// The bloc's criteria table: shown, exported, imported from .xlsx, copied from last year, locked at the opening
/// of scoring.
enum CriteriaController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, year: req.reviewYear, errors: [], status: .ok)
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        guard try await req.reviewService().overview(bloc: bloc, year: req.reviewYear).criteria != nil,
            let c = try await req.store.reviewCriteria.find(bloc: bloc, year: req.reviewYear)
        else { throw DomainError.notFound("bảng tiêu chí chấm điểm") }
        return RegistrationController.xlsx(
            try SpreadsheetFile.write(CriteriaSheet.rows(c.set), sheetName: "Tiêu chí \(c.year)", format: .xlsx),
            name: "tieu-chi-\(c.year).xlsx")
    }

    struct Upload: Content {
        var year: Int?
        var version: Int?
        var reason: String?
        var file: File?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let body = try req.content.decode(Upload.self)
        let year = body.year.flatMap { BlocMembership.yearRange.contains($0) ? $0 : nil } ?? req.reviewYear
        do {
            guard let file = body.file, file.data.readableBytes > 0 else {
                throw DomainError.invalid([FieldError("file", "Hãy chọn tệp bảng tiêu chí (.xlsx).")])
            }
            let rows: [[String]]
            do {
                rows = try SpreadsheetFile.read(
                    Data(buffer: file.data), fileName: file.filename,
                    limitBytes: req.application.settings.configuration.uploadLimitBytes)
            } catch {
                guard let message = SpreadsheetFile.message(for: error) else { throw error }
                throw DomainError.invalid([FieldError("file", message)])
            }
            _ = try await ReviewCriteriaService(store: req.store, account: try req.requireAccount()).save(
                bloc: bloc, year: year, set: try CriteriaSheet.parse(rows), version: body.version ?? 0,
                reason: body.reason ?? "", today: req.today)
            req.flash("Đã nhập bảng tiêu chí năm \(year).")
            return back(req, bloc, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func copy(req: Request) async throws -> Response {
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let (_, year, _) = try AssessmentController.form(req)
        do {
            _ = try await ReviewCriteriaService(store: req.store, account: try req.requireAccount()).copyLastYear(
                bloc: bloc, year: year)
            req.flash("Đã sao chép bảng tiêu chí năm \(year - 1).")
            return back(req, bloc, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func openScoring(req: Request) async throws -> Response {
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let (_, year, version) = try AssessmentController.form(req)
        do {
            _ = try await ReviewCriteriaService(store: req.store, account: try req.requireAccount()).openScoring(
                bloc: bloc, year: year, version: version, today: req.today)
            req.flash("Đã mở chấm điểm năm \(year).")
            return back(req, bloc, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func back(_ req: Request, _ bloc: UUID, _ year: Int) -> Response {
        req.redirect(to: SiteURL.bloc(.value(bloc), .criteria).path(query: [("nam", String(year))]))
    }

    static func page(_ req: Request, year: Int, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let o = try await req.reviewService().overview(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"), year: year)
        let model = CriteriaPage.Model(
            layout: .init(
                request: req, title: "Bảng tiêu chí chấm điểm năm \(year)", section: .blocs,
                trail: [
                    (o.bloc.name, SiteURL.bloc(.value(o.bloc.id)).path),
                    (
                        "Tổng kết năm \(year)",
                        SiteURL.bloc(.value(o.bloc.id), .review).path(query: [("nam", String(year))])
                    ),
                ]),
            bloc: o.bloc, year: year, criteria: o.criteria, canEdit: o.canRun, errors: errors, csrf: req.csrf)
        return HTMLResponse.make(CriteriaPage.render(model), status: status)
    }
}
