/// The query keys of the pages, in Vietnamese like their paths (`/nhan-su?don-vi=…&trang=2`). The API under
/// `/api/v1` keeps English keys (`q`, `page`, `per`, `unit`, `year`), as its JSON does.
enum PageQuery {
    static let search = "tim"
    static let year = "nam"
    static let page = "trang"
    static let unit = "don-vi"
    static let status = "trang-thai"
    static let kind = "loai"
    static let actor = "nguoi-thuc-hien"
    /// Where sign-in goes back to.
    static let back = "quay-ve"
}
