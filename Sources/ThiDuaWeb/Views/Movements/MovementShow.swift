import Foundation
import Plot
import ThiDuaCore

enum MovementShow {
    struct Model: Sendable {
        var layout: Layout.Model
        var movement: Movement
        var scopeName: String
        var anniversary: AnniversaryOccurrence?
        var canManage: Bool
        /// Units registered / taking part, when the account may see the list.
        var registered: Int?
        var participants: Int?
        var canRegister: Bool
        var canApproveBulletin: Bool
        var today: String
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        let m = model.movement
        return Layout.render(
            model.layout,
            .h1(.text(m.title)),
            Form.errorSummary(model.errors),
            .p(
                MovementList.status(m.status), .text(" "),
                .span(.class("muted"), .text("\(m.kind.vietnamese) · \(model.scopeName) · năm \(m.year)"))),
            .div(
                .class("card"),
                .dl(
                    .class("facts"),
                    .unwrap(model.anniversary) { .group(.dt(.text("Ngày kỷ niệm")), .dd(.text($0.label))) },
                    .if(!m.theme.isEmpty, .group(.dt(.text("Chủ đề")), .dd(Paragraphs.render(m.theme)))),
                    .dt(.text("Thời gian")), .dd(.text("Từ \(m.periodFrom.vietnamese) đến \(m.periodTo.vietnamese)")),
                    .if(!m.launchedBy.isEmpty, .group(.dt(.text("Phát động")), .dd(.text(m.launchedBy)))),
                    .unwrap(m.registrationDeadline) { .group(.dt(.text("Hạn đăng ký")), .dd(.text($0.vietnamese))) },
                    .unwrap(m.planNumber) {
                        .group(.dt(.text("Kế hoạch")), .dd(.text("Số \($0 < 10 ? "0" : "")\($0)")))
                    },
                    .if(
                        !m.codes.isEmpty,
                        .group(
                            .dt(.text("Hướng tới")),
                            .dd(.text(m.codes.map { Catalogue.entry($0)?.name ?? $0 }.joined(separator: "; "))))))),
            .if(!m.slogans.isEmpty, .group(.h2(.text("Khẩu hiệu")), .ul(.forEach(m.slogans) { .li(.text($0)) }))),
            .if(!m.targets.isEmpty, .group(.h2(.text("Chỉ tiêu")), .ul(.forEach(m.targets) { .li(.text($0)) }))),
            .if(
                m.isPublic,
                .div(
                    .class("actions"),
                    .a(
                        .class("button"), .href(SiteURL.movement(.value(m.id), .plan).path),
                        .text("Tải kế hoạch phát động (.docx)")),
                    .a(
                        .class("button"), .href(SiteURL.movement(.value(m.id), .registration).path),
                        .text(model.canRegister ? "Đăng ký thi đua của đơn vị" : "Tình hình đăng ký")),
                    .unwrap(model.registered) { r in
                        .span(.class("muted"), .text("Đã đăng ký: \(r)/\(model.participants ?? 0) đơn vị"))
                    })),
            .if(
                m.bulletinHeld == true,
                .div(
                    .class("card"), .id("cho-duyet-ban-tin"),
                    .p(.text("Chờ thư ký khối hoặc quản trị duyệt trước khi đăng lên bản tin công khai.")),
                    .if(
                        model.canApproveBulletin,
                        .form(
                            .method(.post), .action(SiteURL.movement(.value(m.id), .bulletinApproval).path),
                            .class("inline"),
                            Form.csrf(model.csrf), Form.hidden("version", String(m.version)),
                            .button(.type(.submit), .class("primary"), .text("Duyệt đăng bản tin")))))),
            .h2(.text("Quá trình")),
            .ul(
                .id("qua-trinh-phong-trao"),
                .forEach(m.history) { .li(.text("\($0.on.vietnamese): \($0.status.vietnamese) – \($0.by)")) }),
            .if(m.history.isEmpty, .p(.class("muted"), .text("Chưa phát động."))),
            .if(model.canManage, actions(model)),
            .if(
                !m.results.isEmpty && (m.resultsPublished || model.canManage),
                .group(
                    .h2(.text("Kết quả")), Paragraphs.render(m.results),
                    .p(.class("muted"), .text(m.resultsPublished ? "Đã công bố trên bản tin." : "Chưa công bố."))))
        )
    }

    static func actions(_ model: Model) -> Node<HTML.BodyContext> {
        let m = model.movement
        return .div(
            .class("card"),
            .h2(.text("Thao tác")),
            .div(
                .class("actions"),
                .if(
                    m.status != .closed,
                    .a(.class("button"), .href(SiteURL.movement(.value(m.id), .edit).path), .text("Sửa"))),
                .form(
                    .method(.post), .action(SiteURL.movement(.value(m.id), .copy).path), .class("inline"),
                    Form.csrf(model.csrf), .button(.type(.submit), .text("Sao chép sang năm \(m.year + 1)")))),
            .forEach(m.status.next) { next in
                .form(
                    .method(.post), .action(SiteURL.movement(.value(m.id), .status).path), .class("inline-form"),
                    Form.csrf(model.csrf), Form.hidden("version", String(m.version)),
                    Form.hidden("status", next.rawValue),
                    Form.text(
                        "Ngày \(next.action.lowercased())", name: "on", value: model.today, type: .date,
                        id: "f-on-\(next.rawValue)"),
                    .button(
                        .type(.submit), .class(next == .launched ? "primary" : ""), .id("chuyen-\(next.rawValue)"),
                        .text(next.action)))
            },
            .if(
                m.status == .midTermReviewed || m.status == .closed,
                .form(
                    .method(.post), .action(SiteURL.movement(.value(m.id), .results).path),
                    Form.csrf(model.csrf), Form.hidden("version", String(m.version)),
                    Form.textarea("Kết quả (công bố trên bản tin)", name: "results", value: m.results, rows: 4),
                    Form.checkboxField(
                        "Công bố trên bản tin công khai", name: "published", value: "on", checked: m.resultsPublished),
                    Form.submit("Lưu kết quả")))
        )
    }
}
