import Foundation
import ThiDuaCore
import Vapor

/// A bloc's year-end review: the overview, the secretary's settings and assignment, and setting up ballots.
enum ReviewController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, year: req.reviewYear, errors: [], status: .ok)
    }

    struct SettingsBody: Decodable {
        var year: Int
        var version: Int
        var deadline: String?
        var method: String?
        var margin: String?
        var reviewersPerUnit: Int?
        var bands: String?
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let body = try req.form().decode(SettingsBody.self)
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            let settings = try parseSettings(body)
            _ = try await req.reviewService().saveSettings(bloc: bloc, year: body.year, settings, version: body.version)
            req.flash("Đã lưu cài đặt chấm điểm năm \(body.year).")
            return back(req, bloc, body.year)
        } catch {
            return try await page(req, year: body.year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func parseSettings(_ body: SettingsBody) throws -> ReviewSettings {
        var errors: [FieldError] = []
        var s = ReviewSettings()
        if let d = body.deadline, !d.isEmpty {
            if let date = LocalDate(d) {
                s.deadline = date
            } else {
                errors.append(FieldError("deadline", "Hạn nộp không phải ngày hợp lệ."))
            }
        }
        if let m = body.method {
            if let method = FinalScoreMethod(rawValue: m) {
                s.method = method
            } else {
                errors.append(FieldError("method", "Cách tính điểm không có trong danh sách."))
            }
        }
        if let m = body.margin, !m.isEmpty {
            if let margin = VietnameseNumber.parseHundredths(m) {
                s.margin = margin
            } else {
                errors.append(FieldError("margin", "Mức chênh lệch phải là số điểm, ví dụ 2 hoặc 1,5."))
            }
        }
        if let n = body.reviewersPerUnit { s.reviewersPerUnit = n }
        if let text = body.bands {
            var bands: [ClassificationBand] = []
            for line in text.split(whereSeparator: \.isNewline).prefix(20) {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let p = Int(parts[0].replacingOccurrences(of: "%", with: "")) else {
                    errors.append(
                        FieldError("bands", "Dòng “\(line.prefix(60))” không theo dạng “90: Hoàn thành xuất sắc”."))
                    continue
                }
                bands.append(ClassificationBand(minPercent: p, label: VietnameseText.normalized(parts[1])))
            }
            s.bands = bands
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return s
    }

    @Sendable static func recordMeeting(req: Request) async throws -> Response {
        let form = req.form()
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let year = try form.int("year").flatMap { BlocMembership.yearRange.contains($0) ? $0 : nil } ?? req.reviewYear
        do {
            guard let on = LocalDate(form["on"] ?? "") else {
                throw DomainError.invalid([FieldError("on", "Ngày họp không phải ngày hợp lệ.")])
            }
            let present = form.values("present").prefix(BallotService.maxVoters).compactMap(UUID.init(uuidString:))
            let meeting = ReviewMeeting(
                on: on, time: form["time"] ?? "", place: form["place"] ?? "", chair: form["chair"] ?? "",
                secretary: form["secretary"] ?? "", guests: form["guests"] ?? "", present: present,
                nextHead: try optionalUUID(form["nextHead"], field: "nextHead", message: "Đơn vị không hợp lệ."),
                nextDeputy: try optionalUUID(form["nextDeputy"], field: "nextDeputy", message: "Đơn vị không hợp lệ."),
                nextHeadBasis: form["nextHeadBasis"] ?? "")
            _ = try await req.reviewService().recordMeeting(
                bloc: bloc, year: year, meeting, version: try form.int("version") ?? 0)
            req.flash("Đã ghi thông tin hội nghị.")
            return back(req, bloc, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func saveNarrative(req: Request) async throws -> Response {
        let form = req.form()
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let year = try form.int("year").flatMap { BlocMembership.yearRange.contains($0) ? $0 : nil } ?? req.reviewYear
        do {
            let narrative = ReviewNarrative(
                situation: form["situation"] ?? "", direction: form["direction"] ?? "",
                assessment: form["assessment"] ?? "", nextYear: form["nextYear"] ?? "",
                proposals: form["proposals"] ?? "")
            _ = try await req.reviewService().saveNarrative(
                bloc: bloc, year: year, narrative, version: try form.int("version") ?? 0)
            req.flash("Đã lưu nội dung báo cáo tổng kết.")
            return back(req, bloc, year)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    struct AssignBody: Decodable {
        var year: Int
        var version: Int
    }

    @Sendable static func assign(req: Request) async throws -> Response {
        let body = try req.form().decode(AssignBody.self)
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        do {
            _ = try await req.reviewService().assignAutomatically(bloc: bloc, year: body.year, version: body.version)
            req.flash("Đã phân công chấm chéo.")
            return back(req, bloc, body.year)
        } catch {
            return try await page(req, year: body.year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    @Sendable static func createBallot(req: Request) async throws -> Response {
        let form = req.form()
        let bloc = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let year = try form.int("year").flatMap { BlocMembership.yearRange.contains($0) ? $0 : nil } ?? req.reviewYear
        do {
            let draft = try ballotDraft(form)
            let ballot = try await req.ballotService().create(bloc: bloc, year: year, draft)
            req.flash("Đã tạo cuộc bỏ phiếu.")
            return req.redirect(to: SiteURL.ballot(.value(ballot.id)).path)
        } catch {
            return try await page(req, year: year, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func ballotDraft(_ form: FormData) throws -> BallotDraft {
        var errors: [FieldError] = []
        func ids(_ name: String, _ label: String) -> [UUID] {
            let raw = form.values(name).prefix(BallotService.maxVoters + 1)
            let ids = raw.compactMap(UUID.init(uuidString:))
            if ids.count != raw.count { errors.append(FieldError(name, "\(label): có mã đơn vị không hợp lệ.")) }
            return ids
        }
        let candidates = ids("candidates", "Ứng viên")
        let voters = ids("voters", "Đơn vị biểu quyết")
        var rule = VoteRule.blocDefault
        if let q = form["quorum"], !q.isEmpty {
            if let f = Fraction(parsing: q) {
                rule.quorum = f
            } else {
                errors.append(
                    FieldError("quorum", "Tỷ lệ tối thiểu bỏ phiếu phải là phân số hoặc phần trăm, ví dụ 2/3."))
            }
        }
        rule.thresholdPercent = (try? form.int("thresholdPercent")) ?? nil ?? rule.thresholdPercent
        rule.strictlyAbove = form["strictlyAbove"] == "true"
        let seats = (try? form.int("seats")) ?? nil
        let maxChoices = (try? form.int("maxChoices")) ?? nil
        if seats == nil { errors.append(FieldError("seats", "Số suất phải là một số nguyên.")) }
        if maxChoices == nil { errors.append(FieldError("maxChoices", "Số lựa chọn tối đa phải là một số nguyên.")) }
        guard let mode = Ballot.Mode(rawValue: form["mode"] ?? "electronic") else {
            throw DomainError.invalid(errors + [FieldError("mode", "Hình thức bỏ phiếu không có trong danh sách.")])
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return BallotDraft(
            question: form["question"] ?? "", candidateUnits: candidates, seats: seats ?? 1,
            maxChoices: maxChoices ?? 1, voterUnits: voters, rule: rule,
            selfVoteAllowed: form["selfVoteAllowed"] == "true", mode: mode)
    }

    static func back(_ req: Request, _ bloc: UUID, _ year: Int) -> Response {
        req.redirect(to: SiteURL.bloc(.value(bloc), .review).path(query: [("nam", String(year))]))
    }

    static func page(_ req: Request, year: Int, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let o = try await req.reviewService().overview(
            bloc: try req.uuid(SiteURL.blocKey, what: "khối thi đua"), year: year)
        let model = ReviewPage.Model(
            layout: .init(
                request: req, title: "Tổng kết thi đua năm \(o.year)", section: .blocs,
                trail: [(o.bloc.name, SiteURL.bloc(.value(o.bloc.id)).path)]),
            overview: o, errors: errors, csrf: req.csrf)
        return HTMLResponse.make(ReviewPage.render(model), status: status)
    }
}
