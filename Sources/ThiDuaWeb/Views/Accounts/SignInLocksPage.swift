import Foundation
import Plot
import ThiDuaCore

/// The admin's list of (account, address) pairs waiting after failed sign-ins, with an unlock button.
enum SignInLocksPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var locks: [SignInLock]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Tài khoản đang bị tạm khóa đăng nhập")),
            .p(
                .class("muted"),
                .text(
                    "Sau 5 lần đăng nhập sai từ cùng một địa chỉ, tài khoản phải chờ 1 phút tại địa chỉ đó; mỗi lần sai tiếp theo thời gian chờ tăng gấp đôi (tối đa 60 phút). Người dùng ở địa chỉ khác vẫn đăng nhập được. Mở khóa sẽ xóa mọi lần sai của tài khoản."
                )),
            .if(model.locks.isEmpty, .p(.text("Hiện không có tài khoản nào phải chờ."))),
            .if(
                !model.locks.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .id("khoa-dang-nhap"), .class("stack"),
                        .thead(
                            .tr(
                                .th(.text("Tài khoản")), .th(.text("Địa chỉ")), .th(.text("Số lần sai")),
                                .th(.text("Chờ đến")), .th(.text("Thao tác")))),
                        .tbody(
                            .forEach(model.locks) { lock in
                                .tr(
                                    .td(.attribute(named: "data-label", value: "Tài khoản"), .text(lock.username)),
                                    .td(.attribute(named: "data-label", value: "Địa chỉ"), .code(.text(lock.address))),
                                    .td(
                                        .attribute(named: "data-label", value: "Số lần sai"),
                                        .text(String(lock.failures))),
                                    .td(.attribute(named: "data-label", value: "Chờ đến"), .text(time(lock.until))),
                                    .td(
                                        .form(
                                            .method(.post), .action(SiteURL.signInLocks.path), .class("inline"),
                                            Form.csrf(model.csrf),
                                            Form.hidden("username", lock.username),
                                            .button(.type(.submit), .text("Mở khóa \(lock.username)")))))
                            }))))
        )
    }

    private static func time(_ date: Date) -> String { TimeText.vietnamese(date) }
}
