import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// The sweep page ("who is eligible for X in year Y"), its export, and the organization's settings.
enum EligibilityController {
    struct Query {
        var code: String
        var year: Int
        var scopeText: String
        var scope: SweepScope?
        /// Only rows with this outcome (`ket-qua`), on page `page` of 50.
        var outcome: EligibilityResult.Outcome?
        var page: Int
        var errors: [FieldError]

        init(_ req: Request) {
            code = req.query[String.self, at: "ma"] ?? ""
            year = req.evaluationYear
            scopeText = req.query[String.self, at: "pham-vi"] ?? ""
            outcome = req.query[String.self, at: "ket-qua"].flatMap(EligibilityResult.Outcome.init(rawValue:))
            page = min(max(1, req.query[Int.self, at: PageQuery.page] ?? 1), ListQuery.maxPage)
            errors = []
            if let raw = req.query[String.self, at: "nam"], Int(raw).map({ (1990...2100).contains($0) }) != true {
                errors.append(FieldError("nam", "Năm xét phải là một năm từ 1990 đến 2100."))
            }
            if !code.isEmpty, Catalogue.entry(code) == nil {
                errors.append(FieldError("ma", "Hãy chọn một danh hiệu, hình thức trong danh mục."))
            }
            switch scopeText.split(separator: ":", maxSplits: 1).map(String.init) {
            case let p where p.count == 2 && p[0] == "u": scope = UUID(uuidString: p[1]).map(SweepScope.unit)
            case let p where p.count == 2 && p[0] == "b": scope = UUID(uuidString: p[1]).map(SweepScope.bloc)
            case let p where p.isEmpty: scope = .organization
            default: scope = nil
            }
            if scope == nil { errors.append(FieldError("pham-vi", "Phạm vi không hợp lệ.")) }
        }

        /// The `pham-vi` value of a scope: "u:<id>", "b:<id>", or empty for the organization.
        static func text(of scope: SweepScope) -> String {
            switch scope {
            case .unit(let id): return "u:\(id.uuidString.lowercased())"
            case .bloc(let id): return "b:\(id.uuidString.lowercased())"
            case .organization: return ""
            }
        }
    }

    @Sendable static func sweep(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        var q = Query(req)
        // A unit officer sweeps their own unit; a bloc secretary starts from their bloc.
        if q.scopeText.isEmpty, let own = AccessPolicy(account: account).ownSweepScope {
            q.scopeText = Query.text(of: own)
            q.scope = own
        }
        var result: EligibilitySweep.Result?
        var rows: ListPage<EligibilitySweep.Row>?
        if !q.code.isEmpty, q.errors.isEmpty, let scope = q.scope {
            let r = try await req.eligibilityService().sweep(code: q.code, year: q.year, scope: scope)
            let shown = r.rows.filter { q.outcome == nil || $0.result.outcome == q.outcome }
            let page = ListPage<EligibilitySweep.Row>(
                items: [], page: q.page, perPage: EligibilitySweepPage.perPage, total: shown.count)
            if let last = req.redirectPastLastPage(page) { return last }
            let start = (page.page - 1) * page.perPage
            rows = ListPage(
                items: Array(shown[start..<min(start + page.perPage, shown.count)]), page: page.page,
                perPage: page.perPage, total: shown.count)
            result = r
        }
        let query: [(String, String?)] = [
            ("ma", q.code), ("nam", String(q.year)), ("pham-vi", q.scopeText), ("ket-qua", q.outcome?.rawValue),
        ]
        let exportURL = result.map { _ in SiteURL.eligibilityExport.path(query: query) }
        let model = EligibilitySweepPage.Model(
            layout: .init(request: req, title: "Xét điều kiện khen thưởng", section: .eligibility),
            code: q.code.isEmpty ? "CSTDCS" : q.code, year: q.year, scope: q.scopeText, outcome: q.outcome,
            scopes: try await scopes(req, account), result: result, rows: rows, query: query,
            errors: q.errors, exportURL: exportURL)
        return HTMLResponse.make(
            EligibilitySweepPage.render(model), status: q.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let q = Query(req)
        guard q.errors.isEmpty, let scope = q.scope, !q.code.isEmpty else {
            throw DomainError.invalid(
                q.errors.isEmpty ? [FieldError("ma", "Hãy chọn một danh hiệu, hình thức.")] : q.errors)
        }
        let result = try await req.eligibilityService().sweep(code: q.code, year: q.year, scope: scope)
        let rows = result.sheet(outcome: q.outcome)
        let data = try SpreadsheetFile.write(rows, sheetName: "\(q.code) \(q.year)", format: .xlsx)
        return .download(
            data, filename: "xet-dieu-kien-\(q.code.lowercased())-\(q.year).xlsx",
            contentType: SpreadsheetFormat.xlsx.contentType)
    }

    @Sendable static func settings(req: Request) async throws -> Response {
        try await settingsPage(req, nil, errors: [], status: .ok)
    }

    struct SettingsBody: Decodable {
        var version: Int
        var referenceMonth: String?
        var referenceDay: String?
        var cstdcsQuotaPercentOld: String?
        var cstdcsQuotaPercent: String?
        var coCPQuotaPercentOld: String?
        var coCPQuotaPercent: String?
        var coBoRequiresTTLDXS: String?
        var referenceNextYear: String?
        var womenTenureReduced: String?
        var post: [String]
        var years: [String]

        /// The settings, with a Vietnamese error for each field that is not a number.
        func settings() -> (EligibilitySettings, [FieldError]) {
            var errors: [FieldError] = []
            func number(_ text: String?, _ field: String) -> Int? {
                let t = (text ?? "").trimmingCharacters(in: .whitespaces)
                if t.isEmpty { return nil }
                guard let n = Int(t) else {
                    errors.append(FieldError(field, "Phải là một số nguyên."))
                    return nil
                }
                return n
            }
            var tenure: [LeadershipTenure] = []
            for (i, post) in post.enumerated() {
                let name = VietnameseText.normalized(post)
                let text = i < years.count ? years[i] : ""
                if name.isEmpty { continue }
                tenure.append(LeadershipTenure(post: name, years: number(text, "leadershipTenure") ?? 0))
            }
            let s = EligibilitySettings(
                referenceMonth: number(referenceMonth, "referenceMonth") ?? 0,
                referenceDay: number(referenceDay, "referenceDay") ?? 0,
                referenceNextYear: referenceNextYear == "on",
                cstdcsQuotaPercentOld: number(cstdcsQuotaPercentOld, "cstdcsQuotaPercentOld"),
                cstdcsQuotaPercent: number(cstdcsQuotaPercent, "cstdcsQuotaPercent"),
                coCPQuotaPercentOld: number(coCPQuotaPercentOld, "coCPQuotaPercentOld"),
                coCPQuotaPercent: number(coCPQuotaPercent, "coCPQuotaPercent"),
                coBoRequiresTTLDXS: coBoRequiresTTLDXS == "on", leadershipTenure: tenure,
                womenTenureReduced: womenTenureReduced == "on")
            return (s, errors)
        }
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let body = try req.form().decode(SettingsBody.self)
        let (settings, parseErrors) = body.settings()
        do {
            if !parseErrors.isEmpty { throw DomainError.invalid(parseErrors) }
            _ = try await req.eligibilityService().save(settings, version: body.version)
            req.flash("Đã lưu cài đặt xét điều kiện.")
            return req.redirect(to: SiteURL.eligibilitySettings.path)
        } catch DomainError.invalid(let fields) {
            return try await settingsPage(req, (settings, body.version), errors: fields, status: .unprocessableEntity)
        }
    }

    private static func settingsPage(
        _ req: Request, _ submitted: (EligibilitySettings, Int)?, errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let service = try req.eligibilityService()
        let stored = try await service.settings()
        let model = EligibilitySettingsPage.Model(
            layout: .init(request: req, title: "Cài đặt xét điều kiện", section: .eligibility),
            settings: submitted?.0 ?? stored.settings, version: submitted?.1 ?? stored.version,
            canEdit: AccessPolicy(account: try req.requireAccount()).canManageOrganization,
            errors: errors, csrf: req.csrf)
        return HTMLResponse.make(EligibilitySettingsPage.render(model), status: status)
    }

    /// The scopes the account may sweep.
    private static func scopes(_ req: Request, _ account: Account) async throws -> [Form.Option] {
        let scope = try await req.peopleService().scope()
        let units = try await req.store.units.directory().filter { $0.activeTo == nil && scope.contains($0.id) }
        let blocs = try await req.store.blocs.directory()
            .filter { AccessPolicy(account: account).canSweep(bloc: $0.id) }
        let unitOptions = units.map { Form.Option(Query.text(of: .unit($0.id)), "Đơn vị: \($0.name)") }
        let blocOptions = blocs.map { Form.Option(Query.text(of: .bloc($0.id)), "Khối: \($0.name)") }
        return (scope == .all ? [Form.Option("", "Toàn tổ chức")] : []) + blocOptions + unitOptions
    }
}
