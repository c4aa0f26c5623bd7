import Plot

enum ErrorPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var status: Int
        var message: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text(title(model.status))),
            .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .text(model.message)),
            .p(.a(.href(SiteURL.home.path), .text("Về trang chủ")))
        )
    }

    static func title(_ status: Int) -> String {
        switch status {
        case 401: return "Cần đăng nhập"
        case 403: return "Không có quyền"
        case 404: return "Không tìm thấy"
        case 409: return "Dữ liệu đã thay đổi"
        case 413: return "Dữ liệu quá lớn"
        case 422: return "Dữ liệu chưa hợp lệ"
        case 429: return "Thử lại sau"
        case 500...: return "Lỗi hệ thống"
        default: return "Có lỗi xảy ra"
        }
    }
}
