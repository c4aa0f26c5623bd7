import Foundation
import ThiDuaCore
import Vapor

/// A unit's self-assessment in its bloc's review: scores and explanations, evidence files, submission, the
/// secretary's return, and an assigned reviewer's scores.
enum AssessmentController {
    struct Target {
        var bloc: UUID
        var unit: UUID
    }

    static func target(_ req: Request) throws -> Target {
        Target(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"),
            unit: try req.uuid(SiteURL.unitKey, what: "đơn vị"))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, year: req.reviewYear, errors: [], status: .ok)
    }

    /// Points typed with a decimal comma ("8,5"), and explanations, per criterion (`p-CODE`, `e-CODE`).
    static func lines(_ form: FormData, _ set: CriteriaSet) throws -> (points: [String: Int?], text: [String: String]) {
        var errors: [FieldError] = []
        var points: [String: Int?] = [:]
        var text: [String: String] = [:]
        for c in set.criteria {
            if let raw = form["p-\(c.code)"] {
                let t = raw.trimmingCharacters(in: .whitespaces)
                if t.isEmpty {
                    points[c.code] = .some(nil)
                } else if let p = VietnameseNumber.parseHundredths(t) {
                    points[c.code] = p
                } else {
                    errors.append(
                        FieldError("p-\(c.code)", "Tiêu chí \(c.code): “\(t.prefix(20))” không phải số điểm."))
                }
            }
            if let e = form["e-\(c.code)"] { text[c.code] = e }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return (points, text)
    }

    static func form(_ req: Request) throws -> (FormData, year: Int, version: Int) {
        let form = req.form()
        guard let year = try form.int("year"), BlocMembership.yearRange.contains(year) else {
            throw DomainError.invalid([FieldError("year", "Năm tổng kết không hợp lệ.")])
        }
        return (form, year, try form.int("version") ?? 0)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let t = try target(req)
        let (form, year, version) = try Self.form(req)
        do {
            let view = try await req.assessmentService().view(bloc: t.bloc, year: year, unit: t.unit)
            let (points, text) = try lines(form, view.criteria.set)
            let input = view.criteria.set.criteria.compactMap { c -> AssessmentLineInput? in
                guard let p = points[c.code] else { return nil }
                return AssessmentLineInput(code: c.code, points: p, explanation: text[c.code])
            }
            _ = try await req.assessmentService().save(
                bloc: t.bloc, year: year, unit: t.unit, lines: input, version: version)
            req.flash("Đã lưu bản tự chấm.")
            return back(req, t, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    struct Upload: Content {
        var year: Int?
        var version: Int?
        var code: String?
        var file: File?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let t = try target(req)
        let body = try req.content.decode(Upload.self)
        let year = body.year.flatMap { BlocMembership.yearRange.contains($0) ? $0 : nil } ?? req.reviewYear
        do {
            guard let file = body.file, file.data.readableBytes > 0 else {
                throw DomainError.invalid([FieldError("file", "Hãy chọn một tệp minh chứng.")])
            }
            _ = try await req.assessmentService().attach(
                bloc: t.bloc, year: year, unit: t.unit, code: body.code ?? "", data: Data(buffer: file.data),
                filename: file.filename, version: body.version ?? 0)
            req.flash("Đã tải lên \(file.filename).")
            return back(req, t, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let t = try target(req)
        let sha = req.query[String.self, at: "tep"] ?? ""
        guard sha.count == 64 else { throw DomainError.notFound("tệp minh chứng") }
        let (ref, file) = try await req.assessmentService().evidence(
            bloc: t.bloc, year: req.reviewYear, unit: t.unit, sha256: sha)
        // The stored name is the user's; the header gets an ASCII one.
        let name = "minh-chung-\(sha.prefix(12)).\(ref.kind.rawValue)"
        return .download(file.data, filename: name, contentType: ref.kind.mediaType)
    }

    @Sendable static func removeEvidence(req: Request) async throws -> Response {
        let t = try target(req)
        let (form, year, version) = try Self.form(req)
        do {
            _ = try await req.assessmentService().detach(
                bloc: t.bloc, year: year, unit: t.unit, code: form["code"] ?? "", sha256: form["sha256"] ?? "",
                version: version)
            req.flash("Đã gỡ tệp minh chứng.")
            return back(req, t, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let t = try target(req)
        let (_, year, version) = try Self.form(req)
        do {
            let a = try await req.assessmentService().submit(
                bloc: t.bloc, year: year, unit: t.unit, version: version, today: req.today)
            req.flash(a.late ? "Đã nộp bản tự chấm (sau hạn nộp)." : "Đã nộp bản tự chấm.")
            return back(req, t, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func sendBack(req: Request) async throws -> Response {
        let t = try target(req)
        let (form, year, version) = try Self.form(req)
        do {
            _ = try await req.reviewService().returnAssessment(
                bloc: t.bloc, year: year, unit: t.unit, reason: form["reason"] ?? "", version: version,
                today: req.today)
            req.flash("Đã trả lại bản tự chấm.")
            return back(req, t, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func peerScore(req: Request) async throws -> Response {
        let t = try target(req)
        let (form, year, version) = try Self.form(req)
        do {
            let view = try await req.assessmentService().view(bloc: t.bloc, year: year, unit: t.unit)
            let (points, text) = try lines(form, view.criteria.set)
            _ = try await req.assessmentService().score(
                bloc: t.bloc, year: year, unit: t.unit, scores: points.compactMapValues { $0 },
                remarks: text.filter { !$0.value.isEmpty }, version: version)
            req.flash("Đã lưu điểm chấm chéo.")
            return back(req, t, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func back(_ req: Request, _ t: Target, _ year: Int) -> Response {
        req.redirect(
            to: SiteURL.bloc(.value(t.bloc), .assessment(.value(t.unit))).path(query: [("nam", String(year))]))
    }

    static func page(_ req: Request, year: Int, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let t = try target(req)
        let service = try req.assessmentService()
        let view = try await service.view(bloc: t.bloc, year: year, unit: t.unit)
        guard let bloc = try await req.store.blocs.find(t.bloc), let unit = try await req.store.units.find(t.unit)
        else {
            throw DomainError.notFound("đơn vị")
        }
        let peer = view.canReview ? try await service.peerReview(bloc: t.bloc, year: year, unit: t.unit) : nil
        let model = AssessmentPage.Model(
            layout: .init(
                request: req, title: "Bản tự chấm điểm – \(unit.name)", section: .blocs,
                trail: [
                    (bloc.name, SiteURL.bloc(.value(bloc.id)).path),
                    (
                        "Tổng kết năm \(year)",
                        SiteURL.bloc(.value(bloc.id), .review).path(query: [("nam", String(year))])
                    ),
                ]),
            bloc: bloc, unit: unit, view: view, peer: peer,
            errors: errors, csrf: req.csrf)
        return HTMLResponse.make(AssessmentPage.render(model), status: status)
    }
}
