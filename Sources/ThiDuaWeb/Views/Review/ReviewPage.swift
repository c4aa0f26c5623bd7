import Foundation
import Plot
import ThiDuaCore

/// A bloc's year-end review: the criteria table's state, the scoring rules, the cross-scoring assignment, where
/// each unit's self-assessment stands, and the meeting's ballots.
enum ReviewPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var overview: ReviewOverview
        var errors: [FieldError]
        var csrf: String
    }

    static func cell(_ label: String, _ content: Node<HTML.BodyContext>...) -> Node<HTML.TableRowContext> {
        .td(.attribute(named: "data-label", value: label), .group(content))
    }

    static func render(_ model: Model) -> String {
        let o = model.overview
        let bloc = SiteURL.bloc(.value(o.bloc.id), .review)
        let year = String(o.year)
        let submitted = o.members.filter { $0.status == .submitted }.count
        return Layout.render(
            model.layout,
            .h1(.text("Tổng kết thi đua năm \(o.year)")),
            .p(.class("muted"), .text(o.bloc.name)),
            .form(
                .method(.get), .action(bloc.path), .class("inline-form"),
                Form.text("Năm tổng kết", name: "nam", value: year, type: .number, id: "f-nam-tong-ket"),
                .button(.type(.submit), .text("Xem"))),
            Form.errorSummary(model.errors),
            .h2(.text("Bảng tiêu chí chấm điểm")),
            .unwrap(o.criteria) { c in
                .p(
                    .text(
                        "Thang điểm \(VietnameseNumber.hundredths(c.set.maxScore)), \(c.set.criteria.count) tiêu chí (kể cả điểm thưởng, điểm trừ). "
                    ),
                    .text(
                        c.scoringOpenedOn.map { "Đã mở chấm điểm ngày \($0.vietnamese): bảng đã khóa." }
                            ?? "Chưa mở chấm điểm."))
            },
            .if(o.criteria == nil, .p(.class("muted"), .text("Khối chưa có bảng tiêu chí năm \(o.year)."))),
            .p(
                .a(
                    .class("button"),
                    .href(SiteURL.bloc(.value(o.bloc.id), .criteria).path(query: [("nam", year)])),
                    .text(o.canRun ? "Xem, nhập, sao chép bảng tiêu chí" : "Xem bảng tiêu chí"))),
            .if(
                o.canSeeResults && o.criteria != nil,
                .p(
                    .a(
                        .class("button"),
                        .href(SiteURL.bloc(.value(o.bloc.id), .reviewResults).path(query: [("nam", year)])),
                        .text("Bảng tổng hợp kết quả")))),
            .unwrap(o.review.publishedOn) { .p(.text("Kết quả đã công bố ngày \($0.vietnamese).")) },
            .if(o.canRun && o.review.publishedOn == nil, settingsForm(model)),
            .h2(.text("Tự chấm điểm và chấm chéo (\(submitted)/\(o.members.count) đơn vị đã nộp)")),
            .if(
                o.canRun && o.review.publishedOn == nil,
                .form(
                    .method(.post), .action(SiteURL.bloc(.value(o.bloc.id), .reviewAssign).path), .class("inline-form"),
                    Form.csrf(model.csrf), Form.hidden("year", year),
                    Form.hidden("version", String(o.review.version)),
                    .button(
                        .type(.submit),
                        .text(
                            "Phân công chấm chéo tự động (\(o.review.settings.reviewersPerUnit) đơn vị chấm mỗi đơn vị)"
                        )))),
            .div(
                .class("table-wrap"),
                .table(
                    .id("tu-cham-diem"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Đơn vị")), .th(.text("Vai trò")), .th(.text("Bản tự chấm")),
                            .th(.text("Đơn vị chấm chéo")))),
                    .tbody(
                        .forEach(o.members) { m in
                            .tr(
                                cell(
                                    "Đơn vị",
                                    m.canOpen && o.criteria != nil
                                        ? .a(
                                            .href(
                                                SiteURL.bloc(.value(o.bloc.id), .assessment(.value(m.unit.id))).path(
                                                    query: [("nam", year)])), .text(m.unit.name))
                                        : .text(m.unit.name),
                                    .if(m.reviewedByMe, .span(.class("badge"), .text(" Đơn vị tôi chấm chéo")))),
                                cell("Vai trò", .text(m.role.vietnamese)),
                                cell(
                                    "Bản tự chấm", .text(m.status?.vietnamese ?? "Chưa chấm"),
                                    .if(m.late, .span(.class("badge warning"), .text(" Nộp muộn")))),
                                cell("Đơn vị chấm chéo", .text(m.reviewers.map(o.name).joined(separator: "; "))))
                        }))),
            .h2(.text("Bỏ phiếu bình xét, suy tôn")),
            .if(o.ballots.isEmpty, .p(.class("muted"), .text("Chưa có cuộc bỏ phiếu nào."))),
            .ul(
                .forEach(o.ballots) { b in
                    .li(
                        .a(.href(SiteURL.ballot(.value(b.id)).path), .text(b.question.question)),
                        .text(" – \(b.mode.vietnamese), \(b.status.vietnamese)"))
                }),
            .if(o.canChair, ballotForm(model)),
            .h2(.text("Hội nghị bình xét")),
            .unwrap(o.review.meeting) { m in
                .p(
                    .text(
                        "Họp ngày \(m.on.vietnamese)\(m.place.isEmpty ? "" : " tại \(m.place)"); chủ trì: \(m.chair); thư ký: \(m.secretary). "
                    ),
                    .text(
                        m.nextHead.map {
                            "Trưởng khối năm \(o.year + 1): \(o.name($0))"
                                + (m.nextDeputy.map { ", phó khối: \(o.name($0))." } ?? ".")
                        } ?? ""))
            },
            .if(
                o.canSeeResults && o.criteria != nil,
                .p(
                    .a(
                        .class("button"),
                        .href(SiteURL.bloc(.value(o.bloc.id), .reviewMinutes).path(query: [("nam", String(o.year))])),
                        .text("Tải biên bản họp bình xét (.docx)")))),
            .if(o.canRun, meetingForm(model)),
            .h2(.text("Báo cáo tổng kết")),
            .if(
                o.canSeeResults && o.criteria != nil,
                .p(
                    .a(
                        .class("button"),
                        .href(SiteURL.bloc(.value(o.bloc.id), .reviewReport).path(query: [("nam", String(o.year))])),
                        .text("Tải báo cáo tổng kết năm \(o.year) (.docx)")))),
            .if(o.canRun, narrativeForm(model))
        )
    }

    static func narrativeForm(_ model: Model) -> Node<HTML.BodyContext> {
        let o = model.overview
        let n = o.review.narrative ?? ReviewNarrative()
        return .form(
            .method(.post), .action(SiteURL.bloc(.value(o.bloc.id), .reviewNarrative).path), .class("card"),
            .h3(.text("Các phần thư ký viết")),
            .p(
                .class("hint"),
                .text(
                    "Các phong trào, đăng ký, giao ước, điểm, kết quả bỏ phiếu, danh hiệu trong năm và phong trào năm sau được lấy từ dữ liệu; ở đây chỉ viết phần nhận định."
                )),
            Form.csrf(model.csrf), Form.hidden("year", String(o.year)),
            Form.hidden("version", String(o.review.version)),
            Form.textarea(
                "I. Đặc điểm tình hình", name: "situation", value: n.situation, errors: model.errors, rows: 5),
            Form.textarea(
                "II.1. Công tác chỉ đạo, tuyên truyền", name: "direction", value: n.direction, errors: model.errors,
                rows: 5),
            Form.textarea(
                "III. Đánh giá chung (ưu điểm, hạn chế, nguyên nhân, bài học)", name: "assessment",
                value: n.assessment, errors: model.errors, rows: 5),
            Form.textarea(
                "Phần thứ hai: Phương hướng, nhiệm vụ năm \(o.year + 1)", name: "nextYear", value: n.nextYear,
                errors: model.errors, rows: 5),
            Form.textarea(
                "Phần thứ ba: Kiến nghị, đề xuất", name: "proposals", value: n.proposals, errors: model.errors, rows: 3),
            Form.submit("Lưu nội dung báo cáo"))
    }

    static func meetingForm(_ model: Model) -> Node<HTML.BodyContext> {
        let o = model.overview
        let m = o.review.meeting
        let present = Set(m?.present ?? o.members.map(\.unit.id))
        let units = o.members.map { Form.Option($0.unit.id.uuidString.lowercased(), $0.unit.name) }
        return .form(
            .method(.post), .action(SiteURL.bloc(.value(o.bloc.id), .reviewMeeting).path), .class("card"),
            .h3(.text("Ghi thông tin hội nghị")),
            Form.csrf(model.csrf), Form.hidden("year", String(o.year)),
            Form.hidden("version", String(o.review.version)),
            Form.text(
                "Ngày họp", name: "on", value: (m?.on ?? LocalDate(year: o.year + 1, month: 1, day: 15)!).description,
                errors: model.errors, type: .date, required: true),
            Form.text("Giờ họp", name: "time", value: m?.time ?? "", errors: model.errors, hint: "Ví dụ: 8 giờ 30."),
            Form.text("Địa điểm", name: "place", value: m?.place ?? "", errors: model.errors, required: true),
            Form.text(
                "Người chủ trì (họ tên, chức vụ)", name: "chair", value: m?.chair ?? "", errors: model.errors,
                required: true),
            Form.text(
                "Thư ký hội nghị", name: "secretary", value: m?.secretary ?? "", errors: model.errors, required: true),
            Form.textarea("Khách mời", name: "guests", value: m?.guests ?? "", errors: model.errors, rows: 2),
            .div(
                .class("field"), .p(.id("co-mat-label"), .text("Đơn vị có mặt")),
                .div(
                    .class("checks"), .attribute(named: "role", value: "group"),
                    .attribute(named: "aria-labelledby", value: "co-mat-label"),
                    .forEach(o.members) { member in
                        Form.checkbox(
                            member.unit.name, name: "present", value: member.unit.id.uuidString.lowercased(),
                            checked: present.contains(member.unit.id), id: "co-mat-\(member.unit.code.lowercased())")
                    })),
            Form.select(
                "Trưởng khối năm \(o.year + 1)", name: "nextHead", options: units,
                selected: m?.nextHead?.uuidString.lowercased(), errors: model.errors, emptyLabel: "(chưa bầu)"),
            Form.select(
                "Phó khối năm \(o.year + 1)", name: "nextDeputy", options: units,
                selected: m?.nextDeputy?.uuidString.lowercased(), errors: model.errors, emptyLabel: "(chưa bầu)"),
            Form.text(
                "Hình thức bầu", name: "nextHeadBasis", value: m?.nextHeadBasis ?? "", errors: model.errors,
                hint: "Ví dụ: bỏ phiếu kín; hội nghị thống nhất theo luân phiên."),
            Form.submit("Lưu thông tin hội nghị"))
    }

    static func settingsForm(_ model: Model) -> Node<HTML.BodyContext> {
        let o = model.overview
        let s = o.review.settings
        return .form(
            .method(.post), .action(SiteURL.bloc(.value(o.bloc.id), .reviewSettings).path), .class("card"),
            .h2(.text("Cài đặt chấm điểm")),
            Form.csrf(model.csrf), Form.hidden("year", String(o.year)),
            Form.hidden("version", String(o.review.version)),
            Form.text(
                "Hạn nộp bản tự chấm", name: "deadline", value: s.deadline?.description ?? "", errors: model.errors,
                type: .date),
            Form.select(
                "Cách tính điểm cuối cùng", name: "method",
                options: FinalScoreMethod.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                selected: s.method.rawValue, errors: model.errors),
            Form.text(
                "Mức chênh lệch cần thư ký quyết định (điểm)", name: "margin",
                value: VietnameseNumber.hundredths(s.margin), errors: model.errors,
                hint: "Chênh lệch giữa trung bình điểm chấm chéo và điểm tự chấm của một tiêu chí."),
            Form.text(
                "Số đơn vị chấm chéo mỗi đơn vị", name: "reviewersPerUnit", value: String(s.reviewersPerUnit),
                errors: model.errors, type: .number),
            Form.textarea(
                "Các mức xếp loại", name: "bands",
                value: s.bands.map { "\($0.minPercent): \($0.label)" }.joined(separator: "\n"), errors: model.errors,
                hint:
                    "Mỗi dòng một mức: tỷ lệ tối thiểu (% thang điểm), dấu hai chấm, tên mức. Ví dụ “90: Hoàn thành xuất sắc”.",
                rows: 4),
            Form.submit("Lưu cài đặt"))
    }

    static func ballotForm(_ model: Model) -> Node<HTML.BodyContext> {
        let o = model.overview
        return .form(
            .method(.post), .action(SiteURL.bloc(.value(o.bloc.id), .ballotNew).path), .class("card"),
            .h3(.text("Tạo cuộc bỏ phiếu")),
            Form.csrf(model.csrf), Form.hidden("year", String(o.year)),
            Form.textarea(
                "Nội dung bỏ phiếu", name: "question",
                value:
                    "Suy tôn đơn vị dẫn đầu Khối năm \(o.year) đề nghị tặng Cờ thi đua của Liên minh Hợp tác xã Việt Nam",
                errors: model.errors, required: true, rows: 2),
            .div(
                .class("field"), .p(.id("ung-vien-label"), .text("Ứng viên")),
                .div(
                    .class("checks"), .attribute(named: "role", value: "group"),
                    .attribute(named: "aria-labelledby", value: "ung-vien-label"),
                    .forEach(o.members) { m in
                        Form.checkbox(
                            m.unit.name, name: "candidates", value: m.unit.id.uuidString.lowercased(), checked: false,
                            id: "ung-vien-\(m.unit.code.lowercased())")
                    })),
            .div(
                .class("field"), .p(.id("cu-tri-label"), .text("Đơn vị có mặt, được biểu quyết")),
                .div(
                    .class("checks"), .attribute(named: "role", value: "group"),
                    .attribute(named: "aria-labelledby", value: "cu-tri-label"),
                    .forEach(o.members) { m in
                        Form.checkbox(
                            m.unit.name, name: "voters", value: m.unit.id.uuidString.lowercased(), checked: true,
                            id: "cu-tri-\(m.unit.code.lowercased())")
                    })),
            Form.text("Số suất", name: "seats", value: "1", errors: model.errors, type: .number, required: true),
            Form.text(
                "Số lựa chọn tối đa trên một phiếu", name: "maxChoices", value: "1", errors: model.errors,
                type: .number, required: true),
            Form.text(
                "Tỷ lệ tối thiểu đơn vị bỏ phiếu", name: "quorum", value: "2/3", errors: model.errors,
                hint: "Phân số hoặc phần trăm, ví dụ 2/3 hoặc 67%."),
            Form.text(
                "Tỷ lệ phiếu cần đạt (%)", name: "thresholdPercent", value: "50", errors: model.errors, type: .number),
            Form.checkboxField("Phải trên tỷ lệ này (không tính bằng)", name: "strictlyAbove", checked: true),
            Form.checkboxField("Đơn vị được bỏ phiếu cho chính mình", name: "selfVoteAllowed", checked: true),
            Form.select(
                "Hình thức", name: "mode",
                options: Ballot.Mode.allCases.map { Form.Option($0.rawValue, $0.vietnamese) }, selected: "electronic"),
            Form.submit("Tạo cuộc bỏ phiếu"))
    }
}
