import Foundation
import ThiDuaCore
import Vapor

/// The base salary table and the unverified multiples: read by every signed-in user, saved by the admin.
enum RewardSettingsController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, nil, errors: [], status: .ok)
    }

    /// The posted rows: `from`, `amount`, `basis`, `status` repeat once per row, in order.
    struct Body: Decodable {
        var version: Int
        var from: [String]
        var amount: [String]
        var basis: [String]
        var status: [String]
    }

    /// The settings the form describes, with a Vietnamese error for each value that cannot be read.
    static func parse(_ body: Body, form: FormData) -> (RewardSettings, [FieldError]) {
        var errors: [FieldError] = []
        var steps: [BaseSalaryStep] = []
        // Bounded by the body limit already; the count is checked again by validation.
        for i in body.from.indices {
            func at(_ list: [String]) -> String { i < list.count ? list[i].trimmingCharacters(in: .whitespaces) : "" }
            let (fromText, amountText) = (at(body.from), at(body.amount))
            if fromText.isEmpty && amountText.isEmpty { continue }
            guard let from = LocalDate(fromText) else {
                errors.append(FieldError("baseSalary", "Dòng \(i + 1): ngày áp dụng không hợp lệ (dạng YYYY-MM-DD)."))
                continue
            }
            guard let amount = VietnameseNumber.parseGrouped(amountText) else {
                errors.append(
                    FieldError("baseSalary", "Dòng \(i + 1): mức lương cơ sở phải là số đồng, ví dụ 2.340.000."))
                continue
            }
            let status = LegalBasis.Status(rawValue: at(body.status)) ?? .unverified
            steps.append(
                BaseSalaryStep(
                    from: from, amount: amount, basis: VietnameseText.normalized(at(body.basis)), status: status))
        }
        var multiples: [String: Int] = [:]
        for key in RewardSettings.settableKeys {
            let text = (form["multiple.\(key)"] ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let hundredths = VietnameseNumber.parseHundredths(text) else {
                errors.append(
                    FieldError("multiple.\(key)", "Hệ số phải là số, tối đa hai chữ số thập phân, ví dụ 0,3."))
                continue
            }
            multiples[key] = hundredths
        }
        return (RewardSettings(baseSalary: BaseSalaryTable(steps), multiples: multiples), errors)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let form = req.form()
        let body = try form.decode(Body.self)
        let (rewards, parseErrors) = parse(body, form: form)
        do {
            if !parseErrors.isEmpty { throw DomainError.invalid(parseErrors) }
            _ = try await req.eligibilityService().saveRewards(rewards, version: body.version)
            req.flash("Đã lưu mức lương cơ sở và hệ số tiền thưởng.")
            return req.redirect(to: SiteURL.rewardSettings.path)
        } catch DomainError.invalid(let fields) {
            return try await page(req, (rewards, body.version), errors: fields, status: .unprocessableEntity)
        }
    }

    private static func page(
        _ req: Request, _ submitted: (RewardSettings, Int)?, errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let stored = try await req.eligibilityService().rewards()
        let model = RewardSettingsPage.Model(
            layout: .init(request: req, title: "Mức lương cơ sở và hệ số tiền thưởng", section: .eligibility),
            rewards: submitted?.0 ?? stored.rewards, version: submitted?.1 ?? stored.version,
            canEdit: AccessPolicy(account: try req.requireAccount()).canManageOrganization,
            errors: errors, csrf: req.csrf)
        return HTMLResponse.make(RewardSettingsPage.render(model), status: status)
    }
}
