import Plot

enum SignInPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var username: String
        var next: String?
        var error: String?
        var csrf: String
        var demoAccounts: [String]
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .div(
                .class("card narrow"),
                .h1(.text("Đăng nhập")),
                .unwrap(model.error) {
                    .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .text($0))
                },
                .form(
                    .method(.post), .action(SiteURL.signIn.path), .id("dang-nhap"),
                    Form.csrf(model.csrf),
                    .unwrap(model.next) { Form.hidden("next", $0) },
                    Form.text(
                        "Tên đăng nhập", name: "username", value: model.username, required: true,
                        autocomplete: "username", id: "username"),
                    Form.text(
                        "Mật khẩu", name: "password", value: "", type: .password, required: true,
                        autocomplete: "current-password", id: "password"),
                    Form.submit("Đăng nhập")
                ),
                .if(
                    !model.demoAccounts.isEmpty,
                    .p(
                        .class("muted"),
                        .text("Tài khoản dùng thử (mật khẩu demo): \(model.demoAccounts.joined(separator: ", ")).")))
            )
        )
    }
}
