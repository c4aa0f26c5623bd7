import Foundation
import Plot
import ThiDuaCore

/// A movement's registrations: who has registered and who has not; and, for a unit, its form.
enum RegistrationPage {
    struct UnitForm: Sendable {
        var unit: OrgUnit
        var people: [Person]
        var registration: Registration?
        var personCodes: [String]
        var collectiveCodes: [String]
        var warnings: [RegistrationWarning]
        var closed: String?
    }

    struct Model: Sendable {
        var layout: Layout.Model
        var movement: Movement
        var participation: [RegistrationService.Participation]
        var form: UnitForm?
        var errors: [FieldError]
        var message: String?
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        let m = model.movement
        let missing = model.participation.filter { $0.registration == nil }
        return Layout.render(
            model.layout,
            .h1(.text("Đăng ký thi đua")),
            .p(
                .class("muted"),
                .text(m.registrationDeadline.map { "Hạn đăng ký: \($0.vietnamese)." } ?? "Không đặt hạn đăng ký.")),
            Form.errorSummary(model.errors, message: model.message),
            .unwrap(model.form) { form($0, model) },
            .h2(.text("Tình hình đăng ký")),
            .p(
                .id("tong-hop-dang-ky"),
                .text("Đã đăng ký \(model.participation.count - missing.count)/\(model.participation.count) đơn vị.")),
            .if(
                !missing.isEmpty,
                .group(
                    .h3(.text("Chưa đăng ký")),
                    .ul(.id("chua-dang-ky"), .forEach(missing) { .li(.text($0.unit.name)) }))),
            .div(
                .class("table-wrap"),
                .table(
                    .id("danh-sach-dang-ky"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Đơn vị")), .th(.text("Tập thể")), .th(.text("Cá nhân")),
                            .th(.text("Người đăng ký")), .th(.text("Ngày")))),
                    .tbody(
                        .forEach(model.participation) { p in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Đơn vị"), .text(p.unit.name)),
                                .td(
                                    .attribute(named: "data-label", value: "Tập thể"),
                                    .text(p.registration.map { $0.collectiveCodes.joined(separator: ", ") } ?? "—")),
                                .td(
                                    .attribute(named: "data-label", value: "Cá nhân"),
                                    .text(p.registration.map { "\($0.individual.count) người" } ?? "—")),
                                .td(
                                    .attribute(named: "data-label", value: "Người đăng ký"),
                                    .text(p.registration?.registeredBy ?? "Chưa đăng ký")),
                                .td(
                                    .attribute(named: "data-label", value: "Ngày"),
                                    .text(
                                        (p.registration?.registeredOn.vietnamese ?? "") + (p.late ? " (quá hạn)" : "")))
                            )
                        }))),
            .p(
                .a(
                    .class("button"), .href(SiteURL.movement(.value(m.id), .registrationsExport).path),
                    .text("Tải danh sách (.xlsx)")))
        )
    }

    static func form(_ f: UnitForm, _ model: Model) -> Node<HTML.BodyContext> {
        let r = f.registration
        let individual = Dictionary(
            r?.individual.map { ($0.personID, $0.codes) } ?? [], uniquingKeysWith: { a, _ in a })
        return .group(
            .if(
                !f.warnings.isEmpty,
                .div(
                    .class("error-summary"), .attribute(named: "role", value: "alert"), .id("canh-bao-dang-ky"),
                    .p(.strong(.text("Đã lưu, nhưng có chỉ tiêu không thể đạt theo quá trình đã ghi nhận:"))),
                    .ul(
                        .forEach(f.warnings) { w in
                            .li(
                                .text(
                                    "\(w.subjectName) – \(Catalogue.entry(w.code)?.name ?? w.code): \(w.reasons.joined(separator: " "))"
                                ))
                        }))),
            .h2(.text("Đăng ký của \(f.unit.name)")),
            .unwrap(f.closed) { .p(.class("muted"), .text($0)) },
            .if(
                f.closed == nil,
                .form(
                    .method(.post), .action(SiteURL.movement(.value(model.movement.id), .registration).path),
                    .class("card"),
                    Form.csrf(model.csrf), Form.hidden("version", String(r?.version ?? 0)),
                    Form.hidden("unitID", f.unit.id.uuidString.lowercased()),
                    .div(
                        .class("field"), .p(.id("tap-the-label"), .text("Danh hiệu, hình thức đăng ký cho tập thể")),
                        .div(
                            .class("checks"), .attribute(named: "role", value: "group"),
                            .attribute(named: "aria-labelledby", value: "tap-the-label"),
                            .forEach(f.collectiveCodes) { c in
                                Form.checkbox(
                                    Catalogue.entry(c)?.name ?? c, name: "collective", value: c,
                                    checked: r?.collectiveCodes.contains(c) ?? false, id: "tt-\(c)")
                            })),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .id("dang-ky-ca-nhan"), .class("stack"),
                            .caption(.text("Danh hiệu đăng ký cho cá nhân")),
                            .thead(.tr(.th(.text("Họ và tên")), .th(.text("Đăng ký")))),
                            .tbody(
                                .forEach(f.people) { p in
                                    .tr(
                                        .td(.attribute(named: "data-label", value: "Họ và tên"), .text(p.fullName)),
                                        .td(
                                            .attribute(named: "data-label", value: "Đăng ký"),
                                            .forEach(f.personCodes) { c in
                                                Form.checkbox(
                                                    "\(Catalogue.shortName(c))",
                                                    name: "p-\(p.id.uuidString.lowercased())", value: c,
                                                    checked: individual[p.id]?.contains(c) ?? false,
                                                    id: "cn-\(p.id.uuidString.lowercased())-\(c)")
                                            }))
                                }))),
                    Form.submit(r == nil ? "Đăng ký" : "Cập nhật đăng ký", id: "luu-dang-ky")))
        )
    }
}
